from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.tracking_disabled_error import TrackingDisabledError
from ...models.tracking_events_response import TrackingEventsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/tracking-events".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = TrackingEventsResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = TrackingDisabledError.from_dict(response.json())

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
) -> Response[MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError]:
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
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError]:
    """List a contact's tracked events

     Returns the custom events recorded for a contact (see `trackContactEvent`), newest first, 15 to a
    page. Event
    tracking is an experimental feature that is off by default; while it is off, every call answers 422
    with
    `error_code: not_enabled`, before the contact is looked up. With it on, a contact that does not
    exist gives 404.
    FluentCRM 2.9.84 crashes (500) on id `0`; the emulator answers like a missing contact.

    The prose documentation shows integer `subscriber_id` and `counter` and a `null` provider; the
    server sends numeric strings and `created_by`.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError | None:
    """List a contact's tracked events

     Returns the custom events recorded for a contact (see `trackContactEvent`), newest first, 15 to a
    page. Event
    tracking is an experimental feature that is off by default; while it is off, every call answers 422
    with
    `error_code: not_enabled`, before the contact is looked up. With it on, a contact that does not
    exist gives 404.
    FluentCRM 2.9.84 crashes (500) on id `0`; the emulator answers like a missing contact.

    The prose documentation shows integer `subscriber_id` and `counter` and a `null` provider; the
    server sends numeric strings and `created_by`.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError]:
    """List a contact's tracked events

     Returns the custom events recorded for a contact (see `trackContactEvent`), newest first, 15 to a
    page. Event
    tracking is an experimental feature that is off by default; while it is off, every call answers 422
    with
    `error_code: not_enabled`, before the contact is looked up. With it on, a contact that does not
    exist gives 404.
    FluentCRM 2.9.84 crashes (500) on id `0`; the emulator answers like a missing contact.

    The prose documentation shows integer `subscriber_id` and `counter` and a `null` provider; the
    server sends numeric strings and `created_by`.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError | None:
    """List a contact's tracked events

     Returns the custom events recorded for a contact (see `trackContactEvent`), newest first, 15 to a
    page. Event
    tracking is an experimental feature that is off by default; while it is off, every call answers 422
    with
    `error_code: not_enabled`, before the contact is looked up. With it on, a contact that does not
    exist gives 404.
    FluentCRM 2.9.84 crashes (500) on id `0`; the emulator answers like a missing contact.

    The prose documentation shows integer `subscriber_id` and `counter` and a `null` provider; the
    server sends numeric strings and `created_by`.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | TrackingDisabledError | TrackingEventsResponse | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
