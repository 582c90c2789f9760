from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_create_response import CompanyCreateResponse
from ...models.company_input import CompanyInput
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies",
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
) -> CompanyCreateResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyCreateResponse.from_dict(response.json())

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
) -> Response[CompanyCreateResponse | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> Response[CompanyCreateResponse | ValidationErrors | WpError]:
    """Create a company

     Creates a company from a flat body (JSON or form). `name` is required and must be unique; the URL
    fields must be
    URLs and get `https://` when sent without a scheme. `owner_id` names the owning contact.
    `intended_contact_id`
    attaches a contact to the new company and makes it that contact's primary company when it has none.

    The answer echoes only the columns that were sent, with sent numbers as JSON integers (`owner_id:
    1`), whereas
    every read returns them as strings (`"1"`). Use `company.id` for the `/companies/{id}` operations.

    The prose documentation lists only `name`, `email`, `phone`, `type` and `owner_id` and shows no
    response.

    Args:
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
        Response[CompanyCreateResponse | ValidationErrors | WpError]
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
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> CompanyCreateResponse | ValidationErrors | WpError | None:
    """Create a company

     Creates a company from a flat body (JSON or form). `name` is required and must be unique; the URL
    fields must be
    URLs and get `https://` when sent without a scheme. `owner_id` names the owning contact.
    `intended_contact_id`
    attaches a contact to the new company and makes it that contact's primary company when it has none.

    The answer echoes only the columns that were sent, with sent numbers as JSON integers (`owner_id:
    1`), whereas
    every read returns them as strings (`"1"`). Use `company.id` for the `/companies/{id}` operations.

    The prose documentation lists only `name`, `email`, `phone`, `type` and `owner_id` and shows no
    response.

    Args:
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
        CompanyCreateResponse | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> Response[CompanyCreateResponse | ValidationErrors | WpError]:
    """Create a company

     Creates a company from a flat body (JSON or form). `name` is required and must be unique; the URL
    fields must be
    URLs and get `https://` when sent without a scheme. `owner_id` names the owning contact.
    `intended_contact_id`
    attaches a contact to the new company and makes it that contact's primary company when it has none.

    The answer echoes only the columns that were sent, with sent numbers as JSON integers (`owner_id:
    1`), whereas
    every read returns them as strings (`"1"`). Use `company.id` for the `/companies/{id}` operations.

    The prose documentation lists only `name`, `email`, `phone`, `type` and `owner_id` and shows no
    response.

    Args:
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
        Response[CompanyCreateResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyInput | CompanyInput | Unset = UNSET,
) -> CompanyCreateResponse | ValidationErrors | WpError | None:
    """Create a company

     Creates a company from a flat body (JSON or form). `name` is required and must be unique; the URL
    fields must be
    URLs and get `https://` when sent without a scheme. `owner_id` names the owning contact.
    `intended_contact_id`
    attaches a contact to the new company and makes it that contact's primary company when it has none.

    The answer echoes only the columns that were sent, with sent numbers as JSON integers (`owner_id:
    1`), whereas
    every read returns them as strings (`"1"`). Use `company.id` for the `/companies/{id}` operations.

    The prose documentation lists only `name`, `email`, `phone`, `type` and `owner_id` and shows no
    response.

    Args:
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
        CompanyCreateResponse | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
