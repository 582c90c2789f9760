from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_create_response import ContactCreateResponse
from ...models.contact_form_input import ContactFormInput
from ...models.contact_input import ContactInput
from ...models.critical_error import CriticalError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContactInput | ContactFormInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers",
    }

    if isinstance(body, ContactInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ContactFormInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactCreateResponse | CriticalError | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = ContactCreateResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactCreateResponse | CriticalError | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | ContactFormInput | Unset = UNSET,
) -> Response[ContactCreateResponse | CriticalError | ValidationErrors | WpError]:
    """Create a contact

     Creates a contact and returns every column of it, plus `tags` and `lists` when any were attached.
    The fields may be sent as a JSON body, a form-encoded
    body (the prose documentation's curl example) or even as query parameters. `email` and `status` are
    required;
    a taken e-mail gives 422 unless `__force_update=yes`, which updates that contact instead
    (`action_type:
    updated`).

    The prose documentation says tag and list ids in the response are strings; they are integers. It
    says
    `country` is expanded to a name and the `photo` parameter sets a picture; the server stores
    `country` as sent
    and ignores `photo` (the column is `avatar`). It calls `__force_update` a boolean; the server
    compares it with
    the string `yes`. Some invalid input is not rejected: an unknown `status` becomes `subscribed`, an
    unparsable
    `date_of_birth` is stored as `0000-00-00`, unknown tag and list ids are dropped, and non-numeric
    tags are taken
    as titles (creating the tag when needed). Top-level keys that match a custom-field slug are saved as
    custom
    values.

    Args:
        body (ContactInput): JSON body of `POST /subscribers`. `email` and `status` are required.
            An unknown `status` value is not rejected:
            the contact is created as `subscribed`.
        body (ContactFormInput): Form-encoded body of `POST /subscribers`, with PHP's bracket
            syntax: `tags[]=1&tags[]=2` and
            `custom_values[favorite_color]=teal`. The same fields can also be sent as query
            parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCreateResponse | CriticalError | ValidationErrors | WpError]
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
    body: ContactInput | ContactFormInput | Unset = UNSET,
) -> ContactCreateResponse | CriticalError | ValidationErrors | WpError | None:
    """Create a contact

     Creates a contact and returns every column of it, plus `tags` and `lists` when any were attached.
    The fields may be sent as a JSON body, a form-encoded
    body (the prose documentation's curl example) or even as query parameters. `email` and `status` are
    required;
    a taken e-mail gives 422 unless `__force_update=yes`, which updates that contact instead
    (`action_type:
    updated`).

    The prose documentation says tag and list ids in the response are strings; they are integers. It
    says
    `country` is expanded to a name and the `photo` parameter sets a picture; the server stores
    `country` as sent
    and ignores `photo` (the column is `avatar`). It calls `__force_update` a boolean; the server
    compares it with
    the string `yes`. Some invalid input is not rejected: an unknown `status` becomes `subscribed`, an
    unparsable
    `date_of_birth` is stored as `0000-00-00`, unknown tag and list ids are dropped, and non-numeric
    tags are taken
    as titles (creating the tag when needed). Top-level keys that match a custom-field slug are saved as
    custom
    values.

    Args:
        body (ContactInput): JSON body of `POST /subscribers`. `email` and `status` are required.
            An unknown `status` value is not rejected:
            the contact is created as `subscribed`.
        body (ContactFormInput): Form-encoded body of `POST /subscribers`, with PHP's bracket
            syntax: `tags[]=1&tags[]=2` and
            `custom_values[favorite_color]=teal`. The same fields can also be sent as query
            parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCreateResponse | CriticalError | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | ContactFormInput | Unset = UNSET,
) -> Response[ContactCreateResponse | CriticalError | ValidationErrors | WpError]:
    """Create a contact

     Creates a contact and returns every column of it, plus `tags` and `lists` when any were attached.
    The fields may be sent as a JSON body, a form-encoded
    body (the prose documentation's curl example) or even as query parameters. `email` and `status` are
    required;
    a taken e-mail gives 422 unless `__force_update=yes`, which updates that contact instead
    (`action_type:
    updated`).

    The prose documentation says tag and list ids in the response are strings; they are integers. It
    says
    `country` is expanded to a name and the `photo` parameter sets a picture; the server stores
    `country` as sent
    and ignores `photo` (the column is `avatar`). It calls `__force_update` a boolean; the server
    compares it with
    the string `yes`. Some invalid input is not rejected: an unknown `status` becomes `subscribed`, an
    unparsable
    `date_of_birth` is stored as `0000-00-00`, unknown tag and list ids are dropped, and non-numeric
    tags are taken
    as titles (creating the tag when needed). Top-level keys that match a custom-field slug are saved as
    custom
    values.

    Args:
        body (ContactInput): JSON body of `POST /subscribers`. `email` and `status` are required.
            An unknown `status` value is not rejected:
            the contact is created as `subscribed`.
        body (ContactFormInput): Form-encoded body of `POST /subscribers`, with PHP's bracket
            syntax: `tags[]=1&tags[]=2` and
            `custom_values[favorite_color]=teal`. The same fields can also be sent as query
            parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactCreateResponse | CriticalError | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactInput | ContactFormInput | Unset = UNSET,
) -> ContactCreateResponse | CriticalError | ValidationErrors | WpError | None:
    """Create a contact

     Creates a contact and returns every column of it, plus `tags` and `lists` when any were attached.
    The fields may be sent as a JSON body, a form-encoded
    body (the prose documentation's curl example) or even as query parameters. `email` and `status` are
    required;
    a taken e-mail gives 422 unless `__force_update=yes`, which updates that contact instead
    (`action_type:
    updated`).

    The prose documentation says tag and list ids in the response are strings; they are integers. It
    says
    `country` is expanded to a name and the `photo` parameter sets a picture; the server stores
    `country` as sent
    and ignores `photo` (the column is `avatar`). It calls `__force_update` a boolean; the server
    compares it with
    the string `yes`. Some invalid input is not rejected: an unknown `status` becomes `subscribed`, an
    unparsable
    `date_of_birth` is stored as `0000-00-00`, unknown tag and list ids are dropped, and non-numeric
    tags are taken
    as titles (creating the tag when needed). Top-level keys that match a custom-field slug are saved as
    custom
    values.

    Args:
        body (ContactInput): JSON body of `POST /subscribers`. `email` and `status` are required.
            An unknown `status` value is not rejected:
            the contact is created as `subscribed`.
        body (ContactFormInput): Form-encoded body of `POST /subscribers`, with PHP's bracket
            syntax: `tags[]=1&tags[]=2` and
            `custom_values[favorite_color]=teal`. The same fields can also be sent as query
            parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactCreateResponse | CriticalError | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
