from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_note_create_response import CompanyNoteCreateResponse
from ...models.company_note_input import CompanyNoteInput
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/{id}/notes".format(
            id=quote(str(id), safe=""),
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
) -> CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyNoteCreateResponse.from_dict(response.json())

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
) -> Response[CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError]:
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
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> Response[CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError]:
    """Add a note to a company

     Adds a note, sent wrapped in `note` with `title`, `description` (HTML) and `type` (all required) and
    an optional
    `created_at`. The answer echoes the stored note with integer `subscriber_id` (the company id) and
    `created_by`.
    An unknown company gives 404; a body without `note` makes FluentCRM 2.9.84 crash.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError]
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
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError | None:
    """Add a note to a company

     Adds a note, sent wrapped in `note` with `title`, `description` (HTML) and `type` (all required) and
    an optional
    `created_at`. The answer echoes the stored note with integer `subscriber_id` (the company id) and
    `created_by`.
    An unknown company gives 404; a body without `note` makes FluentCRM 2.9.84 crash.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError
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
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> Response[CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError]:
    """Add a note to a company

     Adds a note, sent wrapped in `note` with `title`, `description` (HTML) and `type` (all required) and
    an optional
    `created_at`. The answer echoes the stored note with integer `subscriber_id` (the company id) and
    `created_by`.
    An unknown company gives 404; a body without `note` makes FluentCRM 2.9.84 crash.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError]
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
    body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
) -> CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError | None:
    """Add a note to a company

     Adds a note, sent wrapped in `note` with `title`, `description` (HTML) and `type` (all required) and
    an optional
    `created_at`. The answer echoes the stored note with integer `subscriber_id` (the company id) and
    `created_by`.
    An unknown company gives 404; a body without `note` makes FluentCRM 2.9.84 crash.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.
        body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and
            `type` are required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyNoteCreateResponse | MessageError | WpError | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
