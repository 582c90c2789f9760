from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_action_form import BulkActionForm
from ...models.bulk_action_input import BulkActionInput
from ...models.bulk_action_result import BulkActionResult
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BulkActionInput | BulkActionForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/do-bulk-action",
    }

    if isinstance(body, BulkActionInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, BulkActionForm):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkActionResult | MessageError | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = BulkActionResult.from_dict(response.json())

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
        response_422 = MessageError.from_dict(response.json())

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
) -> Response[BulkActionResult | MessageError | MessageError | WpError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionInput | BulkActionForm | Unset = UNSET,
) -> Response[BulkActionResult | MessageError | MessageError | WpError | WpError]:
    """Run a bulk action on selected contacts

     Applies `action_name` to the contacts in `subscriber_ids`: add or remove tags or lists (ids in
    `action_options`), change the status or contact type (`new_status`), set a custom field
    (`custom_field`),
    delete the contacts, send them the double opt-in e-mail, or add them to or remove them from a
    company. The
    answer counts the contacts processed and names the last id.

    Failures are 422 messages: `Subscribers selection is required` (no ids), `Selected Action is not
    valid`,
    `Please provide bulk options` (tag and list actions without `action_options`), `Please select
    status`, and
    `This action requires FluentCRM Pro` for the automation and sequence actions. FluentCRM 2.9.84
    crashes (500)
    when `subscriber_ids` is not a list; the emulator answers 422 `Subscribers selection is required`.
    The
    emulator never sends e-mail: `send_double_optin` only reports success.

    The prose documentation makes only `action_name` required; without `subscriber_ids` the server
    answers 422, and a scalar there makes it crash.

    Args:
        body (BulkActionInput): One action applied to a selection of contacts. What else is needed
            depends on `action_name`: `add_to_tags`,
            `remove_from_tags`, `add_to_lists` and `remove_from_lists` take tag or list ids in
            `action_options`;
            `change_contact_status` and `change_contact_type` take the new value in `new_status`;
            `update_custom_fields`
            takes `custom_field: {key, value}`; `add_to_company` takes a company id in `new_status`.
            `delete_contacts`
            deletes the contacts for good.
        body (BulkActionForm): `BulkActionInput` as a PHP form: `subscriber_ids[]=`,
            `action_options[]=` and `custom_field[key]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkActionResult | MessageError | MessageError | WpError | WpError]
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
    body: BulkActionInput | BulkActionForm | Unset = UNSET,
) -> BulkActionResult | MessageError | MessageError | WpError | WpError | None:
    """Run a bulk action on selected contacts

     Applies `action_name` to the contacts in `subscriber_ids`: add or remove tags or lists (ids in
    `action_options`), change the status or contact type (`new_status`), set a custom field
    (`custom_field`),
    delete the contacts, send them the double opt-in e-mail, or add them to or remove them from a
    company. The
    answer counts the contacts processed and names the last id.

    Failures are 422 messages: `Subscribers selection is required` (no ids), `Selected Action is not
    valid`,
    `Please provide bulk options` (tag and list actions without `action_options`), `Please select
    status`, and
    `This action requires FluentCRM Pro` for the automation and sequence actions. FluentCRM 2.9.84
    crashes (500)
    when `subscriber_ids` is not a list; the emulator answers 422 `Subscribers selection is required`.
    The
    emulator never sends e-mail: `send_double_optin` only reports success.

    The prose documentation makes only `action_name` required; without `subscriber_ids` the server
    answers 422, and a scalar there makes it crash.

    Args:
        body (BulkActionInput): One action applied to a selection of contacts. What else is needed
            depends on `action_name`: `add_to_tags`,
            `remove_from_tags`, `add_to_lists` and `remove_from_lists` take tag or list ids in
            `action_options`;
            `change_contact_status` and `change_contact_type` take the new value in `new_status`;
            `update_custom_fields`
            takes `custom_field: {key, value}`; `add_to_company` takes a company id in `new_status`.
            `delete_contacts`
            deletes the contacts for good.
        body (BulkActionForm): `BulkActionInput` as a PHP form: `subscriber_ids[]=`,
            `action_options[]=` and `custom_field[key]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkActionResult | MessageError | MessageError | WpError | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionInput | BulkActionForm | Unset = UNSET,
) -> Response[BulkActionResult | MessageError | MessageError | WpError | WpError]:
    """Run a bulk action on selected contacts

     Applies `action_name` to the contacts in `subscriber_ids`: add or remove tags or lists (ids in
    `action_options`), change the status or contact type (`new_status`), set a custom field
    (`custom_field`),
    delete the contacts, send them the double opt-in e-mail, or add them to or remove them from a
    company. The
    answer counts the contacts processed and names the last id.

    Failures are 422 messages: `Subscribers selection is required` (no ids), `Selected Action is not
    valid`,
    `Please provide bulk options` (tag and list actions without `action_options`), `Please select
    status`, and
    `This action requires FluentCRM Pro` for the automation and sequence actions. FluentCRM 2.9.84
    crashes (500)
    when `subscriber_ids` is not a list; the emulator answers 422 `Subscribers selection is required`.
    The
    emulator never sends e-mail: `send_double_optin` only reports success.

    The prose documentation makes only `action_name` required; without `subscriber_ids` the server
    answers 422, and a scalar there makes it crash.

    Args:
        body (BulkActionInput): One action applied to a selection of contacts. What else is needed
            depends on `action_name`: `add_to_tags`,
            `remove_from_tags`, `add_to_lists` and `remove_from_lists` take tag or list ids in
            `action_options`;
            `change_contact_status` and `change_contact_type` take the new value in `new_status`;
            `update_custom_fields`
            takes `custom_field: {key, value}`; `add_to_company` takes a company id in `new_status`.
            `delete_contacts`
            deletes the contacts for good.
        body (BulkActionForm): `BulkActionInput` as a PHP form: `subscriber_ids[]=`,
            `action_options[]=` and `custom_field[key]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkActionResult | MessageError | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkActionInput | BulkActionForm | Unset = UNSET,
) -> BulkActionResult | MessageError | MessageError | WpError | WpError | None:
    """Run a bulk action on selected contacts

     Applies `action_name` to the contacts in `subscriber_ids`: add or remove tags or lists (ids in
    `action_options`), change the status or contact type (`new_status`), set a custom field
    (`custom_field`),
    delete the contacts, send them the double opt-in e-mail, or add them to or remove them from a
    company. The
    answer counts the contacts processed and names the last id.

    Failures are 422 messages: `Subscribers selection is required` (no ids), `Selected Action is not
    valid`,
    `Please provide bulk options` (tag and list actions without `action_options`), `Please select
    status`, and
    `This action requires FluentCRM Pro` for the automation and sequence actions. FluentCRM 2.9.84
    crashes (500)
    when `subscriber_ids` is not a list; the emulator answers 422 `Subscribers selection is required`.
    The
    emulator never sends e-mail: `send_double_optin` only reports success.

    The prose documentation makes only `action_name` required; without `subscriber_ids` the server
    answers 422, and a scalar there makes it crash.

    Args:
        body (BulkActionInput): One action applied to a selection of contacts. What else is needed
            depends on `action_name`: `add_to_tags`,
            `remove_from_tags`, `add_to_lists` and `remove_from_lists` take tag or list ids in
            `action_options`;
            `change_contact_status` and `change_contact_type` take the new value in `new_status`;
            `update_custom_fields`
            takes `custom_field: {key, value}`; `add_to_company` takes a company id in `new_status`.
            `delete_contacts`
            deletes the contacts for good.
        body (BulkActionForm): `BulkActionInput` as a PHP form: `subscriber_ids[]=`,
            `action_options[]=` and `custom_field[key]=`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkActionResult | MessageError | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
