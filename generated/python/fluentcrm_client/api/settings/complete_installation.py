from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_installation_input import CompleteInstallationInput
from ...models.message_with_bench import MessageWithBench
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompleteInstallationInput | CompleteInstallationInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/setting/complete-installation",
    }

    if isinstance(body, CompleteInstallationInput):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CompleteInstallationInput):
        if not isinstance(body, Unset):
            _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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
) -> Response[MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompleteInstallationInput | CompleteInstallationInput | Unset = UNSET,
) -> Response[MessageWithBench | WpError]:
    """Finish the set-up wizard

     Ends FluentCRM's set-up wizard. Every choice is optional and `no` by default, and with none the call
    changes
    nothing. `install_fluentform=yes` and `install_fluentcart=yes` download and activate plugins from
    wordpress.org, `optin_email` sends that address to the plugin vendor, and `share_essentials=yes`
    stores the
    consent to share usage data. The answer is the same whatever happened.

    Args:
        body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional:
            with none, the call only answers. `install_fluentform` and
            `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address
            to the plugin vendor,
            and `share_essentials` stores the consent.
        body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional:
            with none, the call only answers. `install_fluentform` and
            `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address
            to the plugin vendor,
            and `share_essentials` stores the consent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
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
    body: CompleteInstallationInput | CompleteInstallationInput | Unset = UNSET,
) -> MessageWithBench | WpError | None:
    """Finish the set-up wizard

     Ends FluentCRM's set-up wizard. Every choice is optional and `no` by default, and with none the call
    changes
    nothing. `install_fluentform=yes` and `install_fluentcart=yes` download and activate plugins from
    wordpress.org, `optin_email` sends that address to the plugin vendor, and `share_essentials=yes`
    stores the
    consent to share usage data. The answer is the same whatever happened.

    Args:
        body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional:
            with none, the call only answers. `install_fluentform` and
            `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address
            to the plugin vendor,
            and `share_essentials` stores the consent.
        body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional:
            with none, the call only answers. `install_fluentform` and
            `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address
            to the plugin vendor,
            and `share_essentials` stores the consent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompleteInstallationInput | CompleteInstallationInput | Unset = UNSET,
) -> Response[MessageWithBench | WpError]:
    """Finish the set-up wizard

     Ends FluentCRM's set-up wizard. Every choice is optional and `no` by default, and with none the call
    changes
    nothing. `install_fluentform=yes` and `install_fluentcart=yes` download and activate plugins from
    wordpress.org, `optin_email` sends that address to the plugin vendor, and `share_essentials=yes`
    stores the
    consent to share usage data. The answer is the same whatever happened.

    Args:
        body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional:
            with none, the call only answers. `install_fluentform` and
            `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address
            to the plugin vendor,
            and `share_essentials` stores the consent.
        body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional:
            with none, the call only answers. `install_fluentform` and
            `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address
            to the plugin vendor,
            and `share_essentials` stores the consent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompleteInstallationInput | CompleteInstallationInput | Unset = UNSET,
) -> MessageWithBench | WpError | None:
    """Finish the set-up wizard

     Ends FluentCRM's set-up wizard. Every choice is optional and `no` by default, and with none the call
    changes
    nothing. `install_fluentform=yes` and `install_fluentcart=yes` download and activate plugins from
    wordpress.org, `optin_email` sends that address to the plugin vendor, and `share_essentials=yes`
    stores the
    consent to share usage data. The answer is the same whatever happened.

    Args:
        body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional:
            with none, the call only answers. `install_fluentform` and
            `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address
            to the plugin vendor,
            and `share_essentials` stores the consent.
        body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional:
            with none, the call only answers. `install_fluentform` and
            `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address
            to the plugin vendor,
            and `share_essentials` stores the consent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
