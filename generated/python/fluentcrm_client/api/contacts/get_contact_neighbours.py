from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_status_input import ContactStatusInput
from ...models.get_contact_neighbours_filter_type import (
    GetContactNeighboursFilterType,
)
from ...models.get_contact_neighbours_sort_type import (
    GetContactNeighboursSortType,
)
from ...models.message_error import MessageError
from ...models.prev_next_ids import PrevNextIds
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_type: GetContactNeighboursFilterType,
    current_id: int,
    sort_type: GetContactNeighboursSortType | Unset = "DESC",
    search: str | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_type: str = filter_type
    params["filter_type"] = json_filter_type

    params["current_id"] = current_id

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type

    params["sort_type"] = json_sort_type

    params["search"] = search

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item: str = statuses_item_data
            json_statuses.append(statuses_item)

    params["statuses[]"] = json_statuses

    json_tags: list[int] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags[]"] = json_tags

    json_lists: list[int] | Unset = UNSET
    if not isinstance(lists, Unset):
        json_lists = lists

    params["lists[]"] = json_lists

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/prev-next-ids",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | PrevNextIds | WpError | None:
    if response.status_code == 200:
        response_200 = PrevNextIds.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = WpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WpError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | PrevNextIds | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_type: GetContactNeighboursFilterType,
    current_id: int,
    sort_type: GetContactNeighboursSortType | Unset = "DESC",
    search: str | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
) -> Response[MessageError | PrevNextIds | WpError]:
    """Get the contacts before and after one in the list

     Returns up to ten contact ids on each side of `current_id`, in id order (`sort_type`, `DESC` by
    default), after
    the contact list's filters (`search`, `statuses[]`, `tags[]`, `lists[]`). `next` continues in the
    sort order,
    `prev` goes back. `has_next` and `has_prev` are true only when exactly ten ids came back on that
    side; they do
    not say whether more exist. `filter_type` and `current_id` are required (422 otherwise).

    The prose documentation gives the error as `filter_type and current_id are required` and suggests
    that `has_next`/`has_prev` say whether more exist; the server's text and flags differ.

    Args:
        filter_type (GetContactNeighboursFilterType):
        current_id (int):
        sort_type (GetContactNeighboursSortType | Unset):  Default: 'DESC'.
        search (str | Unset):
        statuses (list[ContactStatusInput] | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | PrevNextIds | WpError]
    """

    kwargs = _get_kwargs(
        filter_type=filter_type,
        current_id=current_id,
        sort_type=sort_type,
        search=search,
        statuses=statuses,
        tags=tags,
        lists=lists,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_type: GetContactNeighboursFilterType,
    current_id: int,
    sort_type: GetContactNeighboursSortType | Unset = "DESC",
    search: str | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
) -> MessageError | PrevNextIds | WpError | None:
    """Get the contacts before and after one in the list

     Returns up to ten contact ids on each side of `current_id`, in id order (`sort_type`, `DESC` by
    default), after
    the contact list's filters (`search`, `statuses[]`, `tags[]`, `lists[]`). `next` continues in the
    sort order,
    `prev` goes back. `has_next` and `has_prev` are true only when exactly ten ids came back on that
    side; they do
    not say whether more exist. `filter_type` and `current_id` are required (422 otherwise).

    The prose documentation gives the error as `filter_type and current_id are required` and suggests
    that `has_next`/`has_prev` say whether more exist; the server's text and flags differ.

    Args:
        filter_type (GetContactNeighboursFilterType):
        current_id (int):
        sort_type (GetContactNeighboursSortType | Unset):  Default: 'DESC'.
        search (str | Unset):
        statuses (list[ContactStatusInput] | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | PrevNextIds | WpError
    """

    return sync_detailed(
        client=client,
        filter_type=filter_type,
        current_id=current_id,
        sort_type=sort_type,
        search=search,
        statuses=statuses,
        tags=tags,
        lists=lists,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_type: GetContactNeighboursFilterType,
    current_id: int,
    sort_type: GetContactNeighboursSortType | Unset = "DESC",
    search: str | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
) -> Response[MessageError | PrevNextIds | WpError]:
    """Get the contacts before and after one in the list

     Returns up to ten contact ids on each side of `current_id`, in id order (`sort_type`, `DESC` by
    default), after
    the contact list's filters (`search`, `statuses[]`, `tags[]`, `lists[]`). `next` continues in the
    sort order,
    `prev` goes back. `has_next` and `has_prev` are true only when exactly ten ids came back on that
    side; they do
    not say whether more exist. `filter_type` and `current_id` are required (422 otherwise).

    The prose documentation gives the error as `filter_type and current_id are required` and suggests
    that `has_next`/`has_prev` say whether more exist; the server's text and flags differ.

    Args:
        filter_type (GetContactNeighboursFilterType):
        current_id (int):
        sort_type (GetContactNeighboursSortType | Unset):  Default: 'DESC'.
        search (str | Unset):
        statuses (list[ContactStatusInput] | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | PrevNextIds | WpError]
    """

    kwargs = _get_kwargs(
        filter_type=filter_type,
        current_id=current_id,
        sort_type=sort_type,
        search=search,
        statuses=statuses,
        tags=tags,
        lists=lists,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_type: GetContactNeighboursFilterType,
    current_id: int,
    sort_type: GetContactNeighboursSortType | Unset = "DESC",
    search: str | Unset = UNSET,
    statuses: list[ContactStatusInput] | Unset = UNSET,
    tags: list[int] | Unset = UNSET,
    lists: list[int] | Unset = UNSET,
) -> MessageError | PrevNextIds | WpError | None:
    """Get the contacts before and after one in the list

     Returns up to ten contact ids on each side of `current_id`, in id order (`sort_type`, `DESC` by
    default), after
    the contact list's filters (`search`, `statuses[]`, `tags[]`, `lists[]`). `next` continues in the
    sort order,
    `prev` goes back. `has_next` and `has_prev` are true only when exactly ten ids came back on that
    side; they do
    not say whether more exist. `filter_type` and `current_id` are required (422 otherwise).

    The prose documentation gives the error as `filter_type and current_id are required` and suggests
    that `has_next`/`has_prev` say whether more exist; the server's text and flags differ.

    Args:
        filter_type (GetContactNeighboursFilterType):
        current_id (int):
        sort_type (GetContactNeighboursSortType | Unset):  Default: 'DESC'.
        search (str | Unset):
        statuses (list[ContactStatusInput] | Unset):
        tags (list[int] | Unset):
        lists (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | PrevNextIds | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_type=filter_type,
            current_id=current_id,
            sort_type=sort_type,
            search=search,
            statuses=statuses,
            tags=tags,
            lists=lists,
        )
    ).parsed
