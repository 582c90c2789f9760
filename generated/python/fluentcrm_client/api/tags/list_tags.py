from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.list_tags_all_tags import ListTagsAllTags
from ...models.list_tags_exclude_counts import ListTagsExcludeCounts
from ...models.list_tags_sort_by import ListTagsSortBy
from ...models.list_tags_sort_order import ListTagsSortOrder
from ...models.message_error import MessageError
from ...models.tag_index_response import TagIndexResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListTagsSortBy | Unset = "id",
    sort_order: ListTagsSortOrder | Unset = "DESC",
    exclude_counts: ListTagsExcludeCounts | Unset = 0,
    all_tags: ListTagsAllTags | Unset = 0,
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

    json_all_tags: int | Unset = UNSET
    if not isinstance(all_tags, Unset):
        json_all_tags = all_tags

    params["all_tags"] = json_all_tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | MessageError | TagIndexResponse | WpError | None:
    if response.status_code == 200:
        response_200 = TagIndexResponse.from_dict(response.json())

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
) -> Response[CriticalError | MessageError | TagIndexResponse | WpError]:
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
    sort_by: ListTagsSortBy | Unset = "id",
    sort_order: ListTagsSortOrder | Unset = "DESC",
    exclude_counts: ListTagsExcludeCounts | Unset = 0,
    all_tags: ListTagsAllTags | Unset = 0,
) -> Response[CriticalError | MessageError | TagIndexResponse | WpError]:
    """List tags

     Returns one page of tags in FluentCRM's paginator shape (under `tags`), each with the number of
    subscribed
    contacts carrying it. Add `all_tags=1` to also receive every tag as a compact `{id, title, slug}`
    entry.

    The prose documentation differs from the server. It shows a plain `tags` array; the server sends a
    paginator
    (`total`, `per_page`, `current_page`, `last_page`, `next_page_url`, `prev_page_url`, `from`, `to`,
    `data`) and
    `__bench`. It shows list-shaped items with string ids, `is_public` and `totalCount`; tag items have
    integer ids
    and only `subscribersCount`. It offers `subscribers` as a `sort_by` value; the server answers 423
    with an SQL
    error for it, as for any name that is not a column of the tag table.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives
    a 423 SQL
    error; the emulator answers 400 `rest_invalid_param` instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListTagsSortBy | Unset):  Default: 'id'.
        sort_order (ListTagsSortOrder | Unset):  Default: 'DESC'.
        exclude_counts (ListTagsExcludeCounts | Unset):  Default: 0.
        all_tags (ListTagsAllTags | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | TagIndexResponse | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        exclude_counts=exclude_counts,
        all_tags=all_tags,
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
    sort_by: ListTagsSortBy | Unset = "id",
    sort_order: ListTagsSortOrder | Unset = "DESC",
    exclude_counts: ListTagsExcludeCounts | Unset = 0,
    all_tags: ListTagsAllTags | Unset = 0,
) -> CriticalError | MessageError | TagIndexResponse | WpError | None:
    """List tags

     Returns one page of tags in FluentCRM's paginator shape (under `tags`), each with the number of
    subscribed
    contacts carrying it. Add `all_tags=1` to also receive every tag as a compact `{id, title, slug}`
    entry.

    The prose documentation differs from the server. It shows a plain `tags` array; the server sends a
    paginator
    (`total`, `per_page`, `current_page`, `last_page`, `next_page_url`, `prev_page_url`, `from`, `to`,
    `data`) and
    `__bench`. It shows list-shaped items with string ids, `is_public` and `totalCount`; tag items have
    integer ids
    and only `subscribersCount`. It offers `subscribers` as a `sort_by` value; the server answers 423
    with an SQL
    error for it, as for any name that is not a column of the tag table.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives
    a 423 SQL
    error; the emulator answers 400 `rest_invalid_param` instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListTagsSortBy | Unset):  Default: 'id'.
        sort_order (ListTagsSortOrder | Unset):  Default: 'DESC'.
        exclude_counts (ListTagsExcludeCounts | Unset):  Default: 0.
        all_tags (ListTagsAllTags | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | TagIndexResponse | WpError
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        exclude_counts=exclude_counts,
        all_tags=all_tags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListTagsSortBy | Unset = "id",
    sort_order: ListTagsSortOrder | Unset = "DESC",
    exclude_counts: ListTagsExcludeCounts | Unset = 0,
    all_tags: ListTagsAllTags | Unset = 0,
) -> Response[CriticalError | MessageError | TagIndexResponse | WpError]:
    """List tags

     Returns one page of tags in FluentCRM's paginator shape (under `tags`), each with the number of
    subscribed
    contacts carrying it. Add `all_tags=1` to also receive every tag as a compact `{id, title, slug}`
    entry.

    The prose documentation differs from the server. It shows a plain `tags` array; the server sends a
    paginator
    (`total`, `per_page`, `current_page`, `last_page`, `next_page_url`, `prev_page_url`, `from`, `to`,
    `data`) and
    `__bench`. It shows list-shaped items with string ids, `is_public` and `totalCount`; tag items have
    integer ids
    and only `subscribersCount`. It offers `subscribers` as a `sort_by` value; the server answers 423
    with an SQL
    error for it, as for any name that is not a column of the tag table.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives
    a 423 SQL
    error; the emulator answers 400 `rest_invalid_param` instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListTagsSortBy | Unset):  Default: 'id'.
        sort_order (ListTagsSortOrder | Unset):  Default: 'DESC'.
        exclude_counts (ListTagsExcludeCounts | Unset):  Default: 0.
        all_tags (ListTagsAllTags | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | TagIndexResponse | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        exclude_counts=exclude_counts,
        all_tags=all_tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListTagsSortBy | Unset = "id",
    sort_order: ListTagsSortOrder | Unset = "DESC",
    exclude_counts: ListTagsExcludeCounts | Unset = 0,
    all_tags: ListTagsAllTags | Unset = 0,
) -> CriticalError | MessageError | TagIndexResponse | WpError | None:
    """List tags

     Returns one page of tags in FluentCRM's paginator shape (under `tags`), each with the number of
    subscribed
    contacts carrying it. Add `all_tags=1` to also receive every tag as a compact `{id, title, slug}`
    entry.

    The prose documentation differs from the server. It shows a plain `tags` array; the server sends a
    paginator
    (`total`, `per_page`, `current_page`, `last_page`, `next_page_url`, `prev_page_url`, `from`, `to`,
    `data`) and
    `__bench`. It shows list-shaped items with string ids, `is_public` and `totalCount`; tag items have
    integer ids
    and only `subscribersCount`. It offers `subscribers` as a `sort_by` value; the server answers 423
    with an SQL
    error for it, as for any name that is not a column of the tag table.

    A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives
    a 423 SQL
    error; the emulator answers 400 `rest_invalid_param` instead.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListTagsSortBy | Unset):  Default: 'id'.
        sort_order (ListTagsSortOrder | Unset):  Default: 'DESC'.
        exclude_counts (ListTagsExcludeCounts | Unset):  Default: 0.
        all_tags (ListTagsAllTags | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | TagIndexResponse | WpError
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
            all_tags=all_tags,
        )
    ).parsed
