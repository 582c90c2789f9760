from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_settings_response import GlobalSettingsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    settings_keys: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_settings_keys: list[str] | Unset = UNSET
    if not isinstance(settings_keys, Unset):
        json_settings_keys = settings_keys

    params["settings_keys[]"] = json_settings_keys

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/setting",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlobalSettingsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = GlobalSettingsResponse.from_dict(response.json())

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
) -> Response[GlobalSettingsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    settings_keys: list[str] | Unset = UNSET,
) -> Response[GlobalSettingsResponse | WpError]:
    """Read entries of the global settings

     Returns the entries of FluentCRM's global settings option named by `settings_keys[]`.
    `email_settings` is
    computed on every read and always has all its keys (defaults until saved); every other name is
    answered only
    when an entry of that name is stored, as it was saved. Unknown names are left out, and a request
    without
    `settings_keys[]` gets only `__bench`.

    Args:
        settings_keys (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlobalSettingsResponse | WpError]
    """

    kwargs = _get_kwargs(
        settings_keys=settings_keys,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    settings_keys: list[str] | Unset = UNSET,
) -> GlobalSettingsResponse | WpError | None:
    """Read entries of the global settings

     Returns the entries of FluentCRM's global settings option named by `settings_keys[]`.
    `email_settings` is
    computed on every read and always has all its keys (defaults until saved); every other name is
    answered only
    when an entry of that name is stored, as it was saved. Unknown names are left out, and a request
    without
    `settings_keys[]` gets only `__bench`.

    Args:
        settings_keys (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalSettingsResponse | WpError
    """

    return sync_detailed(
        client=client,
        settings_keys=settings_keys,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    settings_keys: list[str] | Unset = UNSET,
) -> Response[GlobalSettingsResponse | WpError]:
    """Read entries of the global settings

     Returns the entries of FluentCRM's global settings option named by `settings_keys[]`.
    `email_settings` is
    computed on every read and always has all its keys (defaults until saved); every other name is
    answered only
    when an entry of that name is stored, as it was saved. Unknown names are left out, and a request
    without
    `settings_keys[]` gets only `__bench`.

    Args:
        settings_keys (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlobalSettingsResponse | WpError]
    """

    kwargs = _get_kwargs(
        settings_keys=settings_keys,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    settings_keys: list[str] | Unset = UNSET,
) -> GlobalSettingsResponse | WpError | None:
    """Read entries of the global settings

     Returns the entries of FluentCRM's global settings option named by `settings_keys[]`.
    `email_settings` is
    computed on every read and always has all its keys (defaults until saved); every other name is
    answered only
    when an entry of that name is stored, as it was saved. Unknown names are left out, and a request
    without
    `settings_keys[]` gets only `__bench`.

    Args:
        settings_keys (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalSettingsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            settings_keys=settings_keys,
        )
    ).parsed
