from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.sync_segments_form import SyncSegmentsForm
from ...models.sync_segments_input import SyncSegmentsInput
from ...models.sync_segments_response import SyncSegmentsResponse
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SyncSegmentsInput | SyncSegmentsForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/sync-segments",
    }

    if isinstance(body, SyncSegmentsInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, SyncSegmentsForm):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = SyncSegmentsResponse.from_dict(response.json())

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
) -> Response[MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SyncSegmentsInput | SyncSegmentsForm | Unset = UNSET,
) -> Response[MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError]:
    """Attach and detach tags or lists on several contacts

     Attaches the tags (or lists, with `type: lists`) named in `attach` to every contact in `subscribers`
    and
    detaches those in `detach`. Tags and lists are named by slug, or by id with `find_by: id`; names
    that match
    nothing are skipped, and so are contacts that do not exist. The answer holds the changed contacts
    with all
    their tags and lists; its message says "subscriber." for one contact and "subscribers." for several.

    FluentCRM 2.9.84 crashes (500) when `subscribers` is missing or not a list, and when a listed
    contact does not
    exist while a tag or list was found to attach or detach; the emulator answers 422 for the first and
    404 (the
    `Subscriber` model message) for the second.

    The prose documentation shows short contacts; the server returns whole contacts with pivot data, and
    crashes
    without `subscribers`.

    Args:
        body (SyncSegmentsInput): Tags or lists to attach to and detach from several contacts.
            `attach` and `detach` name the tags (or lists) by
            slug, or by id with `find_by: id`; names that match nothing are skipped. Without
            `subscribers` FluentCRM 2.9.84
            crashes with 500.
        body (SyncSegmentsForm): `SyncSegmentsInput` as a PHP form: the lists are sent as
            `subscribers[]=`, `attach[]=` and `detach[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError]
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
    body: SyncSegmentsInput | SyncSegmentsForm | Unset = UNSET,
) -> MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError | None:
    """Attach and detach tags or lists on several contacts

     Attaches the tags (or lists, with `type: lists`) named in `attach` to every contact in `subscribers`
    and
    detaches those in `detach`. Tags and lists are named by slug, or by id with `find_by: id`; names
    that match
    nothing are skipped, and so are contacts that do not exist. The answer holds the changed contacts
    with all
    their tags and lists; its message says "subscriber." for one contact and "subscribers." for several.

    FluentCRM 2.9.84 crashes (500) when `subscribers` is missing or not a list, and when a listed
    contact does not
    exist while a tag or list was found to attach or detach; the emulator answers 422 for the first and
    404 (the
    `Subscriber` model message) for the second.

    The prose documentation shows short contacts; the server returns whole contacts with pivot data, and
    crashes
    without `subscribers`.

    Args:
        body (SyncSegmentsInput): Tags or lists to attach to and detach from several contacts.
            `attach` and `detach` name the tags (or lists) by
            slug, or by id with `find_by: id`; names that match nothing are skipped. Without
            `subscribers` FluentCRM 2.9.84
            crashes with 500.
        body (SyncSegmentsForm): `SyncSegmentsInput` as a PHP form: the lists are sent as
            `subscribers[]=`, `attach[]=` and `detach[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SyncSegmentsInput | SyncSegmentsForm | Unset = UNSET,
) -> Response[MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError]:
    """Attach and detach tags or lists on several contacts

     Attaches the tags (or lists, with `type: lists`) named in `attach` to every contact in `subscribers`
    and
    detaches those in `detach`. Tags and lists are named by slug, or by id with `find_by: id`; names
    that match
    nothing are skipped, and so are contacts that do not exist. The answer holds the changed contacts
    with all
    their tags and lists; its message says "subscriber." for one contact and "subscribers." for several.

    FluentCRM 2.9.84 crashes (500) when `subscribers` is missing or not a list, and when a listed
    contact does not
    exist while a tag or list was found to attach or detach; the emulator answers 422 for the first and
    404 (the
    `Subscriber` model message) for the second.

    The prose documentation shows short contacts; the server returns whole contacts with pivot data, and
    crashes
    without `subscribers`.

    Args:
        body (SyncSegmentsInput): Tags or lists to attach to and detach from several contacts.
            `attach` and `detach` name the tags (or lists) by
            slug, or by id with `find_by: id`; names that match nothing are skipped. Without
            `subscribers` FluentCRM 2.9.84
            crashes with 500.
        body (SyncSegmentsForm): `SyncSegmentsInput` as a PHP form: the lists are sent as
            `subscribers[]=`, `attach[]=` and `detach[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SyncSegmentsInput | SyncSegmentsForm | Unset = UNSET,
) -> MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError | None:
    """Attach and detach tags or lists on several contacts

     Attaches the tags (or lists, with `type: lists`) named in `attach` to every contact in `subscribers`
    and
    detaches those in `detach`. Tags and lists are named by slug, or by id with `find_by: id`; names
    that match
    nothing are skipped, and so are contacts that do not exist. The answer holds the changed contacts
    with all
    their tags and lists; its message says "subscriber." for one contact and "subscribers." for several.

    FluentCRM 2.9.84 crashes (500) when `subscribers` is missing or not a list, and when a listed
    contact does not
    exist while a tag or list was found to attach or detach; the emulator answers 422 for the first and
    404 (the
    `Subscriber` model message) for the second.

    The prose documentation shows short contacts; the server returns whole contacts with pivot data, and
    crashes
    without `subscribers`.

    Args:
        body (SyncSegmentsInput): Tags or lists to attach to and detach from several contacts.
            `attach` and `detach` name the tags (or lists) by
            slug, or by id with `find_by: id`; names that match nothing are skipped. Without
            `subscribers` FluentCRM 2.9.84
            crashes with 500.
        body (SyncSegmentsForm): `SyncSegmentsInput` as a PHP form: the lists are sent as
            `subscribers[]=`, `attach[]=` and `detach[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | SyncSegmentsResponse | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
