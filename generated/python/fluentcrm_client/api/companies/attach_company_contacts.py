from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_attach_response import CompanyAttachResponse
from ...models.company_contacts_form_input import CompanyContactsFormInput
from ...models.company_contacts_input import CompanyContactsInput
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
        "url": "/companies/attach-subscribers",
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
) -> CompanyAttachResponse | Literal["Invalid data"] | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyAttachResponse.from_dict(response.json())

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
) -> Response[CompanyAttachResponse | Literal["Invalid data"] | ValidationErrors | WpError]:
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
) -> Response[CompanyAttachResponse | Literal["Invalid data"] | ValidationErrors | WpError]:
    """Attach contacts to companies

     Attaches every contact of `subscriber_ids` to every company of `company_ids` (already attached pairs
    stay as
    they are); a contact without a primary company gets the first one as `company_id`. The answer lists
    the
    companies. Unknown ids are skipped; when no contact or no company exists the answer is 422 with the
    JSON string
    `"Invalid data"`, and without the arrays FluentCRM 2.9.84 crashes.

    The prose documentation gives the method as PUT; the route only takes POST (PUT is 404
    `rest_no_route`).

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
        Response[CompanyAttachResponse | Literal['Invalid data'] | ValidationErrors | WpError]
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
) -> CompanyAttachResponse | Literal["Invalid data"] | ValidationErrors | WpError | None:
    """Attach contacts to companies

     Attaches every contact of `subscriber_ids` to every company of `company_ids` (already attached pairs
    stay as
    they are); a contact without a primary company gets the first one as `company_id`. The answer lists
    the
    companies. Unknown ids are skipped; when no contact or no company exists the answer is 422 with the
    JSON string
    `"Invalid data"`, and without the arrays FluentCRM 2.9.84 crashes.

    The prose documentation gives the method as PUT; the route only takes POST (PUT is 404
    `rest_no_route`).

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
        CompanyAttachResponse | Literal['Invalid data'] | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
) -> Response[CompanyAttachResponse | Literal["Invalid data"] | ValidationErrors | WpError]:
    """Attach contacts to companies

     Attaches every contact of `subscriber_ids` to every company of `company_ids` (already attached pairs
    stay as
    they are); a contact without a primary company gets the first one as `company_id`. The answer lists
    the
    companies. Unknown ids are skipped; when no contact or no company exists the answer is 422 with the
    JSON string
    `"Invalid data"`, and without the arrays FluentCRM 2.9.84 crashes.

    The prose documentation gives the method as PUT; the route only takes POST (PUT is 404
    `rest_no_route`).

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
        Response[CompanyAttachResponse | Literal['Invalid data'] | ValidationErrors | WpError]
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
) -> CompanyAttachResponse | Literal["Invalid data"] | ValidationErrors | WpError | None:
    """Attach contacts to companies

     Attaches every contact of `subscriber_ids` to every company of `company_ids` (already attached pairs
    stay as
    they are); a contact without a primary company gets the first one as `company_id`. The answer lists
    the
    companies. Unknown ids are skipped; when no contact or no company exists the answer is 422 with the
    JSON string
    `"Invalid data"`, and without the arrays FluentCRM 2.9.84 crashes.

    The prose documentation gives the method as PUT; the route only takes POST (PUT is 404
    `rest_no_route`).

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
        CompanyAttachResponse | Literal['Invalid data'] | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
