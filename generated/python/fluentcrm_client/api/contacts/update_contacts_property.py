from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_property_form import ContactPropertyForm
from ...models.contact_property_input import ContactPropertyInput
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactPropertyInput | ContactPropertyForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscribers/subscribers-property",
    }

    if isinstance(body, ContactPropertyInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ContactPropertyForm):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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
) -> Response[MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactPropertyInput | ContactPropertyForm | Unset = UNSET,
) -> Response[MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]:
    """Set one property on several contacts

     Sets `status`, `contact_type`, `avatar` or `company_id` to `value` on every contact listed in
    `subscribers`
    (JSON or form). Contacts that do not exist are skipped, and the answer is the same confirmation.
    Another
    property is refused with 422 `Column is not valid`, an unknown status or contact type with 422
    `Value is not
    valid`, and a `company_id` of no company with 404 (`Company` model message), or with 423 and the SQL
    error
    where the company module was never switched on (no companies table). Without `property` or
    `subscribers` the 422 field errors name the server's internal fields, `column` and `subscriber_ids`,
    not the
    keys that were missing.

    FluentCRM 2.9.84 crashes (500) when `subscribers` is not a list; the emulator answers 422.

    The prose documentation allows `sms_status` and a single id in `subscribers`; the free server
    refuses
    `sms_status` and crashes on a single id.

    Args:
        body (ContactPropertyInput): One column to set on several contacts at once. `property`
            must be `status`, `contact_type`, `avatar` or
            `company_id` (else 422 `Column is not valid`); a `status` or `contact_type` the server
            does not know gives 422
            `Value is not valid`, and a `company_id` of no company 404. Ids of missing contacts are
            skipped.
        body (ContactPropertyForm): `ContactPropertyInput` as a PHP form, the contacts sent as
            `subscribers[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]
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
    body: ContactPropertyInput | ContactPropertyForm | Unset = UNSET,
) -> MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError | None:
    """Set one property on several contacts

     Sets `status`, `contact_type`, `avatar` or `company_id` to `value` on every contact listed in
    `subscribers`
    (JSON or form). Contacts that do not exist are skipped, and the answer is the same confirmation.
    Another
    property is refused with 422 `Column is not valid`, an unknown status or contact type with 422
    `Value is not
    valid`, and a `company_id` of no company with 404 (`Company` model message), or with 423 and the SQL
    error
    where the company module was never switched on (no companies table). Without `property` or
    `subscribers` the 422 field errors name the server's internal fields, `column` and `subscriber_ids`,
    not the
    keys that were missing.

    FluentCRM 2.9.84 crashes (500) when `subscribers` is not a list; the emulator answers 422.

    The prose documentation allows `sms_status` and a single id in `subscribers`; the free server
    refuses
    `sms_status` and crashes on a single id.

    Args:
        body (ContactPropertyInput): One column to set on several contacts at once. `property`
            must be `status`, `contact_type`, `avatar` or
            `company_id` (else 422 `Column is not valid`); a `status` or `contact_type` the server
            does not know gives 422
            `Value is not valid`, and a `company_id` of no company 404. Ids of missing contacts are
            skipped.
        body (ContactPropertyForm): `ContactPropertyInput` as a PHP form, the contacts sent as
            `subscribers[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactPropertyInput | ContactPropertyForm | Unset = UNSET,
) -> Response[MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]:
    """Set one property on several contacts

     Sets `status`, `contact_type`, `avatar` or `company_id` to `value` on every contact listed in
    `subscribers`
    (JSON or form). Contacts that do not exist are skipped, and the answer is the same confirmation.
    Another
    property is refused with 422 `Column is not valid`, an unknown status or contact type with 422
    `Value is not
    valid`, and a `company_id` of no company with 404 (`Company` model message), or with 423 and the SQL
    error
    where the company module was never switched on (no companies table). Without `property` or
    `subscribers` the 422 field errors name the server's internal fields, `column` and `subscriber_ids`,
    not the
    keys that were missing.

    FluentCRM 2.9.84 crashes (500) when `subscribers` is not a list; the emulator answers 422.

    The prose documentation allows `sms_status` and a single id in `subscribers`; the free server
    refuses
    `sms_status` and crashes on a single id.

    Args:
        body (ContactPropertyInput): One column to set on several contacts at once. `property`
            must be `status`, `contact_type`, `avatar` or
            `company_id` (else 422 `Column is not valid`); a `status` or `contact_type` the server
            does not know gives 422
            `Value is not valid`, and a `company_id` of no company 404. Ids of missing contacts are
            skipped.
        body (ContactPropertyForm): `ContactPropertyInput` as a PHP form, the contacts sent as
            `subscribers[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactPropertyInput | ContactPropertyForm | Unset = UNSET,
) -> MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError | None:
    """Set one property on several contacts

     Sets `status`, `contact_type`, `avatar` or `company_id` to `value` on every contact listed in
    `subscribers`
    (JSON or form). Contacts that do not exist are skipped, and the answer is the same confirmation.
    Another
    property is refused with 422 `Column is not valid`, an unknown status or contact type with 422
    `Value is not
    valid`, and a `company_id` of no company with 404 (`Company` model message), or with 423 and the SQL
    error
    where the company module was never switched on (no companies table). Without `property` or
    `subscribers` the 422 field errors name the server's internal fields, `column` and `subscriber_ids`,
    not the
    keys that were missing.

    FluentCRM 2.9.84 crashes (500) when `subscribers` is not a list; the emulator answers 422.

    The prose documentation allows `sms_status` and a single id in `subscribers`; the free server
    refuses
    `sms_status` and crashes on a single id.

    Args:
        body (ContactPropertyInput): One column to set on several contacts at once. `property`
            must be `status`, `contact_type`, `avatar` or
            `company_id` (else 422 `Column is not valid`); a `status` or `contact_type` the server
            does not know gives 422
            `Value is not valid`, and a `company_id` of no company 404. Ids of missing contacts are
            skipped.
        body (ContactPropertyForm): `ContactPropertyInput` as a PHP form, the contacts sent as
            `subscribers[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
