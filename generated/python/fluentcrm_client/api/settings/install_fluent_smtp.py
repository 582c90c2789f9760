from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.plugin_install_response import PluginInstallResponse
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/setting/install-fluentsmtp",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | PluginInstallResponse | WpError | None:
    if response.status_code == 200:
        response_200 = PluginInstallResponse.from_dict(response.json())

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
) -> Response[MessageError | PluginInstallResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageError | PluginInstallResponse | WpError]:
    """Install FluentSMTP

     Downloads FluentSMTP from wordpress.org, installs and activates it (needs the `install_plugins`
    capability). The
    message always says the plugin was installed and activated, even when the download failed or was
    blocked;
    only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed: false`.

    The prose documentation shows only the successful case; the server claims success also when nothing
    was
    installed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | PluginInstallResponse | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> MessageError | PluginInstallResponse | WpError | None:
    """Install FluentSMTP

     Downloads FluentSMTP from wordpress.org, installs and activates it (needs the `install_plugins`
    capability). The
    message always says the plugin was installed and activated, even when the download failed or was
    blocked;
    only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed: false`.

    The prose documentation shows only the successful case; the server claims success also when nothing
    was
    installed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | PluginInstallResponse | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageError | PluginInstallResponse | WpError]:
    """Install FluentSMTP

     Downloads FluentSMTP from wordpress.org, installs and activates it (needs the `install_plugins`
    capability). The
    message always says the plugin was installed and activated, even when the download failed or was
    blocked;
    only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed: false`.

    The prose documentation shows only the successful case; the server claims success also when nothing
    was
    installed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | PluginInstallResponse | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> MessageError | PluginInstallResponse | WpError | None:
    """Install FluentSMTP

     Downloads FluentSMTP from wordpress.org, installs and activates it (needs the `install_plugins`
    capability). The
    message always says the plugin was installed and activated, even when the download failed or was
    blocked;
    only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed: false`.

    The prose documentation shows only the successful case; the server claims success also when nothing
    was
    installed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | PluginInstallResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
