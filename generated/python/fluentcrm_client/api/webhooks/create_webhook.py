from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_response_200 import CreateWebhookResponse200
from ...models.validation_errors import ValidationErrors
from ...models.webhook_create_input import WebhookCreateInput
from ...models.webhook_form_input import WebhookFormInput
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookCreateInput | WebhookFormInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
    }

    if isinstance(body, WebhookCreateInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, WebhookFormInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateWebhookResponse200 | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CreateWebhookResponse200.from_dict(response.json())

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
        response_422 = ValidationErrors.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateWebhookResponse200 | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreateInput | WebhookFormInput | Unset = UNSET,
) -> Response[CreateWebhookResponse200 | ValidationErrors | WpError]:
    """Create an incoming webhook

     Creates a webhook with a new UUID key and answers with its id, its settings, the full list and a
    message.
    `name` and `status` are required (422). The server stores **every request parameter** in the
    webhook's settings,
    including ones it does not know, and adds the `url` remote systems post contacts to. The answer is
    200.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (WebhookCreateInput): The settings of a new webhook; `name` and `status` are
            required.
        body (WebhookFormInput): `WebhookInput` as a PHP form body: arrays use bracket names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWebhookResponse200 | ValidationErrors | WpError]
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
    body: WebhookCreateInput | WebhookFormInput | Unset = UNSET,
) -> CreateWebhookResponse200 | ValidationErrors | WpError | None:
    """Create an incoming webhook

     Creates a webhook with a new UUID key and answers with its id, its settings, the full list and a
    message.
    `name` and `status` are required (422). The server stores **every request parameter** in the
    webhook's settings,
    including ones it does not know, and adds the `url` remote systems post contacts to. The answer is
    200.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (WebhookCreateInput): The settings of a new webhook; `name` and `status` are
            required.
        body (WebhookFormInput): `WebhookInput` as a PHP form body: arrays use bracket names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWebhookResponse200 | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreateInput | WebhookFormInput | Unset = UNSET,
) -> Response[CreateWebhookResponse200 | ValidationErrors | WpError]:
    """Create an incoming webhook

     Creates a webhook with a new UUID key and answers with its id, its settings, the full list and a
    message.
    `name` and `status` are required (422). The server stores **every request parameter** in the
    webhook's settings,
    including ones it does not know, and adds the `url` remote systems post contacts to. The answer is
    200.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (WebhookCreateInput): The settings of a new webhook; `name` and `status` are
            required.
        body (WebhookFormInput): `WebhookInput` as a PHP form body: arrays use bracket names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWebhookResponse200 | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookCreateInput | WebhookFormInput | Unset = UNSET,
) -> CreateWebhookResponse200 | ValidationErrors | WpError | None:
    """Create an incoming webhook

     Creates a webhook with a new UUID key and answers with its id, its settings, the full list and a
    message.
    `name` and `status` are required (422). The server stores **every request parameter** in the
    webhook's settings,
    including ones it does not know, and adds the `url` remote systems post contacts to. The answer is
    200.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (WebhookCreateInput): The settings of a new webhook; `name` and `status` are
            required.
        body (WebhookFormInput): `WebhookInput` as a PHP form body: arrays use bracket names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWebhookResponse200 | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
