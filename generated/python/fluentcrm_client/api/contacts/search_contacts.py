from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_search_response import ContactSearchResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
    values: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["limit"] = limit

    json_values: list[int] | Unset = UNSET
    if not isinstance(values, Unset):
        json_values = values

    params["values[]"] = json_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/search-contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactSearchResponse | WpError | None:
    if response.status_code == 200:
        response_200 = ContactSearchResponse.from_dict(response.json())

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
) -> Response[ContactSearchResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
    values: list[int] | Unset = UNSET,
) -> Response[ContactSearchResponse | WpError]:
    """Search contacts for a picker

     Finds contacts by name or e-mail (`search`, at most `limit` of them, 20 by default) and adds the
    contacts whose
    ids are listed in `values[]`, so that a picker can show its current selection. The answer is an
    object keyed by
    contact id, with the id repeated inside as a string; without hits it is `{}`.

    The prose documentation adds `load_default`; without a search term the server returns only the
    `values[]` contacts, and `{}` when there are none.

    Args:
        search (str | Unset):
        limit (int | Unset):  Default: 20.
        values (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSearchResponse | WpError]
    """

    kwargs = _get_kwargs(
        search=search,
        limit=limit,
        values=values,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
    values: list[int] | Unset = UNSET,
) -> ContactSearchResponse | WpError | None:
    """Search contacts for a picker

     Finds contacts by name or e-mail (`search`, at most `limit` of them, 20 by default) and adds the
    contacts whose
    ids are listed in `values[]`, so that a picker can show its current selection. The answer is an
    object keyed by
    contact id, with the id repeated inside as a string; without hits it is `{}`.

    The prose documentation adds `load_default`; without a search term the server returns only the
    `values[]` contacts, and `{}` when there are none.

    Args:
        search (str | Unset):
        limit (int | Unset):  Default: 20.
        values (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSearchResponse | WpError
    """

    return sync_detailed(
        client=client,
        search=search,
        limit=limit,
        values=values,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
    values: list[int] | Unset = UNSET,
) -> Response[ContactSearchResponse | WpError]:
    """Search contacts for a picker

     Finds contacts by name or e-mail (`search`, at most `limit` of them, 20 by default) and adds the
    contacts whose
    ids are listed in `values[]`, so that a picker can show its current selection. The answer is an
    object keyed by
    contact id, with the id repeated inside as a string; without hits it is `{}`.

    The prose documentation adds `load_default`; without a search term the server returns only the
    `values[]` contacts, and `{}` when there are none.

    Args:
        search (str | Unset):
        limit (int | Unset):  Default: 20.
        values (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSearchResponse | WpError]
    """

    kwargs = _get_kwargs(
        search=search,
        limit=limit,
        values=values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
    values: list[int] | Unset = UNSET,
) -> ContactSearchResponse | WpError | None:
    """Search contacts for a picker

     Finds contacts by name or e-mail (`search`, at most `limit` of them, 20 by default) and adds the
    contacts whose
    ids are listed in `values[]`, so that a picker can show its current selection. The answer is an
    object keyed by
    contact id, with the id repeated inside as a string; without hits it is `{}`.

    The prose documentation adds `load_default`; without a search term the server returns only the
    `values[]` contacts, and `{}` when there are none.

    Args:
        search (str | Unset):
        limit (int | Unset):  Default: 20.
        values (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSearchResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            limit=limit,
            values=values,
        )
    ).parsed
