from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_bulk_delete_input import ContactBulkDeleteInput
from ...models.message_with_bench import MessageWithBench
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactBulkDeleteInput | Unset = UNSET,
    subscribers: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_subscribers: list[int] | Unset = UNSET
    if not isinstance(subscribers, Unset):
        json_subscribers = subscribers

    params["subscribers[]"] = json_subscribers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/subscribers",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageWithBench | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WpError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = WpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WpError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ValidationErrors.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageWithBench | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkDeleteInput | Unset = UNSET,
    subscribers: list[int] | Unset = UNSET,
) -> Response[MessageWithBench | ValidationErrors | WpError]:
    """Delete several contacts

     Deletes the contacts whose ids are given in `subscribers[]` (query) or in a JSON body
    `{"subscribers": [...]}`.
    Ids that do not exist are ignored and the answer is still 200. Without any id the server answers 422
    about
    `subscriber_ids`.

    The prose documentation attaches this route's confirmation message and `subscribers[]` parameter to
    `DELETE /subscribers/{id}`; they belong here.

    Args:
        subscribers (list[int] | Unset):
        body (ContactBulkDeleteInput | Unset): JSON body of `DELETE /subscribers`, an alternative
            to the `subscribers[]` query parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
        subscribers=subscribers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkDeleteInput | Unset = UNSET,
    subscribers: list[int] | Unset = UNSET,
) -> MessageWithBench | ValidationErrors | WpError | None:
    """Delete several contacts

     Deletes the contacts whose ids are given in `subscribers[]` (query) or in a JSON body
    `{"subscribers": [...]}`.
    Ids that do not exist are ignored and the answer is still 200. Without any id the server answers 422
    about
    `subscriber_ids`.

    The prose documentation attaches this route's confirmation message and `subscribers[]` parameter to
    `DELETE /subscribers/{id}`; they belong here.

    Args:
        subscribers (list[int] | Unset):
        body (ContactBulkDeleteInput | Unset): JSON body of `DELETE /subscribers`, an alternative
            to the `subscribers[]` query parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
        subscribers=subscribers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkDeleteInput | Unset = UNSET,
    subscribers: list[int] | Unset = UNSET,
) -> Response[MessageWithBench | ValidationErrors | WpError]:
    """Delete several contacts

     Deletes the contacts whose ids are given in `subscribers[]` (query) or in a JSON body
    `{"subscribers": [...]}`.
    Ids that do not exist are ignored and the answer is still 200. Without any id the server answers 422
    about
    `subscriber_ids`.

    The prose documentation attaches this route's confirmation message and `subscribers[]` parameter to
    `DELETE /subscribers/{id}`; they belong here.

    Args:
        subscribers (list[int] | Unset):
        body (ContactBulkDeleteInput | Unset): JSON body of `DELETE /subscribers`, an alternative
            to the `subscribers[]` query parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
        subscribers=subscribers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactBulkDeleteInput | Unset = UNSET,
    subscribers: list[int] | Unset = UNSET,
) -> MessageWithBench | ValidationErrors | WpError | None:
    """Delete several contacts

     Deletes the contacts whose ids are given in `subscribers[]` (query) or in a JSON body
    `{"subscribers": [...]}`.
    Ids that do not exist are ignored and the answer is still 200. Without any id the server answers 422
    about
    `subscriber_ids`.

    The prose documentation attaches this route's confirmation message and `subscribers[]` parameter to
    `DELETE /subscribers/{id}`; they belong here.

    Args:
        subscribers (list[int] | Unset):
        body (ContactBulkDeleteInput | Unset): JSON body of `DELETE /subscribers`, an alternative
            to the `subscribers[]` query parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            subscribers=subscribers,
        )
    ).parsed
