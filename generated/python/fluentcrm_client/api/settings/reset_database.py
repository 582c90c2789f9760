from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.reset_database_response_200 import ResetDatabaseResponse200
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/setting/reset_db",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | ResetDatabaseResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ResetDatabaseResponse200.from_dict(response.json())

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
) -> Response[MessageError | ResetDatabaseResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageError | ResetDatabaseResponse200 | WpError]:
    """Drop and recreate every FluentCRM table

     A development tool: on a site whose `wp-config.php` defines `FLUENTCRM_IS_DEV_FEATURES`, it drops
    every
    FluentCRM table (contacts, lists, tags, campaigns, automations, meta, ...) and creates them empty
    again,
    answering with the list of tables. Everywhere else it refuses with 422 and changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ResetDatabaseResponse200 | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> MessageError | ResetDatabaseResponse200 | WpError | None:
    """Drop and recreate every FluentCRM table

     A development tool: on a site whose `wp-config.php` defines `FLUENTCRM_IS_DEV_FEATURES`, it drops
    every
    FluentCRM table (contacts, lists, tags, campaigns, automations, meta, ...) and creates them empty
    again,
    answering with the list of tables. Everywhere else it refuses with 422 and changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ResetDatabaseResponse200 | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageError | ResetDatabaseResponse200 | WpError]:
    """Drop and recreate every FluentCRM table

     A development tool: on a site whose `wp-config.php` defines `FLUENTCRM_IS_DEV_FEATURES`, it drops
    every
    FluentCRM table (contacts, lists, tags, campaigns, automations, meta, ...) and creates them empty
    again,
    answering with the list of tables. Everywhere else it refuses with 422 and changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ResetDatabaseResponse200 | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> MessageError | ResetDatabaseResponse200 | WpError | None:
    """Drop and recreate every FluentCRM table

     A development tool: on a site whose `wp-config.php` defines `FLUENTCRM_IS_DEV_FEATURES`, it drops
    every
    FluentCRM table (contacts, lists, tags, campaigns, automations, meta, ...) and creates them empty
    again,
    answering with the list of tables. Everywhere else it refuses with 422 and changes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ResetDatabaseResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
