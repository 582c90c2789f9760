from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.webhook_input import WebhookInput
from ...models.webhook_list_response import WebhookListResponse
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: WebhookInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/webhooks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | WpError | ValidationErrors | WebhookListResponse | WpError | None:
    if response.status_code == 200:
        response_200 = WebhookListResponse.from_dict(response.json())

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

    if response.status_code == 404:

        def _parse_response_404(data: object) -> MessageError | WpError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = MessageError.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = WpError.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationErrors.from_dict(response.json())

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
) -> Response[MessageError | WpError | ValidationErrors | WebhookListResponse | WpError]:
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
    body: WebhookInput,
) -> Response[MessageError | WpError | ValidationErrors | WebhookListResponse | WpError]:
    """Update an incoming webhook

     Merges the request into the webhook's settings and answers with every webhook.

    **Data-loss hazard:** this is not a partial update. `name`, `status` and unknown keys are merged,
    but `lists`,
    `tags` and `companies` are replaced by what the request holds and **reset to `[]` when omitted**, so
    a request
    that only renames the webhook silently drops its lists and tags. Always send the webhook's current
    `lists`,
    `tags` and `companies` (read them from `GET /webhooks`) together with the change. `id` and `url` in
    the body are
    ignored.

    For an id with no webhook FluentCRM 2.9.84 crashes (500); the emulator answers 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (WebhookInput): The settings of an incoming webhook. `name` and `status` are required
            on create. On update, `lists`, `tags` and
            `companies` are **reset to empty when omitted**, so always send all three.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | ValidationErrors | WebhookListResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookInput,
) -> MessageError | WpError | ValidationErrors | WebhookListResponse | WpError | None:
    """Update an incoming webhook

     Merges the request into the webhook's settings and answers with every webhook.

    **Data-loss hazard:** this is not a partial update. `name`, `status` and unknown keys are merged,
    but `lists`,
    `tags` and `companies` are replaced by what the request holds and **reset to `[]` when omitted**, so
    a request
    that only renames the webhook silently drops its lists and tags. Always send the webhook's current
    `lists`,
    `tags` and `companies` (read them from `GET /webhooks`) together with the change. `id` and `url` in
    the body are
    ignored.

    For an id with no webhook FluentCRM 2.9.84 crashes (500); the emulator answers 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (WebhookInput): The settings of an incoming webhook. `name` and `status` are required
            on create. On update, `lists`, `tags` and
            `companies` are **reset to empty when omitted**, so always send all three.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | ValidationErrors | WebhookListResponse | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookInput,
) -> Response[MessageError | WpError | ValidationErrors | WebhookListResponse | WpError]:
    """Update an incoming webhook

     Merges the request into the webhook's settings and answers with every webhook.

    **Data-loss hazard:** this is not a partial update. `name`, `status` and unknown keys are merged,
    but `lists`,
    `tags` and `companies` are replaced by what the request holds and **reset to `[]` when omitted**, so
    a request
    that only renames the webhook silently drops its lists and tags. Always send the webhook's current
    `lists`,
    `tags` and `companies` (read them from `GET /webhooks`) together with the change. `id` and `url` in
    the body are
    ignored.

    For an id with no webhook FluentCRM 2.9.84 crashes (500); the emulator answers 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (WebhookInput): The settings of an incoming webhook. `name` and `status` are required
            on create. On update, `lists`, `tags` and
            `companies` are **reset to empty when omitted**, so always send all three.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | ValidationErrors | WebhookListResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookInput,
) -> MessageError | WpError | ValidationErrors | WebhookListResponse | WpError | None:
    """Update an incoming webhook

     Merges the request into the webhook's settings and answers with every webhook.

    **Data-loss hazard:** this is not a partial update. `name`, `status` and unknown keys are merged,
    but `lists`,
    `tags` and `companies` are replaced by what the request holds and **reset to `[]` when omitted**, so
    a request
    that only renames the webhook silently drops its lists and tags. Always send the webhook's current
    `lists`,
    `tags` and `companies` (read them from `GET /webhooks`) together with the change. `id` and `url` in
    the body are
    ignored.

    For an id with no webhook FluentCRM 2.9.84 crashes (500); the emulator answers 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (WebhookInput): The settings of an incoming webhook. `name` and `status` are required
            on create. On update, `lists`, `tags` and
            `companies` are **reset to empty when omitted**, so always send all three.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | ValidationErrors | WebhookListResponse | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
