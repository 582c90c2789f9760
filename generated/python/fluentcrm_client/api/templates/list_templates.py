from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_templates_order import ListTemplatesOrder
from ...models.list_templates_order_by import ListTemplatesOrderBy
from ...models.list_templates_response_200 import ListTemplatesResponse200
from ...models.list_templates_types_item import ListTemplatesTypesItem
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    types: list[ListTemplatesTypesItem] | Unset = UNSET,
    order: ListTemplatesOrder | Unset = UNSET,
    order_by: ListTemplatesOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["search"] = search

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item: str = types_item_data
            json_types.append(types_item)

    params["types[]"] = json_types

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTemplatesResponse200 | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = ListTemplatesResponse200.from_dict(response.json())

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
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTemplatesResponse200 | MessageError | WpError]:
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
    types: list[ListTemplatesTypesItem] | Unset = UNSET,
    order: ListTemplatesOrder | Unset = UNSET,
    order_by: ListTemplatesOrderBy | Unset = UNSET,
) -> Response[ListTemplatesResponse200 | MessageError | WpError]:
    """List e-mail templates

     One page of the site's e-mail templates (WordPress posts of type `fc_template`) with their
    `design_template`, newest first. `search` matches the title, `types[]` the post status (default
    `publish` and `draft`). `orderBy` names a column of `wp_posts`: an unknown one answers 423 with the
    SQL. The prose documentation differs: `next_page_url` is an absolute path with the query. Page links
    keep only `page`, and `prev_page_url`/`next_page_url` are `null` at the ends. (See `x-doc-
    differences` for the rest.)

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        types (list[ListTemplatesTypesItem] | Unset):
        order (ListTemplatesOrder | Unset):
        order_by (ListTemplatesOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTemplatesResponse200 | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        types=types,
        order=order,
        order_by=order_by,
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
    types: list[ListTemplatesTypesItem] | Unset = UNSET,
    order: ListTemplatesOrder | Unset = UNSET,
    order_by: ListTemplatesOrderBy | Unset = UNSET,
) -> ListTemplatesResponse200 | MessageError | WpError | None:
    """List e-mail templates

     One page of the site's e-mail templates (WordPress posts of type `fc_template`) with their
    `design_template`, newest first. `search` matches the title, `types[]` the post status (default
    `publish` and `draft`). `orderBy` names a column of `wp_posts`: an unknown one answers 423 with the
    SQL. The prose documentation differs: `next_page_url` is an absolute path with the query. Page links
    keep only `page`, and `prev_page_url`/`next_page_url` are `null` at the ends. (See `x-doc-
    differences` for the rest.)

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        types (list[ListTemplatesTypesItem] | Unset):
        order (ListTemplatesOrder | Unset):
        order_by (ListTemplatesOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTemplatesResponse200 | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        search=search,
        types=types,
        order=order,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    types: list[ListTemplatesTypesItem] | Unset = UNSET,
    order: ListTemplatesOrder | Unset = UNSET,
    order_by: ListTemplatesOrderBy | Unset = UNSET,
) -> Response[ListTemplatesResponse200 | MessageError | WpError]:
    """List e-mail templates

     One page of the site's e-mail templates (WordPress posts of type `fc_template`) with their
    `design_template`, newest first. `search` matches the title, `types[]` the post status (default
    `publish` and `draft`). `orderBy` names a column of `wp_posts`: an unknown one answers 423 with the
    SQL. The prose documentation differs: `next_page_url` is an absolute path with the query. Page links
    keep only `page`, and `prev_page_url`/`next_page_url` are `null` at the ends. (See `x-doc-
    differences` for the rest.)

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        types (list[ListTemplatesTypesItem] | Unset):
        order (ListTemplatesOrder | Unset):
        order_by (ListTemplatesOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTemplatesResponse200 | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        types=types,
        order=order,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    types: list[ListTemplatesTypesItem] | Unset = UNSET,
    order: ListTemplatesOrder | Unset = UNSET,
    order_by: ListTemplatesOrderBy | Unset = UNSET,
) -> ListTemplatesResponse200 | MessageError | WpError | None:
    """List e-mail templates

     One page of the site's e-mail templates (WordPress posts of type `fc_template`) with their
    `design_template`, newest first. `search` matches the title, `types[]` the post status (default
    `publish` and `draft`). `orderBy` names a column of `wp_posts`: an unknown one answers 423 with the
    SQL. The prose documentation differs: `next_page_url` is an absolute path with the query. Page links
    keep only `page`, and `prev_page_url`/`next_page_url` are `null` at the ends. (See `x-doc-
    differences` for the rest.)

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        types (list[ListTemplatesTypesItem] | Unset):
        order (ListTemplatesOrder | Unset):
        order_by (ListTemplatesOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTemplatesResponse200 | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            search=search,
            types=types,
            order=order,
            order_by=order_by,
        )
    ).parsed
