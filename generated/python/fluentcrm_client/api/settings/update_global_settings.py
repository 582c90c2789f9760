from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_settings_input import GlobalSettingsInput
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GlobalSettingsInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/setting",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageWithBench | WpError | None:
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

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalSettingsInput | Unset = UNSET,
) -> Response[MessageError | MessageWithBench | WpError]:
    """Merge entries into the global settings

     Stores each entry of `settings` under its name in the global settings option, replacing that entry
    as a whole
    and keeping the others. Nothing is checked except that an `email_settings.email_footer` must contain
    `##crm.unsubscribe_url##` or `##crm.manage_subscription_url##` (422 otherwise, and nothing is
    stored). A body
    without `settings` stores nothing and still answers `Settings Updated`; a `settings` that is a
    string is stored
    under the entry name `0`.

    Args:
        body (GlobalSettingsInput | Unset): Entries to merge into the global settings option. Each
            key of `settings` replaces the stored entry of that name
            as a whole; keys not sent stay as they are. An `email_settings.email_footer` without an
            unsubscribe or
            subscription-management link is refused with 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageWithBench | WpError]
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
    body: GlobalSettingsInput | Unset = UNSET,
) -> MessageError | MessageWithBench | WpError | None:
    """Merge entries into the global settings

     Stores each entry of `settings` under its name in the global settings option, replacing that entry
    as a whole
    and keeping the others. Nothing is checked except that an `email_settings.email_footer` must contain
    `##crm.unsubscribe_url##` or `##crm.manage_subscription_url##` (422 otherwise, and nothing is
    stored). A body
    without `settings` stores nothing and still answers `Settings Updated`; a `settings` that is a
    string is stored
    under the entry name `0`.

    Args:
        body (GlobalSettingsInput | Unset): Entries to merge into the global settings option. Each
            key of `settings` replaces the stored entry of that name
            as a whole; keys not sent stay as they are. An `email_settings.email_footer` without an
            unsubscribe or
            subscription-management link is refused with 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalSettingsInput | Unset = UNSET,
) -> Response[MessageError | MessageWithBench | WpError]:
    """Merge entries into the global settings

     Stores each entry of `settings` under its name in the global settings option, replacing that entry
    as a whole
    and keeping the others. Nothing is checked except that an `email_settings.email_footer` must contain
    `##crm.unsubscribe_url##` or `##crm.manage_subscription_url##` (422 otherwise, and nothing is
    stored). A body
    without `settings` stores nothing and still answers `Settings Updated`; a `settings` that is a
    string is stored
    under the entry name `0`.

    Args:
        body (GlobalSettingsInput | Unset): Entries to merge into the global settings option. Each
            key of `settings` replaces the stored entry of that name
            as a whole; keys not sent stay as they are. An `email_settings.email_footer` without an
            unsubscribe or
            subscription-management link is refused with 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GlobalSettingsInput | Unset = UNSET,
) -> MessageError | MessageWithBench | WpError | None:
    """Merge entries into the global settings

     Stores each entry of `settings` under its name in the global settings option, replacing that entry
    as a whole
    and keeping the others. Nothing is checked except that an `email_settings.email_footer` must contain
    `##crm.unsubscribe_url##` or `##crm.manage_subscription_url##` (422 otherwise, and nothing is
    stored). A body
    without `settings` stores nothing and still answers `Settings Updated`; a `settings` that is a
    string is stored
    under the entry name `0`.

    Args:
        body (GlobalSettingsInput | Unset): Entries to merge into the global settings option. Each
            key of `settings` replaces the stored entry of that name
            as a whole; keys not sent stay as they are. An `email_settings.email_footer` without an
            unsubscribe or
            subscription-management link is refused with 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
