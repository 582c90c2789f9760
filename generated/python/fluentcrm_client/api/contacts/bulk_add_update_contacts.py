from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_add_update_input import BulkAddUpdateInput
from ...models.bulk_add_update_response import BulkAddUpdateResponse
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: BulkAddUpdateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/bulk-add-update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkAddUpdateResponse | WpError | None:
    if response.status_code == 200:
        response_200 = BulkAddUpdateResponse.from_dict(response.json())

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
) -> Response[BulkAddUpdateResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddUpdateInput,
) -> Response[BulkAddUpdateResponse | WpError]:
    """Create or update many contacts

     Stores a batch of contacts in one call, matching existing contacts by e-mail. New e-mails are
    created; existing
    contacts are updated with the sent fields when `force_update` is true. Entries with an invalid
    e-mail are
    skipped and listed in `invalids`.

    This route is not in the prose documentation. Because of a bug in FluentCRM 2.9.84 every stored
    contact is
    reported under `updated`, even the new ones, and `created` is always empty.

    Args:
        body (BulkAddUpdateInput): Body of `POST /subscribers/bulk-add-update`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkAddUpdateResponse | WpError]
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
    body: BulkAddUpdateInput,
) -> BulkAddUpdateResponse | WpError | None:
    """Create or update many contacts

     Stores a batch of contacts in one call, matching existing contacts by e-mail. New e-mails are
    created; existing
    contacts are updated with the sent fields when `force_update` is true. Entries with an invalid
    e-mail are
    skipped and listed in `invalids`.

    This route is not in the prose documentation. Because of a bug in FluentCRM 2.9.84 every stored
    contact is
    reported under `updated`, even the new ones, and `created` is always empty.

    Args:
        body (BulkAddUpdateInput): Body of `POST /subscribers/bulk-add-update`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkAddUpdateResponse | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddUpdateInput,
) -> Response[BulkAddUpdateResponse | WpError]:
    """Create or update many contacts

     Stores a batch of contacts in one call, matching existing contacts by e-mail. New e-mails are
    created; existing
    contacts are updated with the sent fields when `force_update` is true. Entries with an invalid
    e-mail are
    skipped and listed in `invalids`.

    This route is not in the prose documentation. Because of a bug in FluentCRM 2.9.84 every stored
    contact is
    reported under `updated`, even the new ones, and `created` is always empty.

    Args:
        body (BulkAddUpdateInput): Body of `POST /subscribers/bulk-add-update`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkAddUpdateResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddUpdateInput,
) -> BulkAddUpdateResponse | WpError | None:
    """Create or update many contacts

     Stores a batch of contacts in one call, matching existing contacts by e-mail. New e-mails are
    created; existing
    contacts are updated with the sent fields when `force_update` is true. Entries with an invalid
    e-mail are
    skipped and listed in `invalids`.

    This route is not in the prose documentation. Because of a bug in FluentCRM 2.9.84 every stored
    contact is
    reported under `updated`, even the new ones, and `created` is always empty.

    Args:
        body (BulkAddUpdateInput): Body of `POST /subscribers/bulk-add-update`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkAddUpdateResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
