from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.list_index_response import ListIndexResponse
from ...models.list_lists_all_lists import ListListsAllLists
from ...models.list_lists_exclude_counts import ListListsExcludeCounts
from ...models.list_lists_sort_by import ListListsSortBy
from ...models.list_lists_sort_order import ListListsSortOrder
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListListsSortBy | Unset = "id",
    sort_order: ListListsSortOrder | Unset = "DESC",
    exclude_counts: ListListsExcludeCounts | Unset = 0,
    all_lists: ListListsAllLists | Unset = 0,
    include: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["search"] = search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    json_exclude_counts: int | Unset = UNSET
    if not isinstance(exclude_counts, Unset):
        json_exclude_counts = exclude_counts

    params["exclude_counts"] = json_exclude_counts

    json_all_lists: int | Unset = UNSET
    if not isinstance(all_lists, Unset):
        json_all_lists = all_lists

    params["all_lists"] = json_all_lists

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["with[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | ListIndexResponse | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = ListIndexResponse.from_dict(response.json())

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
) -> Response[CriticalError | ListIndexResponse | MessageError | WpError]:
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
    sort_by: ListListsSortBy | Unset = "id",
    sort_order: ListListsSortOrder | Unset = "DESC",
    exclude_counts: ListListsExcludeCounts | Unset = 0,
    all_lists: ListListsAllLists | Unset = 0,
    include: list[str] | Unset = UNSET,
) -> Response[CriticalError | ListIndexResponse | MessageError | WpError]:
    """List contact lists

     Returns one page of contact lists with two counters each, plus the total number of matching lists.
    The page is
    small by default (15 lists); ask for more with `per_page`, or add `all_lists=1` to also receive
    every list as a
    compact `{id, title, slug}` entry.

    The response is not a full paginator: besides the `lists` array there is only `pagination.total`.

    The prose documentation differs from the server in several places. It shows a bare `lists` array
    without
    `pagination`; the server also sends `pagination`. It shows string ids; the server sends integer ids
    (only the ids
    in `all_lists` are strings). It offers `subscribers` as a `sort_by` value; the server answers 423
    with an SQL error
    for it, as for any name that is not a column of the list table. It offers `with[]`; the server
    ignores it.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives
    a 423 SQL
    error; the emulator answers 400 `rest_invalid_param` instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListListsSortBy | Unset):  Default: 'id'.
        sort_order (ListListsSortOrder | Unset):  Default: 'DESC'.
        exclude_counts (ListListsExcludeCounts | Unset):  Default: 0.
        all_lists (ListListsAllLists | Unset):  Default: 0.
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListIndexResponse | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        exclude_counts=exclude_counts,
        all_lists=all_lists,
        include=include,
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
    sort_by: ListListsSortBy | Unset = "id",
    sort_order: ListListsSortOrder | Unset = "DESC",
    exclude_counts: ListListsExcludeCounts | Unset = 0,
    all_lists: ListListsAllLists | Unset = 0,
    include: list[str] | Unset = UNSET,
) -> CriticalError | ListIndexResponse | MessageError | WpError | None:
    """List contact lists

     Returns one page of contact lists with two counters each, plus the total number of matching lists.
    The page is
    small by default (15 lists); ask for more with `per_page`, or add `all_lists=1` to also receive
    every list as a
    compact `{id, title, slug}` entry.

    The response is not a full paginator: besides the `lists` array there is only `pagination.total`.

    The prose documentation differs from the server in several places. It shows a bare `lists` array
    without
    `pagination`; the server also sends `pagination`. It shows string ids; the server sends integer ids
    (only the ids
    in `all_lists` are strings). It offers `subscribers` as a `sort_by` value; the server answers 423
    with an SQL error
    for it, as for any name that is not a column of the list table. It offers `with[]`; the server
    ignores it.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives
    a 423 SQL
    error; the emulator answers 400 `rest_invalid_param` instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListListsSortBy | Unset):  Default: 'id'.
        sort_order (ListListsSortOrder | Unset):  Default: 'DESC'.
        exclude_counts (ListListsExcludeCounts | Unset):  Default: 0.
        all_lists (ListListsAllLists | Unset):  Default: 0.
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListIndexResponse | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        exclude_counts=exclude_counts,
        all_lists=all_lists,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListListsSortBy | Unset = "id",
    sort_order: ListListsSortOrder | Unset = "DESC",
    exclude_counts: ListListsExcludeCounts | Unset = 0,
    all_lists: ListListsAllLists | Unset = 0,
    include: list[str] | Unset = UNSET,
) -> Response[CriticalError | ListIndexResponse | MessageError | WpError]:
    """List contact lists

     Returns one page of contact lists with two counters each, plus the total number of matching lists.
    The page is
    small by default (15 lists); ask for more with `per_page`, or add `all_lists=1` to also receive
    every list as a
    compact `{id, title, slug}` entry.

    The response is not a full paginator: besides the `lists` array there is only `pagination.total`.

    The prose documentation differs from the server in several places. It shows a bare `lists` array
    without
    `pagination`; the server also sends `pagination`. It shows string ids; the server sends integer ids
    (only the ids
    in `all_lists` are strings). It offers `subscribers` as a `sort_by` value; the server answers 423
    with an SQL error
    for it, as for any name that is not a column of the list table. It offers `with[]`; the server
    ignores it.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives
    a 423 SQL
    error; the emulator answers 400 `rest_invalid_param` instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListListsSortBy | Unset):  Default: 'id'.
        sort_order (ListListsSortOrder | Unset):  Default: 'DESC'.
        exclude_counts (ListListsExcludeCounts | Unset):  Default: 0.
        all_lists (ListListsAllLists | Unset):  Default: 0.
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListIndexResponse | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        exclude_counts=exclude_counts,
        all_lists=all_lists,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListListsSortBy | Unset = "id",
    sort_order: ListListsSortOrder | Unset = "DESC",
    exclude_counts: ListListsExcludeCounts | Unset = 0,
    all_lists: ListListsAllLists | Unset = 0,
    include: list[str] | Unset = UNSET,
) -> CriticalError | ListIndexResponse | MessageError | WpError | None:
    """List contact lists

     Returns one page of contact lists with two counters each, plus the total number of matching lists.
    The page is
    small by default (15 lists); ask for more with `per_page`, or add `all_lists=1` to also receive
    every list as a
    compact `{id, title, slug}` entry.

    The response is not a full paginator: besides the `lists` array there is only `pagination.total`.

    The prose documentation differs from the server in several places. It shows a bare `lists` array
    without
    `pagination`; the server also sends `pagination`. It shows string ids; the server sends integer ids
    (only the ids
    in `all_lists` are strings). It offers `subscribers` as a `sort_by` value; the server answers 423
    with an SQL error
    for it, as for any name that is not a column of the list table. It offers `with[]`; the server
    ignores it.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives
    a 423 SQL
    error; the emulator answers 400 `rest_invalid_param` instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListListsSortBy | Unset):  Default: 'id'.
        sort_order (ListListsSortOrder | Unset):  Default: 'DESC'.
        exclude_counts (ListListsExcludeCounts | Unset):  Default: 0.
        all_lists (ListListsAllLists | Unset):  Default: 0.
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListIndexResponse | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            exclude_counts=exclude_counts,
            all_lists=all_lists,
            include=include,
        )
    ).parsed
