from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.id_title_options_response import IdTitleOptionsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    taxonomy: str | Unset = "category",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["taxonomy"] = taxonomy

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/taxonomy-terms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdTitleOptionsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = IdTitleOptionsResponse.from_dict(response.json())

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
) -> Response[IdTitleOptionsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    taxonomy: str | Unset = "category",
) -> Response[IdTitleOptionsResponse | WpError]:
    """Terms of a WordPress taxonomy

     Lists the terms of a WordPress taxonomy (post categories, tags, product categories, ...) as `{id,
    title}`
    choices, `id` being the term id as a numeric string. A taxonomy that does not exist gives an empty
    list. Without
    `taxonomy`, and when it is sent as an array, the server lists the terms of `category`.

    The prose documentation says: `taxonomy` is required. The server differs: Without `taxonomy` the
    server
    lists the terms of `category`.

    Args:
        taxonomy (str | Unset):  Default: 'category'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdTitleOptionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        taxonomy=taxonomy,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    taxonomy: str | Unset = "category",
) -> IdTitleOptionsResponse | WpError | None:
    """Terms of a WordPress taxonomy

     Lists the terms of a WordPress taxonomy (post categories, tags, product categories, ...) as `{id,
    title}`
    choices, `id` being the term id as a numeric string. A taxonomy that does not exist gives an empty
    list. Without
    `taxonomy`, and when it is sent as an array, the server lists the terms of `category`.

    The prose documentation says: `taxonomy` is required. The server differs: Without `taxonomy` the
    server
    lists the terms of `category`.

    Args:
        taxonomy (str | Unset):  Default: 'category'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdTitleOptionsResponse | WpError
    """

    return sync_detailed(
        client=client,
        taxonomy=taxonomy,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    taxonomy: str | Unset = "category",
) -> Response[IdTitleOptionsResponse | WpError]:
    """Terms of a WordPress taxonomy

     Lists the terms of a WordPress taxonomy (post categories, tags, product categories, ...) as `{id,
    title}`
    choices, `id` being the term id as a numeric string. A taxonomy that does not exist gives an empty
    list. Without
    `taxonomy`, and when it is sent as an array, the server lists the terms of `category`.

    The prose documentation says: `taxonomy` is required. The server differs: Without `taxonomy` the
    server
    lists the terms of `category`.

    Args:
        taxonomy (str | Unset):  Default: 'category'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdTitleOptionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        taxonomy=taxonomy,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    taxonomy: str | Unset = "category",
) -> IdTitleOptionsResponse | WpError | None:
    """Terms of a WordPress taxonomy

     Lists the terms of a WordPress taxonomy (post categories, tags, product categories, ...) as `{id,
    title}`
    choices, `id` being the term id as a numeric string. A taxonomy that does not exist gives an empty
    list. Without
    `taxonomy`, and when it is sent as an array, the server lists the terms of `category`.

    The prose documentation says: `taxonomy` is required. The server differs: Without `taxonomy` the
    server
    lists the terms of `category`.

    Args:
        taxonomy (str | Unset):  Default: 'category'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdTitleOptionsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            taxonomy=taxonomy,
        )
    ).parsed
