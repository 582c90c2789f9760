from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.funnel_import_input import FunnelImportInput
from ...models.funnel_saved_response import FunnelSavedResponse
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: FunnelImportInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnels/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FunnelSavedResponse | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = FunnelSavedResponse.from_dict(response.json())

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
) -> Response[FunnelSavedResponse | MessageError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelImportInput,
) -> Response[FunnelSavedResponse | MessageError | WpError]:
    """Import a funnel

     Creates a draft funnel from an export: `funnel` holds the title, trigger, settings, conditions and
    labels, and
    `sequences` the steps. Labels given by slug that do not exist yet are created as global labels and
    stay after the
    funnel is deleted. Without a `funnel.title` the insert fails with 423 (`Column 'title' cannot be
    null`).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelImportInput): A funnel export as FluentCRM's "export" button writes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelSavedResponse | MessageError | WpError]
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
    body: FunnelImportInput,
) -> FunnelSavedResponse | MessageError | WpError | None:
    """Import a funnel

     Creates a draft funnel from an export: `funnel` holds the title, trigger, settings, conditions and
    labels, and
    `sequences` the steps. Labels given by slug that do not exist yet are created as global labels and
    stay after the
    funnel is deleted. Without a `funnel.title` the insert fails with 423 (`Column 'title' cannot be
    null`).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelImportInput): A funnel export as FluentCRM's "export" button writes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelSavedResponse | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelImportInput,
) -> Response[FunnelSavedResponse | MessageError | WpError]:
    """Import a funnel

     Creates a draft funnel from an export: `funnel` holds the title, trigger, settings, conditions and
    labels, and
    `sequences` the steps. Labels given by slug that do not exist yet are created as global labels and
    stay after the
    funnel is deleted. Without a `funnel.title` the insert fails with 423 (`Column 'title' cannot be
    null`).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelImportInput): A funnel export as FluentCRM's "export" button writes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelSavedResponse | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelImportInput,
) -> FunnelSavedResponse | MessageError | WpError | None:
    """Import a funnel

     Creates a draft funnel from an export: `funnel` holds the title, trigger, settings, conditions and
    labels, and
    `sequences` the steps. Labels given by slug that do not exist yet are created as global labels and
    stay after the
    funnel is deleted. Without a `funnel.title` the insert fails with 423 (`Column 'title' cannot be
    null`).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelImportInput): A funnel export as FluentCRM's "export" button writes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelSavedResponse | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
