from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_index_response import ContactIndexResponse
from ...models.contact_status_input import ContactStatusInput
from ...models.critical_error import CriticalError
from ...models.list_contacts_sort_by import ListContactsSortBy
from ...models.list_contacts_sort_type import ListContactsSortType
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    sort_by: ListContactsSortBy | Unset = "id",
    sort_type: ListContactsSortType | Unset = "DESC",
    custom_fields: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["search"] = search

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags[]"] = json_tags

    json_lists: list[int] | Unset = UNSET
    if not isinstance(lists, Unset):
        json_lists = lists

    params["lists[]"] = json_lists

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item: str = statuses_item_data
            json_statuses.append(statuses_item)

    params["statuses[]"] = json_statuses

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type

    params["sort_type"] = json_sort_type

    params["custom_fields"] = custom_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactIndexResponse | CriticalError | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = ContactIndexResponse.from_dict(response.json())

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
) -> Response[ContactIndexResponse | CriticalError | MessageError | WpError]:
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
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    sort_by: ListContactsSortBy | Unset = "id",
    sort_type: ListContactsSortType | Unset = "DESC",
    custom_fields: bool | Unset = False,
) -> Response[ContactIndexResponse | CriticalError | MessageError | WpError]:
    """List contacts

     Returns one page of contacts with their tags and lists, newest first. Filters combine with AND; the
    values
    inside one filter (`tags[]`, `lists[]`, `statuses[]`) combine with OR.

    The prose documentation says the body is a bare paginator; the server wraps it in `subscribers`,
    next to
    `custom` and `__bench`. It names the sort parameters `order_by`/`order_type`; the server ignores
    those and reads
    `sort_by`/`sort_type`. It gives a default page size of 10; the server uses 15. Pagination exists
    only in the
    body: there are no `X-WP-Total` headers, and `next_page_url`/`prev_page_url` are relative and drop
    every query
    parameter except `page`.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500) and a negative one causes an
    SQL error
    (423). The emulator answers 400 `rest_invalid_param` for these instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):
        statuses (list[ContactStatusInput] | Unset):
        sort_by (ListContactsSortBy | Unset):  Default: 'id'.
        sort_type (ListContactsSortType | Unset):  Default: 'DESC'.
        custom_fields (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactIndexResponse | CriticalError | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
        tags=tags,
        lists=lists,
        statuses=statuses,
        sort_by=sort_by,
        sort_type=sort_type,
        custom_fields=custom_fields,
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
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    sort_by: ListContactsSortBy | Unset = "id",
    sort_type: ListContactsSortType | Unset = "DESC",
    custom_fields: bool | Unset = False,
) -> ContactIndexResponse | CriticalError | MessageError | WpError | None:
    """List contacts

     Returns one page of contacts with their tags and lists, newest first. Filters combine with AND; the
    values
    inside one filter (`tags[]`, `lists[]`, `statuses[]`) combine with OR.

    The prose documentation says the body is a bare paginator; the server wraps it in `subscribers`,
    next to
    `custom` and `__bench`. It names the sort parameters `order_by`/`order_type`; the server ignores
    those and reads
    `sort_by`/`sort_type`. It gives a default page size of 10; the server uses 15. Pagination exists
    only in the
    body: there are no `X-WP-Total` headers, and `next_page_url`/`prev_page_url` are relative and drop
    every query
    parameter except `page`.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500) and a negative one causes an
    SQL error
    (423). The emulator answers 400 `rest_invalid_param` for these instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):
        statuses (list[ContactStatusInput] | Unset):
        sort_by (ListContactsSortBy | Unset):  Default: 'id'.
        sort_type (ListContactsSortType | Unset):  Default: 'DESC'.
        custom_fields (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactIndexResponse | CriticalError | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        search=search,
        tags=tags,
        lists=lists,
        statuses=statuses,
        sort_by=sort_by,
        sort_type=sort_type,
        custom_fields=custom_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    sort_by: ListContactsSortBy | Unset = "id",
    sort_type: ListContactsSortType | Unset = "DESC",
    custom_fields: bool | Unset = False,
) -> Response[ContactIndexResponse | CriticalError | MessageError | WpError]:
    """List contacts

     Returns one page of contacts with their tags and lists, newest first. Filters combine with AND; the
    values
    inside one filter (`tags[]`, `lists[]`, `statuses[]`) combine with OR.

    The prose documentation says the body is a bare paginator; the server wraps it in `subscribers`,
    next to
    `custom` and `__bench`. It names the sort parameters `order_by`/`order_type`; the server ignores
    those and reads
    `sort_by`/`sort_type`. It gives a default page size of 10; the server uses 15. Pagination exists
    only in the
    body: there are no `X-WP-Total` headers, and `next_page_url`/`prev_page_url` are relative and drop
    every query
    parameter except `page`.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500) and a negative one causes an
    SQL error
    (423). The emulator answers 400 `rest_invalid_param` for these instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):
        statuses (list[ContactStatusInput] | Unset):
        sort_by (ListContactsSortBy | Unset):  Default: 'id'.
        sort_type (ListContactsSortType | Unset):  Default: 'DESC'.
        custom_fields (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactIndexResponse | CriticalError | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
        tags=tags,
        lists=lists,
        statuses=statuses,
        sort_by=sort_by,
        sort_type=sort_type,
        custom_fields=custom_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    sort_by: ListContactsSortBy | Unset = "id",
    sort_type: ListContactsSortType | Unset = "DESC",
    custom_fields: bool | Unset = False,
) -> ContactIndexResponse | CriticalError | MessageError | WpError | None:
    """List contacts

     Returns one page of contacts with their tags and lists, newest first. Filters combine with AND; the
    values
    inside one filter (`tags[]`, `lists[]`, `statuses[]`) combine with OR.

    The prose documentation says the body is a bare paginator; the server wraps it in `subscribers`,
    next to
    `custom` and `__bench`. It names the sort parameters `order_by`/`order_type`; the server ignores
    those and reads
    `sort_by`/`sort_type`. It gives a default page size of 10; the server uses 15. Pagination exists
    only in the
    body: there are no `X-WP-Total` headers, and `next_page_url`/`prev_page_url` are relative and drop
    every query
    parameter except `page`.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500) and a negative one causes an
    SQL error
    (423). The emulator answers 400 `rest_invalid_param` for these instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):
        statuses (list[ContactStatusInput] | Unset):
        sort_by (ListContactsSortBy | Unset):  Default: 'id'.
        sort_type (ListContactsSortType | Unset):  Default: 'DESC'.
        custom_fields (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactIndexResponse | CriticalError | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            search=search,
            tags=tags,
            lists=lists,
            statuses=statuses,
            sort_by=sort_by,
            sort_type=sort_type,
            custom_fields=custom_fields,
        )
    ).parsed
