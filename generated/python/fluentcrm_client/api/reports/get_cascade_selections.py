from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cascade_selections_response import CascadeSelectionsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider"] = provider

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/cascade_selections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CascadeSelectionsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = CascadeSelectionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = WpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WpError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CascadeSelectionsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CascadeSelectionsResponse | WpError]:
    """Choices of a cascading selector

     Returns one page of the choices a `provider` offers for the cascading drop-downs of segment and
    automation
    conditions. Every provider comes from an add-on; on the free plugin no provider answers, so
    `options` is empty,
    whatever `provider` is or whether it is sent, and `has_more` is nevertheless `true`.

    The prose documentation says: `provider` is required. The server differs: Without `provider` the
    server
    answers 200 with no options.

    Args:
        provider (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CascadeSelectionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CascadeSelectionsResponse | WpError | None:
    """Choices of a cascading selector

     Returns one page of the choices a `provider` offers for the cascading drop-downs of segment and
    automation
    conditions. Every provider comes from an add-on; on the free plugin no provider answers, so
    `options` is empty,
    whatever `provider` is or whether it is sent, and `has_more` is nevertheless `true`.

    The prose documentation says: `provider` is required. The server differs: Without `provider` the
    server
    answers 200 with no options.

    Args:
        provider (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CascadeSelectionsResponse | WpError
    """

    return sync_detailed(
        client=client,
        provider=provider,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[CascadeSelectionsResponse | WpError]:
    """Choices of a cascading selector

     Returns one page of the choices a `provider` offers for the cascading drop-downs of segment and
    automation
    conditions. Every provider comes from an add-on; on the free plugin no provider answers, so
    `options` is empty,
    whatever `provider` is or whether it is sent, and `has_more` is nevertheless `true`.

    The prose documentation says: `provider` is required. The server differs: Without `provider` the
    server
    answers 200 with no options.

    Args:
        provider (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CascadeSelectionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> CascadeSelectionsResponse | WpError | None:
    """Choices of a cascading selector

     Returns one page of the choices a `provider` offers for the cascading drop-downs of segment and
    automation
    conditions. Every provider comes from an add-on; on the free plugin no provider answers, so
    `options` is empty,
    whatever `provider` is or whether it is sent, and `has_more` is nevertheless `true`.

    The prose documentation says: `provider` is required. The server differs: Without `provider` the
    server
    answers 200 with no options.

    Args:
        provider (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CascadeSelectionsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            provider=provider,
            search=search,
        )
    ).parsed
