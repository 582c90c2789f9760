from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unattached_contacts_response import UnattachedContactsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    company_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params["search"] = search

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/search-unattached-contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UnattachedContactsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = UnattachedContactsResponse.from_dict(response.json())

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
) -> Response[UnattachedContactsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[UnattachedContactsResponse | WpError]:
    """Search contacts not attached to a company

     Returns contacts that are not attached to the company `company_id`, highest id first, at most
    `limit` (20 by
    default), matching `search` like the contact index does. Each result has every contact column plus
    `full_name`
    and `photo`, without tags or lists. Without `company_id` every contact qualifies.

    The prose documentation does not describe this operation.

    Args:
        company_id (int | Unset):
        search (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnattachedContactsResponse | WpError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        search=search,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    company_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> UnattachedContactsResponse | WpError | None:
    """Search contacts not attached to a company

     Returns contacts that are not attached to the company `company_id`, highest id first, at most
    `limit` (20 by
    default), matching `search` like the contact index does. Each result has every contact column plus
    `full_name`
    and `photo`, without tags or lists. Without `company_id` every contact qualifies.

    The prose documentation does not describe this operation.

    Args:
        company_id (int | Unset):
        search (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnattachedContactsResponse | WpError
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        search=search,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    company_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[UnattachedContactsResponse | WpError]:
    """Search contacts not attached to a company

     Returns contacts that are not attached to the company `company_id`, highest id first, at most
    `limit` (20 by
    default), matching `search` like the contact index does. Each result has every contact column plus
    `full_name`
    and `photo`, without tags or lists. Without `company_id` every contact qualifies.

    The prose documentation does not describe this operation.

    Args:
        company_id (int | Unset):
        search (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnattachedContactsResponse | WpError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        search=search,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    company_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> UnattachedContactsResponse | WpError | None:
    """Search contacts not attached to a company

     Returns contacts that are not attached to the company `company_id`, highest id first, at most
    `limit` (20 by
    default), matching `search` like the contact index does. Each result has every contact column plus
    `full_name`
    and `photo`, without tags or lists. Without `company_id` every contact qualifies.

    The prose documentation does not describe this operation.

    Args:
        company_id (int | Unset):
        search (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnattachedContactsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            search=search,
            limit=limit,
        )
    ).parsed
