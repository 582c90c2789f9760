from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.system_logs_response import SystemLogsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/setting/system-logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SystemLogsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = SystemLogsResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SystemLogsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> Response[SystemLogsResponse | WpError]:
    """List the system log

     One page of FluentCRM's system log (errors and notices of background work), newest first; `search`
    matches
    the title or the description. `per_page` defaults to 20 and is echoed as sent, so it is a string
    whenever it
    was given.

    The prose documentation types `per_page` as an integer and the dates as RFC 3339 date-times.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SystemLogsResponse | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> SystemLogsResponse | WpError | None:
    """List the system log

     One page of FluentCRM's system log (errors and notices of background work), newest first; `search`
    matches
    the title or the description. `per_page` defaults to 20 and is echoed as sent, so it is a string
    whenever it
    was given.

    The prose documentation types `per_page` as an integer and the dates as RFC 3339 date-times.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SystemLogsResponse | WpError
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> Response[SystemLogsResponse | WpError]:
    """List the system log

     One page of FluentCRM's system log (errors and notices of background work), newest first; `search`
    matches
    the title or the description. `per_page` defaults to 20 and is echoed as sent, so it is a string
    whenever it
    was given.

    The prose documentation types `per_page` as an integer and the dates as RFC 3339 date-times.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SystemLogsResponse | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> SystemLogsResponse | WpError | None:
    """List the system log

     One page of FluentCRM's system log (errors and notices of background work), newest first; `search`
    matches
    the title or the description. `per_page` defaults to 20 and is echoed as sent, so it is a string
    whenever it
    was given.

    The prose documentation types `per_page` as an integer and the dates as RFC 3339 date-times.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SystemLogsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            search=search,
        )
    ).parsed
