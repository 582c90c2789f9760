from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.track_event_input import TrackEventInput
from ...models.track_event_response import TrackEventResponse
from ...models.tracking_disabled_error import TrackingDisabledError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TrackEventInput | TrackEventInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/track-event",
    }

    if isinstance(body, TrackEventInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, TrackEventInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = TrackEventResponse.from_dict(response.json())

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
        response_404 = WpError.from_dict(response.json())

        return response_404

    if response.status_code == 422:

        def _parse_response_422(data: object) -> TrackingDisabledError | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrors.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = TrackingDisabledError.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrackEventInput | TrackEventInput | Unset = UNSET,
) -> Response[TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError]:
    """Record a custom event for a contact

     Records an event (`event_key`, `title`, optional `value`) for the contact with this `email` (or
    `subscriber_id`). Tracking the same key again for the same contact updates the stored row: same
    `id`, a higher
    counter and the new value. `event_key` and `title` are required (field errors), and they are checked
    first.
    Event tracking is an experimental feature that is off by default; while it is off, every valid
    request answers
    422 with `error_code: not_enabled`. A contact that cannot be found gives 422 `subscriber_not_found`.

    The prose documentation lists the body fields; the server answers 422 field errors first, and
    `not_enabled` while event tracking is off.

    Args:
        body (TrackEventInput): An event to record for the contact with this `email` (or
            `subscriber_id`). `event_key` and `title` are required.
            With `repeatable` left at its default, an event with a key the contact already has updates
            that row.
        body (TrackEventInput): An event to record for the contact with this `email` (or
            `subscriber_id`). `event_key` and `title` are required.
            With `repeatable` left at its default, an event with a key the contact already has updates
            that row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError]
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
    body: TrackEventInput | TrackEventInput | Unset = UNSET,
) -> TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError | None:
    """Record a custom event for a contact

     Records an event (`event_key`, `title`, optional `value`) for the contact with this `email` (or
    `subscriber_id`). Tracking the same key again for the same contact updates the stored row: same
    `id`, a higher
    counter and the new value. `event_key` and `title` are required (field errors), and they are checked
    first.
    Event tracking is an experimental feature that is off by default; while it is off, every valid
    request answers
    422 with `error_code: not_enabled`. A contact that cannot be found gives 422 `subscriber_not_found`.

    The prose documentation lists the body fields; the server answers 422 field errors first, and
    `not_enabled` while event tracking is off.

    Args:
        body (TrackEventInput): An event to record for the contact with this `email` (or
            `subscriber_id`). `event_key` and `title` are required.
            With `repeatable` left at its default, an event with a key the contact already has updates
            that row.
        body (TrackEventInput): An event to record for the contact with this `email` (or
            `subscriber_id`). `event_key` and `title` are required.
            With `repeatable` left at its default, an event with a key the contact already has updates
            that row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrackEventInput | TrackEventInput | Unset = UNSET,
) -> Response[TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError]:
    """Record a custom event for a contact

     Records an event (`event_key`, `title`, optional `value`) for the contact with this `email` (or
    `subscriber_id`). Tracking the same key again for the same contact updates the stored row: same
    `id`, a higher
    counter and the new value. `event_key` and `title` are required (field errors), and they are checked
    first.
    Event tracking is an experimental feature that is off by default; while it is off, every valid
    request answers
    422 with `error_code: not_enabled`. A contact that cannot be found gives 422 `subscriber_not_found`.

    The prose documentation lists the body fields; the server answers 422 field errors first, and
    `not_enabled` while event tracking is off.

    Args:
        body (TrackEventInput): An event to record for the contact with this `email` (or
            `subscriber_id`). `event_key` and `title` are required.
            With `repeatable` left at its default, an event with a key the contact already has updates
            that row.
        body (TrackEventInput): An event to record for the contact with this `email` (or
            `subscriber_id`). `event_key` and `title` are required.
            With `repeatable` left at its default, an event with a key the contact already has updates
            that row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrackEventInput | TrackEventInput | Unset = UNSET,
) -> TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError | None:
    """Record a custom event for a contact

     Records an event (`event_key`, `title`, optional `value`) for the contact with this `email` (or
    `subscriber_id`). Tracking the same key again for the same contact updates the stored row: same
    `id`, a higher
    counter and the new value. `event_key` and `title` are required (field errors), and they are checked
    first.
    Event tracking is an experimental feature that is off by default; while it is off, every valid
    request answers
    422 with `error_code: not_enabled`. A contact that cannot be found gives 422 `subscriber_not_found`.

    The prose documentation lists the body fields; the server answers 422 field errors first, and
    `not_enabled` while event tracking is off.

    Args:
        body (TrackEventInput): An event to record for the contact with this `email` (or
            `subscriber_id`). `event_key` and `title` are required.
            With `repeatable` left at its default, an event with a key the contact already has updates
            that row.
        body (TrackEventInput): An event to record for the contact with this `email` (or
            `subscriber_id`). `event_key` and `title` are required.
            With `repeatable` left at its default, an event with a key the contact already has updates
            that row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrackEventResponse | TrackingDisabledError | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
