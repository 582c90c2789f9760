from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_note_input import CompanyNoteInput
from ...models.company_note_update_response import CompanyNoteUpdateResponse
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    note_id: int,
    *,
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/{id}/notes/{note_id}".format(
            id=quote(str(id), safe=""),
            note_id=quote(str(note_id), safe=""),
        ),
    }

    if isinstance(body, CompanyNoteInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CompanyNoteInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyNoteUpdateResponse.from_dict(response.json())

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
) -> Response[CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError]:
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
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> Response[CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError]:
    """Update a company note

     Replaces the title, description, type and (when sent) `created_at` of a note. The company must exist
    (404
    `Company`) and so must the note (404 `CompanyNote`); the note is found by its id alone. The answer
    holds the
    note as stored, its numeric columns as strings.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        note_id (int):
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError]
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
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError | None:
    """Update a company note

     Replaces the title, description, type and (when sent) `created_at` of a note. The company must exist
    (404
    `Company`) and so must the note (404 `CompanyNote`); the note is found by its id alone. The answer
    holds the
    note as stored, its numeric columns as strings.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        note_id (int):
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError
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
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> Response[CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError]:
    """Update a company note

     Replaces the title, description, type and (when sent) `created_at` of a note. The company must exist
    (404
    `Company`) and so must the note (404 `CompanyNote`); the note is found by its id alone. The answer
    holds the
    note as stored, its numeric columns as strings.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        note_id (int):
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError]
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
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError | None:
    """Update a company note

     Replaces the title, description, type and (when sent) `created_at` of a note. The company must exist
    (404
    `Company`) and so must the note (404 `CompanyNote`); the note is found by its id alone. The answer
    holds the
    note as stored, its numeric columns as strings.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        note_id (int):
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyNoteUpdateResponse | MessageError | WpError | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            note_id=note_id,
            client=client,
            body=body,
        )
    ).parsed
