from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_index_response import CompanyIndexResponse
from ...models.list_companies_sort_by import ListCompaniesSortBy
from ...models.list_companies_sort_order import ListCompaniesSortOrder
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListCompaniesSortBy | Unset = "id",
    sort_order: ListCompaniesSortOrder | Unset = "DESC",
    inline_filterscompany_types: list[str] | Unset = UNSET,
    inline_filterscompany_categories: list[str] | Unset = UNSET,
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

    json_inline_filterscompany_types: list[str] | Unset = UNSET
    if not isinstance(inline_filterscompany_types, Unset):
        json_inline_filterscompany_types = inline_filterscompany_types

    params["inline_filters[company_types][]"] = json_inline_filterscompany_types

    json_inline_filterscompany_categories: list[str] | Unset = UNSET
    if not isinstance(inline_filterscompany_categories, Unset):
        json_inline_filterscompany_categories = inline_filterscompany_categories

    params["inline_filters[company_categories][]"] = json_inline_filterscompany_categories

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyIndexResponse | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyIndexResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyIndexResponse | MessageError | WpError]:
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
    sort_by: ListCompaniesSortBy | Unset = "id",
    sort_order: ListCompaniesSortOrder | Unset = "DESC",
    inline_filterscompany_types: list[str] | Unset = UNSET,
    inline_filterscompany_categories: list[str] | Unset = UNSET,
) -> Response[CompanyIndexResponse | MessageError | WpError]:
    """List companies

     Returns one page of companies under `companies`, each with its owner contact and the number of
    contacts attached
    to it. `search` matches the name, e-mail, phone or description; `inline_filters[company_types][]`
    and
    `inline_filters[company_categories][]` keep companies of the given types or categories (`industry`).

    Companies are an experimental module: every `/companies` route answers 403 `rest_forbidden` until
    the
    experimental setting `company_module` is switched on.

    The prose documentation differs from the server. It gives a default page size of 10 (the server uses
    15), and
    does not mention the 403 while the module is off. Numeric columns it shows as integers (`owner_id`,
    `employees_number`) are strings, and the documented `status` column does not exist.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListCompaniesSortBy | Unset):  Default: 'id'.
        sort_order (ListCompaniesSortOrder | Unset):  Default: 'DESC'.
        inline_filterscompany_types (list[str] | Unset):
        inline_filterscompany_categories (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyIndexResponse | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        inline_filterscompany_types=inline_filterscompany_types,
        inline_filterscompany_categories=inline_filterscompany_categories,
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
    sort_by: ListCompaniesSortBy | Unset = "id",
    sort_order: ListCompaniesSortOrder | Unset = "DESC",
    inline_filterscompany_types: list[str] | Unset = UNSET,
    inline_filterscompany_categories: list[str] | Unset = UNSET,
) -> CompanyIndexResponse | MessageError | WpError | None:
    """List companies

     Returns one page of companies under `companies`, each with its owner contact and the number of
    contacts attached
    to it. `search` matches the name, e-mail, phone or description; `inline_filters[company_types][]`
    and
    `inline_filters[company_categories][]` keep companies of the given types or categories (`industry`).

    Companies are an experimental module: every `/companies` route answers 403 `rest_forbidden` until
    the
    experimental setting `company_module` is switched on.

    The prose documentation differs from the server. It gives a default page size of 10 (the server uses
    15), and
    does not mention the 403 while the module is off. Numeric columns it shows as integers (`owner_id`,
    `employees_number`) are strings, and the documented `status` column does not exist.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListCompaniesSortBy | Unset):  Default: 'id'.
        sort_order (ListCompaniesSortOrder | Unset):  Default: 'DESC'.
        inline_filterscompany_types (list[str] | Unset):
        inline_filterscompany_categories (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyIndexResponse | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        inline_filterscompany_types=inline_filterscompany_types,
        inline_filterscompany_categories=inline_filterscompany_categories,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListCompaniesSortBy | Unset = "id",
    sort_order: ListCompaniesSortOrder | Unset = "DESC",
    inline_filterscompany_types: list[str] | Unset = UNSET,
    inline_filterscompany_categories: list[str] | Unset = UNSET,
) -> Response[CompanyIndexResponse | MessageError | WpError]:
    """List companies

     Returns one page of companies under `companies`, each with its owner contact and the number of
    contacts attached
    to it. `search` matches the name, e-mail, phone or description; `inline_filters[company_types][]`
    and
    `inline_filters[company_categories][]` keep companies of the given types or categories (`industry`).

    Companies are an experimental module: every `/companies` route answers 403 `rest_forbidden` until
    the
    experimental setting `company_module` is switched on.

    The prose documentation differs from the server. It gives a default page size of 10 (the server uses
    15), and
    does not mention the 403 while the module is off. Numeric columns it shows as integers (`owner_id`,
    `employees_number`) are strings, and the documented `status` column does not exist.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListCompaniesSortBy | Unset):  Default: 'id'.
        sort_order (ListCompaniesSortOrder | Unset):  Default: 'DESC'.
        inline_filterscompany_types (list[str] | Unset):
        inline_filterscompany_categories (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyIndexResponse | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        page=page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        inline_filterscompany_types=inline_filterscompany_types,
        inline_filterscompany_categories=inline_filterscompany_categories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
    sort_by: ListCompaniesSortBy | Unset = "id",
    sort_order: ListCompaniesSortOrder | Unset = "DESC",
    inline_filterscompany_types: list[str] | Unset = UNSET,
    inline_filterscompany_categories: list[str] | Unset = UNSET,
) -> CompanyIndexResponse | MessageError | WpError | None:
    """List companies

     Returns one page of companies under `companies`, each with its owner contact and the number of
    contacts attached
    to it. `search` matches the name, e-mail, phone or description; `inline_filters[company_types][]`
    and
    `inline_filters[company_categories][]` keep companies of the given types or categories (`industry`).

    Companies are an experimental module: every `/companies` route answers 403 `rest_forbidden` until
    the
    experimental setting `company_module` is switched on.

    The prose documentation differs from the server. It gives a default page size of 10 (the server uses
    15), and
    does not mention the 403 while the module is off. Numeric columns it shows as integers (`owner_id`,
    `employees_number`) are strings, and the documented `status` column does not exist.

    Args:
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):
        sort_by (ListCompaniesSortBy | Unset):  Default: 'id'.
        sort_order (ListCompaniesSortOrder | Unset):  Default: 'DESC'.
        inline_filterscompany_types (list[str] | Unset):
        inline_filterscompany_categories (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyIndexResponse | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            page=page,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            inline_filterscompany_types=inline_filterscompany_types,
            inline_filterscompany_categories=inline_filterscompany_categories,
        )
    ).parsed
