from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.double_optin_save_input import DoubleOptinSaveInput
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: DoubleOptinSaveInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/setting/double-optin",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | ValidationErrors | MessageWithBench | WpError | None:
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

        def _parse_response_422(data: object) -> MessageError | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrors.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = MessageError.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | ValidationErrors | MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DoubleOptinSaveInput,
) -> Response[MessageError | ValidationErrors | MessageWithBench | WpError]:
    """Store the double opt-in settings

     Stores `settings` as sent, globally or with `list_id` for one list (plus that list's
    `global_double_optin`).
    `email_subject`, `email_body` and `after_confirm_message` are required (422 with one message per
    field), and
    the body must contain `#activate_link#` or `{{crm.activate_button` (422 otherwise). Settings stored
    for a list
    outlive the list.

    Without a `settings` object FluentCRM 2.9.84 crashes (500); the emulator answers 422 (`settings`
    required)
    instead.

    Args:
        body (DoubleOptinSaveInput): What `PUT /setting/double-optin` reads: the `settings`
            object, and optionally the list it belongs to. Without
            `settings` FluentCRM 2.9.84 crashes (500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | MessageWithBench | WpError]
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
    body: DoubleOptinSaveInput,
) -> MessageError | ValidationErrors | MessageWithBench | WpError | None:
    """Store the double opt-in settings

     Stores `settings` as sent, globally or with `list_id` for one list (plus that list's
    `global_double_optin`).
    `email_subject`, `email_body` and `after_confirm_message` are required (422 with one message per
    field), and
    the body must contain `#activate_link#` or `{{crm.activate_button` (422 otherwise). Settings stored
    for a list
    outlive the list.

    Without a `settings` object FluentCRM 2.9.84 crashes (500); the emulator answers 422 (`settings`
    required)
    instead.

    Args:
        body (DoubleOptinSaveInput): What `PUT /setting/double-optin` reads: the `settings`
            object, and optionally the list it belongs to. Without
            `settings` FluentCRM 2.9.84 crashes (500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DoubleOptinSaveInput,
) -> Response[MessageError | ValidationErrors | MessageWithBench | WpError]:
    """Store the double opt-in settings

     Stores `settings` as sent, globally or with `list_id` for one list (plus that list's
    `global_double_optin`).
    `email_subject`, `email_body` and `after_confirm_message` are required (422 with one message per
    field), and
    the body must contain `#activate_link#` or `{{crm.activate_button` (422 otherwise). Settings stored
    for a list
    outlive the list.

    Without a `settings` object FluentCRM 2.9.84 crashes (500); the emulator answers 422 (`settings`
    required)
    instead.

    Args:
        body (DoubleOptinSaveInput): What `PUT /setting/double-optin` reads: the `settings`
            object, and optionally the list it belongs to. Without
            `settings` FluentCRM 2.9.84 crashes (500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DoubleOptinSaveInput,
) -> MessageError | ValidationErrors | MessageWithBench | WpError | None:
    """Store the double opt-in settings

     Stores `settings` as sent, globally or with `list_id` for one list (plus that list's
    `global_double_optin`).
    `email_subject`, `email_body` and `after_confirm_message` are required (422 with one message per
    field), and
    the body must contain `#activate_link#` or `{{crm.activate_button` (422 otherwise). Settings stored
    for a list
    outlive the list.

    Without a `settings` object FluentCRM 2.9.84 crashes (500); the emulator answers 422 (`settings`
    required)
    instead.

    Args:
        body (DoubleOptinSaveInput): What `PUT /setting/double-optin` reads: the `settings`
            object, and optionally the list it belongs to. Without
            `settings` FluentCRM 2.9.84 crashes (500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
