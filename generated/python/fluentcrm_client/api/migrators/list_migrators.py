from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.migrator_drivers_response import MigratorDriversResponse
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/migrators",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MigratorDriversResponse | WpError | None:
    if response.status_code == 200:
        response_200 = MigratorDriversResponse.from_dict(response.json())

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
) -> Response[MigratorDriversResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MigratorDriversResponse | WpError]:
    """Services contacts can be migrated from

     Lists the hosted e-mail services FluentCRM can copy contacts, tags and lists from (Mailchimp,
    ConvertKit,
    MailerLite, Drip, ActiveCampaign), with what each can carry over and the credentials it needs. The
    driver keys
    are case-sensitive and are what the other `/migrators` routes take as `driver`.

    The prose documentation says: `credentials` maps each credential to its form field (`label`, `type`,
    `placeholder`). The server differs: `credentials` maps each credential to an empty default string;
    the form
    fields are in `credential_fields`, next to `supports`, `refresh_on_list_change` and `doc_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MigratorDriversResponse | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> MigratorDriversResponse | WpError | None:
    """Services contacts can be migrated from

     Lists the hosted e-mail services FluentCRM can copy contacts, tags and lists from (Mailchimp,
    ConvertKit,
    MailerLite, Drip, ActiveCampaign), with what each can carry over and the credentials it needs. The
    driver keys
    are case-sensitive and are what the other `/migrators` routes take as `driver`.

    The prose documentation says: `credentials` maps each credential to its form field (`label`, `type`,
    `placeholder`). The server differs: `credentials` maps each credential to an empty default string;
    the form
    fields are in `credential_fields`, next to `supports`, `refresh_on_list_change` and `doc_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MigratorDriversResponse | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MigratorDriversResponse | WpError]:
    """Services contacts can be migrated from

     Lists the hosted e-mail services FluentCRM can copy contacts, tags and lists from (Mailchimp,
    ConvertKit,
    MailerLite, Drip, ActiveCampaign), with what each can carry over and the credentials it needs. The
    driver keys
    are case-sensitive and are what the other `/migrators` routes take as `driver`.

    The prose documentation says: `credentials` maps each credential to its form field (`label`, `type`,
    `placeholder`). The server differs: `credentials` maps each credential to an empty default string;
    the form
    fields are in `credential_fields`, next to `supports`, `refresh_on_list_change` and `doc_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MigratorDriversResponse | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> MigratorDriversResponse | WpError | None:
    """Services contacts can be migrated from

     Lists the hosted e-mail services FluentCRM can copy contacts, tags and lists from (Mailchimp,
    ConvertKit,
    MailerLite, Drip, ActiveCampaign), with what each can carry over and the credentials it needs. The
    driver keys
    are case-sensitive and are what the other `/migrators` routes take as `driver`.

    The prose documentation says: `credentials` maps each credential to its form field (`label`, `type`,
    `placeholder`). The server differs: `credentials` maps each credential to an empty default string;
    the form
    fields are in `credential_fields`, next to `supports`, `refresh_on_list_change` and `doc_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MigratorDriversResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
