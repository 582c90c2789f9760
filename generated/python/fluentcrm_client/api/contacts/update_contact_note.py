from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.note_update_response import NoteUpdateResponse
from ...models.note_write_request import NoteWriteRequest
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    note_id: int,
    *,
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscribers/{id}/notes/{note_id}".format(
            id=quote(str(id), safe=""),
            note_id=quote(str(note_id), safe=""),
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
) -> MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = NoteUpdateResponse.from_dict(response.json())

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
) -> Response[MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    note_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> Response[MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError]:
    """Change a contact's note

     Replaces the title, description and type of a note (all three are required again, inside `note`;
    JSON or form)
    and, when given, its `created_at`. Smart codes in `description` are resolved as on create. The
    answer holds the
    whole stored row, with the numeric columns as strings.

    The contact must exist (404 otherwise), but the note is looked up by its id alone: FluentCRM 2.9.84
    changes a
    note of another contact just the same, and crashes (500) when no note has the id, when either id is
    `0`, or when
    the body has no `note` object. The emulator answers those with 404 and 422; it also only changes
    notes of the
    contact in the path.

    The prose documentation shows an integer `subscriber_id` and a 422 with `message` and `errors`; the
    server
    returns the stored row with numeric strings, answers field errors keyed by rule, and crashes for an
    unknown
    note.

    Args:
        id (int):
        note_id (int):
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
        Response[MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        note_id=note_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    note_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError | None:
    """Change a contact's note

     Replaces the title, description and type of a note (all three are required again, inside `note`;
    JSON or form)
    and, when given, its `created_at`. Smart codes in `description` are resolved as on create. The
    answer holds the
    whole stored row, with the numeric columns as strings.

    The contact must exist (404 otherwise), but the note is looked up by its id alone: FluentCRM 2.9.84
    changes a
    note of another contact just the same, and crashes (500) when no note has the id, when either id is
    `0`, or when
    the body has no `note` object. The emulator answers those with 404 and 422; it also only changes
    notes of the
    contact in the path.

    The prose documentation shows an integer `subscriber_id` and a 422 with `message` and `errors`; the
    server
    returns the stored row with numeric strings, answers field errors keyed by rule, and crashes for an
    unknown
    note.

    Args:
        id (int):
        note_id (int):
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
        MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError
    """

    return sync_detailed(
        id=id,
        note_id=note_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    note_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> Response[MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError]:
    """Change a contact's note

     Replaces the title, description and type of a note (all three are required again, inside `note`;
    JSON or form)
    and, when given, its `created_at`. Smart codes in `description` are resolved as on create. The
    answer holds the
    whole stored row, with the numeric columns as strings.

    The contact must exist (404 otherwise), but the note is looked up by its id alone: FluentCRM 2.9.84
    changes a
    note of another contact just the same, and crashes (500) when no note has the id, when either id is
    `0`, or when
    the body has no `note` object. The emulator answers those with 404 and 422; it also only changes
    notes of the
    contact in the path.

    The prose documentation shows an integer `subscriber_id` and a 422 with `message` and `errors`; the
    server
    returns the stored row with numeric strings, answers field errors keyed by rule, and crashes for an
    unknown
    note.

    Args:
        id (int):
        note_id (int):
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
        Response[MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        note_id=note_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    note_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
) -> MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError | None:
    """Change a contact's note

     Replaces the title, description and type of a note (all three are required again, inside `note`;
    JSON or form)
    and, when given, its `created_at`. Smart codes in `description` are resolved as on create. The
    answer holds the
    whole stored row, with the numeric columns as strings.

    The contact must exist (404 otherwise), but the note is looked up by its id alone: FluentCRM 2.9.84
    changes a
    note of another contact just the same, and crashes (500) when no note has the id, when either id is
    `0`, or when
    the body has no `note` object. The emulator answers those with 404 and 422; it also only changes
    notes of the
    contact in the path.

    The prose documentation shows an integer `subscriber_id` and a 422 with `message` and `errors`; the
    server
    returns the stored row with numeric strings, answers field errors keyed by rule, and crashes for an
    unknown
    note.

    Args:
        id (int):
        note_id (int):
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
        MessageError | MessageError | WpError | NoteUpdateResponse | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            note_id=note_id,
            client=client,
            body=body,
        )
    ).parsed
