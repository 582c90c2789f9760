from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_create_response import CompanyCreateResponse
from ...models.company_input import CompanyInput
from ...models.company_update_response import CompanyUpdateResponse
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, CompanyInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CompanyInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompanyCreateResponse
    | CompanyUpdateResponse
    | MessageError
    | ValidationErrors
    | MessageError
    | WpError
    | WpError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CompanyCreateResponse | CompanyUpdateResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CompanyUpdateResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CompanyCreateResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[
    CompanyCreateResponse | CompanyUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
]:
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
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> Response[
    CompanyCreateResponse | CompanyUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
]:
    """Update a company

     Writes the fields that are sent (a flat body, JSON or form) to the company named by the id; fields
    left out
    keep their values. `name` is required, and may be changed as long as no other company has it. The
    answer holds
    the whole row; fields that were sent keep the type PHP received, so `owner_id` and
    `employees_number` come back
    as integers when sent and as strings otherwise.

    With the id 0 the operation creates a company instead and answers like `POST /companies`.

    The prose documentation names the route only.

    Args:
        id (int):
        body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a
            form. `name` is required and must be unique.
            Only the fields that are sent are written. The URL fields must be URLs; one sent without a
            scheme gets
            `https://` first. `intended_contact_id` is not a column: on create, it attaches that
            contact to the new company
            (and makes it the contact's primary company when the contact has none).
        body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a
            form. `name` is required and must be unique.
            Only the fields that are sent are written. The URL fields must be URLs; one sent without a
            scheme gets
            `https://` first. `intended_contact_id` is not a column: on create, it attaches that
            contact to the new company
            (and makes it the contact's primary company when the contact has none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCreateResponse | CompanyUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]
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
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> (
    CompanyCreateResponse
    | CompanyUpdateResponse
    | MessageError
    | ValidationErrors
    | MessageError
    | WpError
    | WpError
    | None
):
    """Update a company

     Writes the fields that are sent (a flat body, JSON or form) to the company named by the id; fields
    left out
    keep their values. `name` is required, and may be changed as long as no other company has it. The
    answer holds
    the whole row; fields that were sent keep the type PHP received, so `owner_id` and
    `employees_number` come back
    as integers when sent and as strings otherwise.

    With the id 0 the operation creates a company instead and answers like `POST /companies`.

    The prose documentation names the route only.

    Args:
        id (int):
        body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a
            form. `name` is required and must be unique.
            Only the fields that are sent are written. The URL fields must be URLs; one sent without a
            scheme gets
            `https://` first. `intended_contact_id` is not a column: on create, it attaches that
            contact to the new company
            (and makes it the contact's primary company when the contact has none).
        body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a
            form. `name` is required and must be unique.
            Only the fields that are sent are written. The URL fields must be URLs; one sent without a
            scheme gets
            `https://` first. `intended_contact_id` is not a column: on create, it attaches that
            contact to the new company
            (and makes it the contact's primary company when the contact has none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCreateResponse | CompanyUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
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
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> Response[
    CompanyCreateResponse | CompanyUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
]:
    """Update a company

     Writes the fields that are sent (a flat body, JSON or form) to the company named by the id; fields
    left out
    keep their values. `name` is required, and may be changed as long as no other company has it. The
    answer holds
    the whole row; fields that were sent keep the type PHP received, so `owner_id` and
    `employees_number` come back
    as integers when sent and as strings otherwise.

    With the id 0 the operation creates a company instead and answers like `POST /companies`.

    The prose documentation names the route only.

    Args:
        id (int):
        body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a
            form. `name` is required and must be unique.
            Only the fields that are sent are written. The URL fields must be URLs; one sent without a
            scheme gets
            `https://` first. `intended_contact_id` is not a column: on create, it attaches that
            contact to the new company
            (and makes it the contact's primary company when the contact has none).
        body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a
            form. `name` is required and must be unique.
            Only the fields that are sent are written. The URL fields must be URLs; one sent without a
            scheme gets
            `https://` first. `intended_contact_id` is not a column: on create, it attaches that
            contact to the new company
            (and makes it the contact's primary company when the contact has none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCreateResponse | CompanyUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]
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
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> (
    CompanyCreateResponse
    | CompanyUpdateResponse
    | MessageError
    | ValidationErrors
    | MessageError
    | WpError
    | WpError
    | None
):
    """Update a company

     Writes the fields that are sent (a flat body, JSON or form) to the company named by the id; fields
    left out
    keep their values. `name` is required, and may be changed as long as no other company has it. The
    answer holds
    the whole row; fields that were sent keep the type PHP received, so `owner_id` and
    `employees_number` come back
    as integers when sent and as strings otherwise.

    With the id 0 the operation creates a company instead and answers like `POST /companies`.

    The prose documentation names the route only.

    Args:
        id (int):
        body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a
            form. `name` is required and must be unique.
            Only the fields that are sent are written. The URL fields must be URLs; one sent without a
            scheme gets
            `https://` first. `intended_contact_id` is not a column: on create, it attaches that
            contact to the new company
            (and makes it the contact's primary company when the contact has none).
        body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a
            form. `name` is required and must be unique.
            Only the fields that are sent are written. The URL fields must be URLs; one sent without a
            scheme gets
            `https://` first. `intended_contact_id` is not a column: on create, it attaches that
            contact to the new company
            (and makes it the contact's primary company when the contact has none).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCreateResponse | CompanyUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
