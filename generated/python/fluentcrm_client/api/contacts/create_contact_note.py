from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.note_create_response import NoteCreateResponse
from ...models.note_write_request import NoteWriteRequest
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/{id}/notes".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, NoteWriteRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, NoteWriteRequest):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = NoteCreateResponse.from_dict(response.json())

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

    if response.status_code == 423:
        response_423 = MessageError.from_dict(response.json())

        return response_423

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError]:
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
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> Response[MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError]:
    """Add a note to a contact

     Stores a note on a contact. The fields go inside `note`, as JSON or as a form (`note[title]=...`);
    `title`,
    `description` and `type` are required (422 names each missing one) and `created_at` backdates the
    note. Smart
    codes in `description` (`{{contact.first_name}}`) are replaced with the contact's values before the
    note is
    stored. The answer returns the new note as it was written, with `subscriber_id` and `created_by` as
    integers
    (they are strings when the note is read back).

    FluentCRM 2.9.84 crashes (500) on a body without the `note` object (including a flat body with the
    fields at
    the top level) and on contact id `0`; the emulator answers 422 and 404. An unparsable `created_at`
    is a 423.

    The prose documentation describes a 422 with `message` and `errors` lists and a note without
    `created_by`; the
    server answers field errors keyed by rule and returns `created_by`, and it crashes on a flat body.

    Args:
        id (int):
        body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in
            `note`. FluentCRM reads nothing outside the
            wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.
        body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in
            `note`. FluentCRM reads nothing outside the
            wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError]
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
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError | None:
    """Add a note to a contact

     Stores a note on a contact. The fields go inside `note`, as JSON or as a form (`note[title]=...`);
    `title`,
    `description` and `type` are required (422 names each missing one) and `created_at` backdates the
    note. Smart
    codes in `description` (`{{contact.first_name}}`) are replaced with the contact's values before the
    note is
    stored. The answer returns the new note as it was written, with `subscriber_id` and `created_by` as
    integers
    (they are strings when the note is read back).

    FluentCRM 2.9.84 crashes (500) on a body without the `note` object (including a flat body with the
    fields at
    the top level) and on contact id `0`; the emulator answers 422 and 404. An unparsable `created_at`
    is a 423.

    The prose documentation describes a 422 with `message` and `errors` lists and a note without
    `created_by`; the
    server answers field errors keyed by rule and returns `created_by`, and it crashes on a flat body.

    Args:
        id (int):
        body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in
            `note`. FluentCRM reads nothing outside the
            wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.
        body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in
            `note`. FluentCRM reads nothing outside the
            wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError
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
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> Response[MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError]:
    """Add a note to a contact

     Stores a note on a contact. The fields go inside `note`, as JSON or as a form (`note[title]=...`);
    `title`,
    `description` and `type` are required (422 names each missing one) and `created_at` backdates the
    note. Smart
    codes in `description` (`{{contact.first_name}}`) are replaced with the contact's values before the
    note is
    stored. The answer returns the new note as it was written, with `subscriber_id` and `created_by` as
    integers
    (they are strings when the note is read back).

    FluentCRM 2.9.84 crashes (500) on a body without the `note` object (including a flat body with the
    fields at
    the top level) and on contact id `0`; the emulator answers 422 and 404. An unparsable `created_at`
    is a 423.

    The prose documentation describes a 422 with `message` and `errors` lists and a note without
    `created_by`; the
    server answers field errors keyed by rule and returns `created_by`, and it crashes on a flat body.

    Args:
        id (int):
        body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in
            `note`. FluentCRM reads nothing outside the
            wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.
        body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in
            `note`. FluentCRM reads nothing outside the
            wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError]
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
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError | None:
    """Add a note to a contact

     Stores a note on a contact. The fields go inside `note`, as JSON or as a form (`note[title]=...`);
    `title`,
    `description` and `type` are required (422 names each missing one) and `created_at` backdates the
    note. Smart
    codes in `description` (`{{contact.first_name}}`) are replaced with the contact's values before the
    note is
    stored. The answer returns the new note as it was written, with `subscriber_id` and `created_by` as
    integers
    (they are strings when the note is read back).

    FluentCRM 2.9.84 crashes (500) on a body without the `note` object (including a flat body with the
    fields at
    the top level) and on contact id `0`; the emulator answers 422 and 404. An unparsable `created_at`
    is a 423.

    The prose documentation describes a 422 with `message` and `errors` lists and a note without
    `created_by`; the
    server answers field errors keyed by rule and returns `created_by`, and it crashes on a flat body.

    Args:
        id (int):
        body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in
            `note`. FluentCRM reads nothing outside the
            wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.
        body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in
            `note`. FluentCRM reads nothing outside the
            wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | NoteCreateResponse | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
