from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.send_funnel_test_webhook_body import SendFunnelTestWebhookBody
from ...models.send_funnel_test_webhook_response_200 import SendFunnelTestWebhookResponse200
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: SendFunnelTestWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnels/send-test-webhook",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = SendFunnelTestWebhookResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendFunnelTestWebhookBody,
) -> Response[MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError]:
    """Send a test request for an outgoing-webhook step

     Makes the server call `data.remote_url` once with the data of a contact (the current user's contact,
    or any
    subscribed one), the way an outgoing-webhook step would. **The request leaves the server**: never
    point it at an
    address you do not own. `data.remote_url` is required and must be a URL (422). When the call fails
    the answer is
    422 "Test Webhook failed to send"; without any subscribed contact it is 422 as well. The emulator
    never sends
    anything and always answers as if the call had failed.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (SendFunnelTestWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError]
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
    body: SendFunnelTestWebhookBody,
) -> MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError | None:
    """Send a test request for an outgoing-webhook step

     Makes the server call `data.remote_url` once with the data of a contact (the current user's contact,
    or any
    subscribed one), the way an outgoing-webhook step would. **The request leaves the server**: never
    point it at an
    address you do not own. `data.remote_url` is required and must be a URL (422). When the call fails
    the answer is
    422 "Test Webhook failed to send"; without any subscribed contact it is 422 as well. The emulator
    never sends
    anything and always answers as if the call had failed.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (SendFunnelTestWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendFunnelTestWebhookBody,
) -> Response[MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError]:
    """Send a test request for an outgoing-webhook step

     Makes the server call `data.remote_url` once with the data of a contact (the current user's contact,
    or any
    subscribed one), the way an outgoing-webhook step would. **The request leaves the server**: never
    point it at an
    address you do not own. `data.remote_url` is required and must be a URL (422). When the call fails
    the answer is
    422 "Test Webhook failed to send"; without any subscribed contact it is 422 as well. The emulator
    never sends
    anything and always answers as if the call had failed.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (SendFunnelTestWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendFunnelTestWebhookBody,
) -> MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError | None:
    """Send a test request for an outgoing-webhook step

     Makes the server call `data.remote_url` once with the data of a contact (the current user's contact,
    or any
    subscribed one), the way an outgoing-webhook step would. **The request leaves the server**: never
    point it at an
    address you do not own. `data.remote_url` is required and must be a URL (422). When the call fails
    the answer is
    422 "Test Webhook failed to send"; without any subscribed contact it is 422 as well. The emulator
    never sends
    anything and always answers as if the call had failed.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (SendFunnelTestWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | SendFunnelTestWebhookResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
