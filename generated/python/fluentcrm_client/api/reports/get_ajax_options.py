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
    option_key: str | Unset = UNSET,
    sub_option_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    values: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["option_key"] = option_key

    params["sub_option_key"] = sub_option_key

    params["search"] = search

    json_values: list[str] | Unset = UNSET
    if not isinstance(values, Unset):
        json_values = values

    params["values[]"] = json_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/ajax-options",
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
    option_key: str | Unset = UNSET,
    sub_option_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    values: list[str] | Unset = UNSET,
) -> Response[IdTitleOptionsResponse | WpError]:
    """Search records for a selector

     Searches one kind of record for the searchable drop-downs of the admin screens and answers `{id,
    title}`
    choices. `option_key` picks the kind: `campaigns` (titles suffixed with ` - <id>`, integer ids),
    `post_type`
    (posts of the type in `sub_option_key`, ids as numeric strings), `users` (WordPress users), and more
    kinds that
    add-ons register. An unknown or missing `option_key`, or one sent as an array, gives an empty list.

    The prose documentation says: `option_key` is required. The server differs: Without `option_key` the
    server
    answers 200 with an empty `options` list.

    Args:
        option_key (str | Unset):
        sub_option_key (str | Unset):
        search (str | Unset):
        values (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdTitleOptionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        option_key=option_key,
        sub_option_key=sub_option_key,
        search=search,
        values=values,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    option_key: str | Unset = UNSET,
    sub_option_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    values: list[str] | Unset = UNSET,
) -> IdTitleOptionsResponse | WpError | None:
    """Search records for a selector

     Searches one kind of record for the searchable drop-downs of the admin screens and answers `{id,
    title}`
    choices. `option_key` picks the kind: `campaigns` (titles suffixed with ` - <id>`, integer ids),
    `post_type`
    (posts of the type in `sub_option_key`, ids as numeric strings), `users` (WordPress users), and more
    kinds that
    add-ons register. An unknown or missing `option_key`, or one sent as an array, gives an empty list.

    The prose documentation says: `option_key` is required. The server differs: Without `option_key` the
    server
    answers 200 with an empty `options` list.

    Args:
        option_key (str | Unset):
        sub_option_key (str | Unset):
        search (str | Unset):
        values (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdTitleOptionsResponse | WpError
    """

    return sync_detailed(
        client=client,
        option_key=option_key,
        sub_option_key=sub_option_key,
        search=search,
        values=values,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    option_key: str | Unset = UNSET,
    sub_option_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    values: list[str] | Unset = UNSET,
) -> Response[IdTitleOptionsResponse | WpError]:
    """Search records for a selector

     Searches one kind of record for the searchable drop-downs of the admin screens and answers `{id,
    title}`
    choices. `option_key` picks the kind: `campaigns` (titles suffixed with ` - <id>`, integer ids),
    `post_type`
    (posts of the type in `sub_option_key`, ids as numeric strings), `users` (WordPress users), and more
    kinds that
    add-ons register. An unknown or missing `option_key`, or one sent as an array, gives an empty list.

    The prose documentation says: `option_key` is required. The server differs: Without `option_key` the
    server
    answers 200 with an empty `options` list.

    Args:
        option_key (str | Unset):
        sub_option_key (str | Unset):
        search (str | Unset):
        values (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdTitleOptionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        option_key=option_key,
        sub_option_key=sub_option_key,
        search=search,
        values=values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    option_key: str | Unset = UNSET,
    sub_option_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    values: list[str] | Unset = UNSET,
) -> IdTitleOptionsResponse | WpError | None:
    """Search records for a selector

     Searches one kind of record for the searchable drop-downs of the admin screens and answers `{id,
    title}`
    choices. `option_key` picks the kind: `campaigns` (titles suffixed with ` - <id>`, integer ids),
    `post_type`
    (posts of the type in `sub_option_key`, ids as numeric strings), `users` (WordPress users), and more
    kinds that
    add-ons register. An unknown or missing `option_key`, or one sent as an array, gives an empty list.

    The prose documentation says: `option_key` is required. The server differs: Without `option_key` the
    server
    answers 200 with an empty `options` list.

    Args:
        option_key (str | Unset):
        sub_option_key (str | Unset):
        search (str | Unset):
        values (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdTitleOptionsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            option_key=option_key,
            sub_option_key=sub_option_key,
            search=search,
            values=values,
        )
    ).parsed
