from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_emails_delete_form import ContactEmailsDeleteForm
from ...models.contact_emails_delete_input import ContactEmailsDeleteInput
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ContactEmailsDeleteInput | ContactEmailsDeleteForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/subscribers/{id}/emails".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, ContactEmailsDeleteInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ContactEmailsDeleteForm):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | WpError | MessageWithBench | ValidationErrors | WpError | None:
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
) -> Response[MessageError | WpError | MessageWithBench | ValidationErrors | WpError]:
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
    body: ContactEmailsDeleteInput | ContactEmailsDeleteForm | Unset = UNSET,
) -> Response[MessageError | WpError | MessageWithBench | ValidationErrors | WpError]:
    """Delete e-mails of a contact

     Deletes the listed e-mails (`email_ids`) of a contact. Ids that belong to another contact or to no
    e-mail are
    ignored, and so is a contact that does not exist: the answer is the same success message. The answer
    is a plain
    array, so it has `__bench`.

    FluentCRM 2.9.84 crashes (500) without `email_ids`, when it is not a list, and on contact id `0`;
    the emulator
    answers 422 `{"email_ids": {"required": ...}}` and, for id `0`, 404 with the `Subscriber` model
    message.

    The prose documentation gives the message as "Selected emails have been deleted"; the server says
    "has been
    deleted", adds `__bench`, and crashes without `email_ids`.

    Args:
        id (int):
        body (ContactEmailsDeleteInput): Which of the contact's e-mails to delete. Ids that belong
            to another contact, or to no e-mail, are ignored.
            Without `email_ids` FluentCRM 2.9.84 crashes with 500.
        body (ContactEmailsDeleteForm): `ContactEmailsDeleteInput` as a PHP form: `email_ids[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | MessageWithBench | ValidationErrors | WpError]
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
    body: ContactEmailsDeleteInput | ContactEmailsDeleteForm | Unset = UNSET,
) -> MessageError | WpError | MessageWithBench | ValidationErrors | WpError | None:
    """Delete e-mails of a contact

     Deletes the listed e-mails (`email_ids`) of a contact. Ids that belong to another contact or to no
    e-mail are
    ignored, and so is a contact that does not exist: the answer is the same success message. The answer
    is a plain
    array, so it has `__bench`.

    FluentCRM 2.9.84 crashes (500) without `email_ids`, when it is not a list, and on contact id `0`;
    the emulator
    answers 422 `{"email_ids": {"required": ...}}` and, for id `0`, 404 with the `Subscriber` model
    message.

    The prose documentation gives the message as "Selected emails have been deleted"; the server says
    "has been
    deleted", adds `__bench`, and crashes without `email_ids`.

    Args:
        id (int):
        body (ContactEmailsDeleteInput): Which of the contact's e-mails to delete. Ids that belong
            to another contact, or to no e-mail, are ignored.
            Without `email_ids` FluentCRM 2.9.84 crashes with 500.
        body (ContactEmailsDeleteForm): `ContactEmailsDeleteInput` as a PHP form: `email_ids[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | MessageWithBench | ValidationErrors | WpError
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
    body: ContactEmailsDeleteInput | ContactEmailsDeleteForm | Unset = UNSET,
) -> Response[MessageError | WpError | MessageWithBench | ValidationErrors | WpError]:
    """Delete e-mails of a contact

     Deletes the listed e-mails (`email_ids`) of a contact. Ids that belong to another contact or to no
    e-mail are
    ignored, and so is a contact that does not exist: the answer is the same success message. The answer
    is a plain
    array, so it has `__bench`.

    FluentCRM 2.9.84 crashes (500) without `email_ids`, when it is not a list, and on contact id `0`;
    the emulator
    answers 422 `{"email_ids": {"required": ...}}` and, for id `0`, 404 with the `Subscriber` model
    message.

    The prose documentation gives the message as "Selected emails have been deleted"; the server says
    "has been
    deleted", adds `__bench`, and crashes without `email_ids`.

    Args:
        id (int):
        body (ContactEmailsDeleteInput): Which of the contact's e-mails to delete. Ids that belong
            to another contact, or to no e-mail, are ignored.
            Without `email_ids` FluentCRM 2.9.84 crashes with 500.
        body (ContactEmailsDeleteForm): `ContactEmailsDeleteInput` as a PHP form: `email_ids[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | MessageWithBench | ValidationErrors | WpError]
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
    body: ContactEmailsDeleteInput | ContactEmailsDeleteForm | Unset = UNSET,
) -> MessageError | WpError | MessageWithBench | ValidationErrors | WpError | None:
    """Delete e-mails of a contact

     Deletes the listed e-mails (`email_ids`) of a contact. Ids that belong to another contact or to no
    e-mail are
    ignored, and so is a contact that does not exist: the answer is the same success message. The answer
    is a plain
    array, so it has `__bench`.

    FluentCRM 2.9.84 crashes (500) without `email_ids`, when it is not a list, and on contact id `0`;
    the emulator
    answers 422 `{"email_ids": {"required": ...}}` and, for id `0`, 404 with the `Subscriber` model
    message.

    The prose documentation gives the message as "Selected emails have been deleted"; the server says
    "has been
    deleted", adds `__bench`, and crashes without `email_ids`.

    Args:
        id (int):
        body (ContactEmailsDeleteInput): Which of the contact's e-mails to delete. Ids that belong
            to another contact, or to no e-mail, are ignored.
            Without `email_ids` FluentCRM 2.9.84 crashes with 500.
        body (ContactEmailsDeleteForm): `ContactEmailsDeleteInput` as a PHP form: `email_ids[]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | MessageWithBench | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
