from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_mock_response import EmailMockResponse
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/emails/template-mock".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailMockResponse | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = EmailMockResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = WpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WpError.from_dict(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> MessageError | WpError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_or_route_error_type_0 = MessageError.from_dict(data)

                return componentsschemas_message_or_route_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_message_or_route_error_type_1 = WpError.from_dict(data)

            return componentsschemas_message_or_route_error_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailMockResponse | MessageError | WpError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmailMockResponse | MessageError | WpError | WpError]:
    """Get a blank e-mail for a contact

     Returns the blank custom e-mail that FluentCRM's "send e-mail" editor starts from: empty subject and
    body, the
    `simple` design and its default template settings. It is the same for every contact; the contact is
    not looked
    up, so an unknown id gets the same answer. FluentCRM 2.9.84 crashes (500) on contact id `0`; the
    emulator
    answers 404 with the `Subscriber` model message.

    The prose documentation shows a mock without `id`, `status`, `template_id` or the UTM fields and
    with `mailer_settings`; the server sends those fields, the full `template_config`, no
    `mailer_settings`, and `__bench`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailMockResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> EmailMockResponse | MessageError | WpError | WpError | None:
    """Get a blank e-mail for a contact

     Returns the blank custom e-mail that FluentCRM's "send e-mail" editor starts from: empty subject and
    body, the
    `simple` design and its default template settings. It is the same for every contact; the contact is
    not looked
    up, so an unknown id gets the same answer. FluentCRM 2.9.84 crashes (500) on contact id `0`; the
    emulator
    answers 404 with the `Subscriber` model message.

    The prose documentation shows a mock without `id`, `status`, `template_id` or the UTM fields and
    with `mailer_settings`; the server sends those fields, the full `template_config`, no
    `mailer_settings`, and `__bench`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailMockResponse | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EmailMockResponse | MessageError | WpError | WpError]:
    """Get a blank e-mail for a contact

     Returns the blank custom e-mail that FluentCRM's "send e-mail" editor starts from: empty subject and
    body, the
    `simple` design and its default template settings. It is the same for every contact; the contact is
    not looked
    up, so an unknown id gets the same answer. FluentCRM 2.9.84 crashes (500) on contact id `0`; the
    emulator
    answers 404 with the `Subscriber` model message.

    The prose documentation shows a mock without `id`, `status`, `template_id` or the UTM fields and
    with `mailer_settings`; the server sends those fields, the full `template_config`, no
    `mailer_settings`, and `__bench`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailMockResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> EmailMockResponse | MessageError | WpError | WpError | None:
    """Get a blank e-mail for a contact

     Returns the blank custom e-mail that FluentCRM's "send e-mail" editor starts from: empty subject and
    body, the
    `simple` design and its default template settings. It is the same for every contact; the contact is
    not looked
    up, so an unknown id gets the same answer. FluentCRM 2.9.84 crashes (500) on contact id `0`; the
    emulator
    answers 404 with the `Subscriber` model message.

    The prose documentation shows a mock without `id`, `status`, `template_id` or the UTM fields and
    with `mailer_settings`; the server sends those fields, the full `template_config`, no
    `mailer_settings`, and `__bench`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailMockResponse | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
