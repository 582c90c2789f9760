from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.purchase_history_response import PurchaseHistoryResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    provider: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider"] = provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/purchase-history".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | WpError | PurchaseHistoryResponse | WpError | None:
    if response.status_code == 200:
        response_200 = PurchaseHistoryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = WpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WpError.from_dict(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> MessageError | WpError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_or_route_error_type_0 = MessageError.from_dict(data)

                return componentsschemas_message_or_route_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_message_or_route_error_type_1 = WpError.from_dict(data)

            return componentsschemas_message_or_route_error_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | WpError | PurchaseHistoryResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
) -> Response[MessageError | WpError | PurchaseHistoryResponse | WpError]:
    """Get a contact's purchase history

     Returns a contact's orders as reported by the commerce integration named in `provider` (such as
    `woo` or
    `edd`). On the free plugin with no such integration the list is empty and `total` is `0`. A contact
    that does
    not exist gives 404; id `0` too (this route reads the id from the request, so it does not crash).

    The prose documentation marks `provider` as required; the server answers without it, with an empty
    list and `__bench`.

    Args:
        id (int):
        provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | PurchaseHistoryResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
) -> MessageError | WpError | PurchaseHistoryResponse | WpError | None:
    """Get a contact's purchase history

     Returns a contact's orders as reported by the commerce integration named in `provider` (such as
    `woo` or
    `edd`). On the free plugin with no such integration the list is empty and `total` is `0`. A contact
    that does
    not exist gives 404; id `0` too (this route reads the id from the request, so it does not crash).

    The prose documentation marks `provider` as required; the server answers without it, with an empty
    list and `__bench`.

    Args:
        id (int):
        provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | PurchaseHistoryResponse | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
) -> Response[MessageError | WpError | PurchaseHistoryResponse | WpError]:
    """Get a contact's purchase history

     Returns a contact's orders as reported by the commerce integration named in `provider` (such as
    `woo` or
    `edd`). On the free plugin with no such integration the list is empty and `total` is `0`. A contact
    that does
    not exist gives 404; id `0` too (this route reads the id from the request, so it does not crash).

    The prose documentation marks `provider` as required; the server answers without it, with an empty
    list and `__bench`.

    Args:
        id (int):
        provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | PurchaseHistoryResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
) -> MessageError | WpError | PurchaseHistoryResponse | WpError | None:
    """Get a contact's purchase history

     Returns a contact's orders as reported by the commerce integration named in `provider` (such as
    `woo` or
    `edd`). On the free plugin with no such integration the list is empty and `total` is `0`. A contact
    that does
    not exist gives 404; id `0` too (this route reads the id from the request, so it does not crash).

    The prose documentation marks `provider` as required; the server answers without it, with an empty
    list and `__bench`.

    Args:
        id (int):
        provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | PurchaseHistoryResponse | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            provider=provider,
        )
    ).parsed
