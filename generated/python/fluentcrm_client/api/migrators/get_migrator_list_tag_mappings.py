from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_migrator_list_tag_mappings_credential import GetMigratorListTagMappingsCredential
from ...models.get_migrator_list_tag_mappings_driver import (
    GetMigratorListTagMappingsDriver,
)
from ...models.message_error import MessageError
from ...models.migrator_mappings_response import MigratorMappingsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    driver: GetMigratorListTagMappingsDriver,
    credential: GetMigratorListTagMappingsCredential | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_driver: str = driver
    params["driver"] = json_driver

    json_credential: dict[str, Any] | Unset = UNSET
    if not isinstance(credential, Unset):
        json_credential = credential.to_dict()
    if not isinstance(json_credential, Unset):
        params.update(json_credential)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/migrators/list-tag-mappings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MigratorMappingsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = MigratorMappingsResponse.from_dict(response.json())

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
) -> Response[MessageError | MigratorMappingsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    driver: GetMigratorListTagMappingsDriver,
    credential: GetMigratorListTagMappingsCredential | Unset = UNSET,
) -> Response[MessageError | MigratorMappingsResponse | WpError]:
    """Remote tags, lists and fields to map

     Reads the tags (and lists, for Mailchimp) and contact fields of the remote account, with the
    FluentCRM fields
    they can be mapped to, so that the migration can be configured. The driver and the credentials are
    query
    parameters (`credential[api_key]=...`). The shape of `options` differs per service; where the
    service cannot be
    reached some migrators still answer 200 with empty or blank entries, others 422.

    The prose documentation says: `options` holds `lists` and `tags` as `{id, name}` pairs. The server
    differs:
    `options` holds `tags` (and `lists` for Mailchimp) as mapping rows, plus `contact_fields`,
    `contact_fillables` and, for some services, `all_ready`.

    Args:
        driver (GetMigratorListTagMappingsDriver):
        credential (GetMigratorListTagMappingsCredential | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MigratorMappingsResponse | WpError]
    """

    kwargs = _get_kwargs(
        driver=driver,
        credential=credential,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    driver: GetMigratorListTagMappingsDriver,
    credential: GetMigratorListTagMappingsCredential | Unset = UNSET,
) -> MessageError | MigratorMappingsResponse | WpError | None:
    """Remote tags, lists and fields to map

     Reads the tags (and lists, for Mailchimp) and contact fields of the remote account, with the
    FluentCRM fields
    they can be mapped to, so that the migration can be configured. The driver and the credentials are
    query
    parameters (`credential[api_key]=...`). The shape of `options` differs per service; where the
    service cannot be
    reached some migrators still answer 200 with empty or blank entries, others 422.

    The prose documentation says: `options` holds `lists` and `tags` as `{id, name}` pairs. The server
    differs:
    `options` holds `tags` (and `lists` for Mailchimp) as mapping rows, plus `contact_fields`,
    `contact_fillables` and, for some services, `all_ready`.

    Args:
        driver (GetMigratorListTagMappingsDriver):
        credential (GetMigratorListTagMappingsCredential | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MigratorMappingsResponse | WpError
    """

    return sync_detailed(
        client=client,
        driver=driver,
        credential=credential,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    driver: GetMigratorListTagMappingsDriver,
    credential: GetMigratorListTagMappingsCredential | Unset = UNSET,
) -> Response[MessageError | MigratorMappingsResponse | WpError]:
    """Remote tags, lists and fields to map

     Reads the tags (and lists, for Mailchimp) and contact fields of the remote account, with the
    FluentCRM fields
    they can be mapped to, so that the migration can be configured. The driver and the credentials are
    query
    parameters (`credential[api_key]=...`). The shape of `options` differs per service; where the
    service cannot be
    reached some migrators still answer 200 with empty or blank entries, others 422.

    The prose documentation says: `options` holds `lists` and `tags` as `{id, name}` pairs. The server
    differs:
    `options` holds `tags` (and `lists` for Mailchimp) as mapping rows, plus `contact_fields`,
    `contact_fillables` and, for some services, `all_ready`.

    Args:
        driver (GetMigratorListTagMappingsDriver):
        credential (GetMigratorListTagMappingsCredential | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MigratorMappingsResponse | WpError]
    """

    kwargs = _get_kwargs(
        driver=driver,
        credential=credential,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    driver: GetMigratorListTagMappingsDriver,
    credential: GetMigratorListTagMappingsCredential | Unset = UNSET,
) -> MessageError | MigratorMappingsResponse | WpError | None:
    """Remote tags, lists and fields to map

     Reads the tags (and lists, for Mailchimp) and contact fields of the remote account, with the
    FluentCRM fields
    they can be mapped to, so that the migration can be configured. The driver and the credentials are
    query
    parameters (`credential[api_key]=...`). The shape of `options` differs per service; where the
    service cannot be
    reached some migrators still answer 200 with empty or blank entries, others 422.

    The prose documentation says: `options` holds `lists` and `tags` as `{id, name}` pairs. The server
    differs:
    `options` holds `tags` (and `lists` for Mailchimp) as mapping rows, plus `contact_fields`,
    `contact_fillables` and, for some services, `all_ready`.

    Args:
        driver (GetMigratorListTagMappingsDriver):
        credential (GetMigratorListTagMappingsCredential | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MigratorMappingsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            driver=driver,
            credential=credential,
        )
    ).parsed
