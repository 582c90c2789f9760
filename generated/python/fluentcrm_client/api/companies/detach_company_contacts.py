from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_contacts_form_input import CompanyContactsFormInput
from ...models.company_contacts_input import CompanyContactsInput
from ...models.company_detach_response import CompanyDetachResponse
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/detach-subscribers",
    }

    if isinstance(body, CompanyContactsInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CompanyContactsFormInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyDetachResponse | Literal["Invalid data"] | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyDetachResponse.from_dict(response.json())

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

        def _parse_response_422(data: object) -> Literal["Invalid data"] | ValidationErrors:
            response_422_type_0 = cast(Literal["Invalid data"], data)
            if response_422_type_0 != "Invalid data":
                raise ValueError(f"response_422_type_0 must match const 'Invalid data', got '{response_422_type_0}'")
            return response_422_type_0
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = ValidationErrors.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

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
) -> Response[CompanyDetachResponse | Literal["Invalid data"] | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
) -> Response[CompanyDetachResponse | Literal["Invalid data"] | ValidationErrors | WpError]:
    """Detach contacts from companies

     Removes the links between the contacts of `subscriber_ids` and the companies of `company_ids`. A
    contact whose
    primary company is removed gets another of its companies, or none. The answer lists the companies
    and
    `last_primary_company_id`, the primary company left to the last contact (`false` when none). Unknown
    ids give
    422 `"Invalid data"`, missing arrays a crash, as for attaching.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyContactsInput): Contacts and companies to link or unlink: every contact of
            `subscriber_ids` with every company of `company_ids`.
            Both arrays are required; without them FluentCRM 2.9.84 crashes.
        body (CompanyContactsFormInput): The form-encoded equivalent of `CompanyContactsInput`:
            the ids repeated under their PHP array names.
            Contacts and companies to link or unlink: every contact of `subscriber_ids` with every
            company of `company_ids`.
            Both arrays are required; without them FluentCRM 2.9.84 crashes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyDetachResponse | Literal['Invalid data'] | ValidationErrors | WpError]
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
    body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
) -> CompanyDetachResponse | Literal["Invalid data"] | ValidationErrors | WpError | None:
    """Detach contacts from companies

     Removes the links between the contacts of `subscriber_ids` and the companies of `company_ids`. A
    contact whose
    primary company is removed gets another of its companies, or none. The answer lists the companies
    and
    `last_primary_company_id`, the primary company left to the last contact (`false` when none). Unknown
    ids give
    422 `"Invalid data"`, missing arrays a crash, as for attaching.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyContactsInput): Contacts and companies to link or unlink: every contact of
            `subscriber_ids` with every company of `company_ids`.
            Both arrays are required; without them FluentCRM 2.9.84 crashes.
        body (CompanyContactsFormInput): The form-encoded equivalent of `CompanyContactsInput`:
            the ids repeated under their PHP array names.
            Contacts and companies to link or unlink: every contact of `subscriber_ids` with every
            company of `company_ids`.
            Both arrays are required; without them FluentCRM 2.9.84 crashes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyDetachResponse | Literal['Invalid data'] | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
) -> Response[CompanyDetachResponse | Literal["Invalid data"] | ValidationErrors | WpError]:
    """Detach contacts from companies

     Removes the links between the contacts of `subscriber_ids` and the companies of `company_ids`. A
    contact whose
    primary company is removed gets another of its companies, or none. The answer lists the companies
    and
    `last_primary_company_id`, the primary company left to the last contact (`false` when none). Unknown
    ids give
    422 `"Invalid data"`, missing arrays a crash, as for attaching.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyContactsInput): Contacts and companies to link or unlink: every contact of
            `subscriber_ids` with every company of `company_ids`.
            Both arrays are required; without them FluentCRM 2.9.84 crashes.
        body (CompanyContactsFormInput): The form-encoded equivalent of `CompanyContactsInput`:
            the ids repeated under their PHP array names.
            Contacts and companies to link or unlink: every contact of `subscriber_ids` with every
            company of `company_ids`.
            Both arrays are required; without them FluentCRM 2.9.84 crashes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyDetachResponse | Literal['Invalid data'] | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
) -> CompanyDetachResponse | Literal["Invalid data"] | ValidationErrors | WpError | None:
    """Detach contacts from companies

     Removes the links between the contacts of `subscriber_ids` and the companies of `company_ids`. A
    contact whose
    primary company is removed gets another of its companies, or none. The answer lists the companies
    and
    `last_primary_company_id`, the primary company left to the last contact (`false` when none). Unknown
    ids give
    422 `"Invalid data"`, missing arrays a crash, as for attaching.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyContactsInput): Contacts and companies to link or unlink: every contact of
            `subscriber_ids` with every company of `company_ids`.
            Both arrays are required; without them FluentCRM 2.9.84 crashes.
        body (CompanyContactsFormInput): The form-encoded equivalent of `CompanyContactsInput`:
            the ids repeated under their PHP array names.
            Contacts and companies to link or unlink: every contact of `subscriber_ids` with every
            company of `company_ids`.
            Both arrays are required; without them FluentCRM 2.9.84 crashes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyDetachResponse | Literal['Invalid data'] | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
