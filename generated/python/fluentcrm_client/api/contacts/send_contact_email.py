from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_email_input import CustomEmailInput
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: CustomEmailInput | CustomEmailInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/{id}/emails/send".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, CustomEmailInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CustomEmailInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError | None:
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

        def _parse_response_422(data: object) -> MessageError | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = MessageError.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
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
) -> Response[MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]:
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
    body: CustomEmailInput | CustomEmailInput | Unset = UNSET,
) -> Response[MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]:
    """Send a one-off e-mail to a contact

     Sends a custom e-mail (subject and body inside `campaign`) to one contact, who must be `subscribed`
    or
    `transactional` (422 otherwise). FluentCRM stores it as a hidden campaign with one e-mail row, which
    then
    appears in the contact's e-mails; that hidden campaign is not listed by `GET /campaigns` and
    outlives the
    contact. The answer is a plain array, so it has `__bench`.

    FluentCRM 2.9.84 reports success even when the mail could not be delivered, and marks the e-mail row
    `sent`
    with an empty `email_body`. It crashes (500) without a `campaign` object and on contact id `0`. The
    emulator
    never sends anything: it only stores the e-mail row (status `sent`, as the real server shows it) and
    answers
    422 and 404 where the real server crashes.

    The prose documentation says the e-mail is queued for sending; the server reports success even when
    delivery
    fails, and crashes without a `campaign` object.

    Args:
        id (int):
        body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like
            a campaign draft. Subject and body may use smart
            codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.
        body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like
            a campaign draft. Subject and body may use smart
            codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]
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
    body: CustomEmailInput | CustomEmailInput | Unset = UNSET,
) -> MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError | None:
    """Send a one-off e-mail to a contact

     Sends a custom e-mail (subject and body inside `campaign`) to one contact, who must be `subscribed`
    or
    `transactional` (422 otherwise). FluentCRM stores it as a hidden campaign with one e-mail row, which
    then
    appears in the contact's e-mails; that hidden campaign is not listed by `GET /campaigns` and
    outlives the
    contact. The answer is a plain array, so it has `__bench`.

    FluentCRM 2.9.84 reports success even when the mail could not be delivered, and marks the e-mail row
    `sent`
    with an empty `email_body`. It crashes (500) without a `campaign` object and on contact id `0`. The
    emulator
    never sends anything: it only stores the e-mail row (status `sent`, as the real server shows it) and
    answers
    422 and 404 where the real server crashes.

    The prose documentation says the e-mail is queued for sending; the server reports success even when
    delivery
    fails, and crashes without a `campaign` object.

    Args:
        id (int):
        body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like
            a campaign draft. Subject and body may use smart
            codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.
        body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like
            a campaign draft. Subject and body may use smart
            codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError
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
    body: CustomEmailInput | CustomEmailInput | Unset = UNSET,
) -> Response[MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]:
    """Send a one-off e-mail to a contact

     Sends a custom e-mail (subject and body inside `campaign`) to one contact, who must be `subscribed`
    or
    `transactional` (422 otherwise). FluentCRM stores it as a hidden campaign with one e-mail row, which
    then
    appears in the contact's e-mails; that hidden campaign is not listed by `GET /campaigns` and
    outlives the
    contact. The answer is a plain array, so it has `__bench`.

    FluentCRM 2.9.84 reports success even when the mail could not be delivered, and marks the e-mail row
    `sent`
    with an empty `email_body`. It crashes (500) without a `campaign` object and on contact id `0`. The
    emulator
    never sends anything: it only stores the e-mail row (status `sent`, as the real server shows it) and
    answers
    422 and 404 where the real server crashes.

    The prose documentation says the e-mail is queued for sending; the server reports success even when
    delivery
    fails, and crashes without a `campaign` object.

    Args:
        id (int):
        body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like
            a campaign draft. Subject and body may use smart
            codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.
        body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like
            a campaign draft. Subject and body may use smart
            codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError]
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
    body: CustomEmailInput | CustomEmailInput | Unset = UNSET,
) -> MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError | None:
    """Send a one-off e-mail to a contact

     Sends a custom e-mail (subject and body inside `campaign`) to one contact, who must be `subscribed`
    or
    `transactional` (422 otherwise). FluentCRM stores it as a hidden campaign with one e-mail row, which
    then
    appears in the contact's e-mails; that hidden campaign is not listed by `GET /campaigns` and
    outlives the
    contact. The answer is a plain array, so it has `__bench`.

    FluentCRM 2.9.84 reports success even when the mail could not be delivered, and marks the e-mail row
    `sent`
    with an empty `email_body`. It crashes (500) without a `campaign` object and on contact id `0`. The
    emulator
    never sends anything: it only stores the e-mail row (status `sent`, as the real server shows it) and
    answers
    422 and 404 where the real server crashes.

    The prose documentation says the e-mail is queued for sending; the server reports success even when
    delivery
    fails, and crashes without a `campaign` object.

    Args:
        id (int):
        body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like
            a campaign draft. Subject and body may use smart
            codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.
        body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like
            a campaign draft. Subject and body may use smart
            codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | MessageError | WpError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
