from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bounce_event_item import BounceEventItem
from ...models.bounce_handled import BounceHandled
from ...models.bounce_rejected import BounceRejected
from ...models.mailgun_event import MailgunEvent
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    service_name: str,
    security_code: str,
    *,
    body: list[BounceEventItem] | MailgunEvent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/public/bounce_handler/{service_name}/handle/{security_code}".format(
            service_name=quote(str(service_name), safe=""),
            security_code=quote(str(security_code), safe=""),
        ),
    }

    if isinstance(body, MailgunEvent):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = []
        for componentsschemas_bounce_event_type_1_item_data in body:
            componentsschemas_bounce_event_type_1_item = componentsschemas_bounce_event_type_1_item_data.to_dict()
            _kwargs["json"].append(componentsschemas_bounce_event_type_1_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BounceHandled | BounceRejected | WpError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                return componentsschemas_bounce_response_bounce_rejected
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

            return componentsschemas_bounce_response_bounce_handled

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = WpError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = WpError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BounceHandled | BounceRejected | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_name: str,
    security_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[BounceEventItem] | MailgunEvent,
) -> Response[BounceHandled | BounceRejected | WpError]:
    """Receive a bounce webhook by PUT (with `/handle/`)

     Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PUT to the
    webhook URL form the settings page shows
    (the path with `/handle/`). WordPress sends every method of this route to the same handler, which
    reads
    the payload from the body and the query.

    There is no authentication: the `security_code` in the path is the only check, and every outcome is
    HTTP
    200 with the result in the body. With the right code, a known service's event changes the status of
    the
    contact with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being
    stored on
    the contact), or stores a new contact with that status when there is none.

    The prose documentation says: A wrong security code gives 401 with `{"status": false, "message":
    "Invalid
    Data or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose
    documentation
    says: `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean
    (`true` when
    a contact changed), `""` for an unknown service, and `__bench` is added.

    Args:
        service_name (str):
        security_code (str):
        body (list[BounceEventItem] | MailgunEvent): The e-mail service's webhook payload, as the
            service sends it. Mailgun sends an object with `event-data`
            (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and
            PepiPost send an array of
            events; the other services their own shapes. Anything else is accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BounceHandled | BounceRejected | WpError]
    """

    kwargs = _get_kwargs(
        service_name=service_name,
        security_code=security_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_name: str,
    security_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[BounceEventItem] | MailgunEvent,
) -> BounceHandled | BounceRejected | WpError | None:
    """Receive a bounce webhook by PUT (with `/handle/`)

     Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PUT to the
    webhook URL form the settings page shows
    (the path with `/handle/`). WordPress sends every method of this route to the same handler, which
    reads
    the payload from the body and the query.

    There is no authentication: the `security_code` in the path is the only check, and every outcome is
    HTTP
    200 with the result in the body. With the right code, a known service's event changes the status of
    the
    contact with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being
    stored on
    the contact), or stores a new contact with that status when there is none.

    The prose documentation says: A wrong security code gives 401 with `{"status": false, "message":
    "Invalid
    Data or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose
    documentation
    says: `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean
    (`true` when
    a contact changed), `""` for an unknown service, and `__bench` is added.

    Args:
        service_name (str):
        security_code (str):
        body (list[BounceEventItem] | MailgunEvent): The e-mail service's webhook payload, as the
            service sends it. Mailgun sends an object with `event-data`
            (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and
            PepiPost send an array of
            events; the other services their own shapes. Anything else is accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BounceHandled | BounceRejected | WpError
    """

    return sync_detailed(
        service_name=service_name,
        security_code=security_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_name: str,
    security_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[BounceEventItem] | MailgunEvent,
) -> Response[BounceHandled | BounceRejected | WpError]:
    """Receive a bounce webhook by PUT (with `/handle/`)

     Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PUT to the
    webhook URL form the settings page shows
    (the path with `/handle/`). WordPress sends every method of this route to the same handler, which
    reads
    the payload from the body and the query.

    There is no authentication: the `security_code` in the path is the only check, and every outcome is
    HTTP
    200 with the result in the body. With the right code, a known service's event changes the status of
    the
    contact with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being
    stored on
    the contact), or stores a new contact with that status when there is none.

    The prose documentation says: A wrong security code gives 401 with `{"status": false, "message":
    "Invalid
    Data or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose
    documentation
    says: `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean
    (`true` when
    a contact changed), `""` for an unknown service, and `__bench` is added.

    Args:
        service_name (str):
        security_code (str):
        body (list[BounceEventItem] | MailgunEvent): The e-mail service's webhook payload, as the
            service sends it. Mailgun sends an object with `event-data`
            (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and
            PepiPost send an array of
            events; the other services their own shapes. Anything else is accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BounceHandled | BounceRejected | WpError]
    """

    kwargs = _get_kwargs(
        service_name=service_name,
        security_code=security_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_name: str,
    security_code: str,
    *,
    client: AuthenticatedClient | Client,
    body: list[BounceEventItem] | MailgunEvent,
) -> BounceHandled | BounceRejected | WpError | None:
    """Receive a bounce webhook by PUT (with `/handle/`)

     Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PUT to the
    webhook URL form the settings page shows
    (the path with `/handle/`). WordPress sends every method of this route to the same handler, which
    reads
    the payload from the body and the query.

    There is no authentication: the `security_code` in the path is the only check, and every outcome is
    HTTP
    200 with the result in the body. With the right code, a known service's event changes the status of
    the
    contact with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being
    stored on
    the contact), or stores a new contact with that status when there is none.

    The prose documentation says: A wrong security code gives 401 with `{"status": false, "message":
    "Invalid
    Data or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose
    documentation
    says: `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean
    (`true` when
    a contact changed), `""` for an unknown service, and `__bench` is added.

    Args:
        service_name (str):
        security_code (str):
        body (list[BounceEventItem] | MailgunEvent): The e-mail service's webhook payload, as the
            service sends it. Mailgun sends an object with `event-data`
            (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and
            PepiPost send an array of
            events; the other services their own shapes. Anything else is accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BounceHandled | BounceRejected | WpError
    """

    return (
        await asyncio_detailed(
            service_name=service_name,
            security_code=security_code,
            client=client,
            body=body,
        )
    ).parsed
