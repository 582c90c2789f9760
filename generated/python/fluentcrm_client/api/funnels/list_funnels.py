from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.list_funnels_response_200 import ListFunnelsResponse200
from ...models.list_funnels_sort_by import ListFunnelsSortBy
from ...models.list_funnels_sort_type import ListFunnelsSortType
from ...models.list_funnels_with_item import ListFunnelsWithItem
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    include: list[ListFunnelsWithItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    sort_by: ListFunnelsSortBy | Unset = UNSET,
    sort_type: ListFunnelsSortType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["search"] = search

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for with_item_data in include:
            with_item: str = with_item_data
            json_include.append(with_item)

    params["with[]"] = json_include

    json_labels: list[int] | Unset = UNSET
    if not isinstance(labels, Unset):
        json_labels = labels

    params["labels[]"] = json_labels

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type

    params["sort_type"] = json_sort_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funnels",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | ListFunnelsResponse200 | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = ListFunnelsResponse200.from_dict(response.json())

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

    if response.status_code == 423:
        response_423 = MessageError.from_dict(response.json())

        return response_423

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | ListFunnelsResponse200 | MessageError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    include: list[ListFunnelsWithItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    sort_by: ListFunnelsSortBy | Unset = UNSET,
    sort_type: ListFunnelsSortType | Unset = UNSET,
) -> Response[CriticalError | ListFunnelsResponse200 | MessageError | WpError]:
    """List funnels (automations)

     Returns one page of funnels, newest first by default, wrapped in `funnels`. FluentCRM's interface
    calls funnels
    *automations*. Each funnel carries the number of contacts that entered it, its description and its
    labels; its
    `settings` and `conditions` are printed as stored (`[]` when empty). `with[]=triggers` adds the
    trigger
    catalogue under `triggers`.
    `per_page` sets the page size (15 by default); an unknown `sort_by` column is an SQL error (423).

    The prose documentation shows a bare paginator with a `funnels` array at its top, a default
    `per_page` of 10, a
    `status` filter and `with` values `subscribers_count` and `sequences`; the server wraps the
    paginator in
    `funnels`, serves 15 per page by default, ignores `status`, knows only `with[]=triggers`, and always
    includes
    `subscribers_count`.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        include (list[ListFunnelsWithItem] | Unset):
        labels (list[int] | Unset):
        sort_by (ListFunnelsSortBy | Unset):
        sort_type (ListFunnelsSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListFunnelsResponse200 | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        include=include,
        labels=labels,
        sort_by=sort_by,
        sort_type=sort_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    include: list[ListFunnelsWithItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    sort_by: ListFunnelsSortBy | Unset = UNSET,
    sort_type: ListFunnelsSortType | Unset = UNSET,
) -> CriticalError | ListFunnelsResponse200 | MessageError | WpError | None:
    """List funnels (automations)

     Returns one page of funnels, newest first by default, wrapped in `funnels`. FluentCRM's interface
    calls funnels
    *automations*. Each funnel carries the number of contacts that entered it, its description and its
    labels; its
    `settings` and `conditions` are printed as stored (`[]` when empty). `with[]=triggers` adds the
    trigger
    catalogue under `triggers`.
    `per_page` sets the page size (15 by default); an unknown `sort_by` column is an SQL error (423).

    The prose documentation shows a bare paginator with a `funnels` array at its top, a default
    `per_page` of 10, a
    `status` filter and `with` values `subscribers_count` and `sequences`; the server wraps the
    paginator in
    `funnels`, serves 15 per page by default, ignores `status`, knows only `with[]=triggers`, and always
    includes
    `subscribers_count`.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        include (list[ListFunnelsWithItem] | Unset):
        labels (list[int] | Unset):
        sort_by (ListFunnelsSortBy | Unset):
        sort_type (ListFunnelsSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListFunnelsResponse200 | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        search=search,
        include=include,
        labels=labels,
        sort_by=sort_by,
        sort_type=sort_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    include: list[ListFunnelsWithItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    sort_by: ListFunnelsSortBy | Unset = UNSET,
    sort_type: ListFunnelsSortType | Unset = UNSET,
) -> Response[CriticalError | ListFunnelsResponse200 | MessageError | WpError]:
    """List funnels (automations)

     Returns one page of funnels, newest first by default, wrapped in `funnels`. FluentCRM's interface
    calls funnels
    *automations*. Each funnel carries the number of contacts that entered it, its description and its
    labels; its
    `settings` and `conditions` are printed as stored (`[]` when empty). `with[]=triggers` adds the
    trigger
    catalogue under `triggers`.
    `per_page` sets the page size (15 by default); an unknown `sort_by` column is an SQL error (423).

    The prose documentation shows a bare paginator with a `funnels` array at its top, a default
    `per_page` of 10, a
    `status` filter and `with` values `subscribers_count` and `sequences`; the server wraps the
    paginator in
    `funnels`, serves 15 per page by default, ignores `status`, knows only `with[]=triggers`, and always
    includes
    `subscribers_count`.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        include (list[ListFunnelsWithItem] | Unset):
        labels (list[int] | Unset):
        sort_by (ListFunnelsSortBy | Unset):
        sort_type (ListFunnelsSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListFunnelsResponse200 | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        include=include,
        labels=labels,
        sort_by=sort_by,
        sort_type=sort_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    include: list[ListFunnelsWithItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    sort_by: ListFunnelsSortBy | Unset = UNSET,
    sort_type: ListFunnelsSortType | Unset = UNSET,
) -> CriticalError | ListFunnelsResponse200 | MessageError | WpError | None:
    """List funnels (automations)

     Returns one page of funnels, newest first by default, wrapped in `funnels`. FluentCRM's interface
    calls funnels
    *automations*. Each funnel carries the number of contacts that entered it, its description and its
    labels; its
    `settings` and `conditions` are printed as stored (`[]` when empty). `with[]=triggers` adds the
    trigger
    catalogue under `triggers`.
    `per_page` sets the page size (15 by default); an unknown `sort_by` column is an SQL error (423).

    The prose documentation shows a bare paginator with a `funnels` array at its top, a default
    `per_page` of 10, a
    `status` filter and `with` values `subscribers_count` and `sequences`; the server wraps the
    paginator in
    `funnels`, serves 15 per page by default, ignores `status`, knows only `with[]=triggers`, and always
    includes
    `subscribers_count`.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        include (list[ListFunnelsWithItem] | Unset):
        labels (list[int] | Unset):
        sort_by (ListFunnelsSortBy | Unset):
        sort_type (ListFunnelsSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListFunnelsResponse200 | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            search=search,
            include=include,
            labels=labels,
            sort_by=sort_by,
            sort_type=sort_type,
        )
    ).parsed
