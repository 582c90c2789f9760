from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_bulk_create_input import ListBulkCreateInput
from ...models.taxonomy_bulk_response import TaxonomyBulkResponse
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: ListBulkCreateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TaxonomyBulkResponse | WpError | None:
    if response.status_code == 200:
        response_200 = TaxonomyBulkResponse.from_dict(response.json())

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
) -> Response[TaxonomyBulkResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBulkCreateInput,
) -> Response[TaxonomyBulkResponse | WpError]:
    """Create several lists

     Creates lists from `lists` (or, when that is empty, `items`): each item needs a `title`; its `slug`
    (the
    slugified title when left out) identifies it, so an item whose slug exists updates that one's title
    instead. Items without a title are skipped. The answer lists the ids handled, in order.

    The prose documentation does not describe this operation.

    Args:
        body (ListBulkCreateInput): The lists to create, under `lists` (or, when `lists` is empty
            or missing, under `items`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaxonomyBulkResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListBulkCreateInput,
) -> TaxonomyBulkResponse | WpError | None:
    """Create several lists

     Creates lists from `lists` (or, when that is empty, `items`): each item needs a `title`; its `slug`
    (the
    slugified title when left out) identifies it, so an item whose slug exists updates that one's title
    instead. Items without a title are skipped. The answer lists the ids handled, in order.

    The prose documentation does not describe this operation.

    Args:
        body (ListBulkCreateInput): The lists to create, under `lists` (or, when `lists` is empty
            or missing, under `items`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaxonomyBulkResponse | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBulkCreateInput,
) -> Response[TaxonomyBulkResponse | WpError]:
    """Create several lists

     Creates lists from `lists` (or, when that is empty, `items`): each item needs a `title`; its `slug`
    (the
    slugified title when left out) identifies it, so an item whose slug exists updates that one's title
    instead. Items without a title are skipped. The answer lists the ids handled, in order.

    The prose documentation does not describe this operation.

    Args:
        body (ListBulkCreateInput): The lists to create, under `lists` (or, when `lists` is empty
            or missing, under `items`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaxonomyBulkResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListBulkCreateInput,
) -> TaxonomyBulkResponse | WpError | None:
    """Create several lists

     Creates lists from `lists` (or, when that is empty, `items`): each item needs a `title`; its `slug`
    (the
    slugified title when left out) identifies it, so an item whose slug exists updates that one's title
    instead. Items without a title are skipped. The answer lists the ids handled, in order.

    The prose documentation does not describe this operation.

    Args:
        body (ListBulkCreateInput): The lists to create, under `lists` (or, when `lists` is empty
            or missing, under `items`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaxonomyBulkResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
