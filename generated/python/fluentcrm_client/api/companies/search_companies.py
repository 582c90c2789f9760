from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_search_response import CompanySearchResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    subscriber_id: int | Unset = UNSET,
    values: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["subscriber_id"] = subscriber_id

    json_values: list[int] | Unset = UNSET
    if not isinstance(values, Unset):
        json_values = values

    params["values[]"] = json_values

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanySearchResponse | WpError | None:
    if response.status_code == 200:
        response_200 = CompanySearchResponse.from_dict(response.json())

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
) -> Response[CompanySearchResponse | WpError]:
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
    subscriber_id: int | Unset = UNSET,
    values: list[int] | Unset = UNSET,
) -> Response[CompanySearchResponse | WpError]:
    """Search companies for a picker

     Returns up to 50 companies in a compact shape (`id`, `name`, `email`, `logo`, `phone`, `website`),
    ordered by
    name. `search` filters like the index; `subscriber_id` leaves out the companies that contact already
    belongs to;
    `values[]` appends the named companies when the search did not return them (to show the current
    selection).
    `has_more` is `true` when the site holds 50 companies or more.

    The prose documentation does not describe this operation.

    Args:
        search (str | Unset):
        subscriber_id (int | Unset):
        values (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanySearchResponse | WpError]
    """

    kwargs = _get_kwargs(
        search=search,
        subscriber_id=subscriber_id,
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
    subscriber_id: int | Unset = UNSET,
    values: list[int] | Unset = UNSET,
) -> CompanySearchResponse | WpError | None:
    """Search companies for a picker

     Returns up to 50 companies in a compact shape (`id`, `name`, `email`, `logo`, `phone`, `website`),
    ordered by
    name. `search` filters like the index; `subscriber_id` leaves out the companies that contact already
    belongs to;
    `values[]` appends the named companies when the search did not return them (to show the current
    selection).
    `has_more` is `true` when the site holds 50 companies or more.

    The prose documentation does not describe this operation.

    Args:
        search (str | Unset):
        subscriber_id (int | Unset):
        values (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanySearchResponse | WpError
    """

    return sync_detailed(
        client=client,
        search=search,
        subscriber_id=subscriber_id,
        values=values,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    subscriber_id: int | Unset = UNSET,
    values: list[int] | Unset = UNSET,
) -> Response[CompanySearchResponse | WpError]:
    """Search companies for a picker

     Returns up to 50 companies in a compact shape (`id`, `name`, `email`, `logo`, `phone`, `website`),
    ordered by
    name. `search` filters like the index; `subscriber_id` leaves out the companies that contact already
    belongs to;
    `values[]` appends the named companies when the search did not return them (to show the current
    selection).
    `has_more` is `true` when the site holds 50 companies or more.

    The prose documentation does not describe this operation.

    Args:
        search (str | Unset):
        subscriber_id (int | Unset):
        values (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanySearchResponse | WpError]
    """

    kwargs = _get_kwargs(
        search=search,
        subscriber_id=subscriber_id,
        values=values,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    subscriber_id: int | Unset = UNSET,
    values: list[int] | Unset = UNSET,
) -> CompanySearchResponse | WpError | None:
    """Search companies for a picker

     Returns up to 50 companies in a compact shape (`id`, `name`, `email`, `logo`, `phone`, `website`),
    ordered by
    name. `search` filters like the index; `subscriber_id` leaves out the companies that contact already
    belongs to;
    `values[]` appends the named companies when the search did not return them (to show the current
    selection).
    `has_more` is `true` when the site holds 50 companies or more.

    The prose documentation does not describe this operation.

    Args:
        search (str | Unset):
        subscriber_id (int | Unset):
        values (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanySearchResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            subscriber_id=subscriber_id,
            values=values,
        )
    ).parsed
