from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_bulk_action_form_input import CompanyBulkActionFormInput
from ...models.company_bulk_action_input import CompanyBulkActionInput
from ...models.company_bulk_action_response import CompanyBulkActionResponse
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompanyBulkActionInput | CompanyBulkActionFormInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/do-bulk-action",
    }

    if isinstance(body, CompanyBulkActionInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CompanyBulkActionFormInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyBulkActionResponse | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyBulkActionResponse.from_dict(response.json())

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
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if response.status_code == 423:
        response_423 = MessageError.from_dict(response.json())

        return response_423

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyBulkActionResponse | MessageError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyBulkActionInput | CompanyBulkActionFormInput | Unset = UNSET,
) -> Response[CompanyBulkActionResponse | MessageError | WpError]:
    """Run a bulk action on companies

     Deletes the companies of `company_ids` (`delete_companies`), or sets their type
    (`change_company_type`) or
    category (`change_company_category`) to `new_status`. The answer counts the companies handled and
    gives the
    last id as a string; when none of the ids exists it says `is_completed: true` instead. An unknown
    action
    changes nothing but still reports success; `change_company_status` fails with 423 because companies
    have no
    `status` column.

    **Always send `company_ids`.** With an empty or missing list FluentCRM acts on the next 50 companies
    of the
    whole site (after `last_id`). The emulator does the same.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyBulkActionInput): A bulk action on companies. Send the ids in `company_ids`:
            with an empty or missing `company_ids`, FluentCRM
            applies the action to the next 50 companies (id above `last_id`, optionally filtered by
            `search`), i.e. to every
            company when called repeatedly.
        body (CompanyBulkActionFormInput): The form-encoded equivalent of
            `CompanyBulkActionInput`, `company_ids[]` repeated.
            A bulk action on companies. Send the ids in `company_ids`: with an empty or missing
            `company_ids`, FluentCRM
            applies the action to the next 50 companies (id above `last_id`, optionally filtered by
            `search`), i.e. to every
            company when called repeatedly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyBulkActionResponse | MessageError | WpError]
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
    body: CompanyBulkActionInput | CompanyBulkActionFormInput | Unset = UNSET,
) -> CompanyBulkActionResponse | MessageError | WpError | None:
    """Run a bulk action on companies

     Deletes the companies of `company_ids` (`delete_companies`), or sets their type
    (`change_company_type`) or
    category (`change_company_category`) to `new_status`. The answer counts the companies handled and
    gives the
    last id as a string; when none of the ids exists it says `is_completed: true` instead. An unknown
    action
    changes nothing but still reports success; `change_company_status` fails with 423 because companies
    have no
    `status` column.

    **Always send `company_ids`.** With an empty or missing list FluentCRM acts on the next 50 companies
    of the
    whole site (after `last_id`). The emulator does the same.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyBulkActionInput): A bulk action on companies. Send the ids in `company_ids`:
            with an empty or missing `company_ids`, FluentCRM
            applies the action to the next 50 companies (id above `last_id`, optionally filtered by
            `search`), i.e. to every
            company when called repeatedly.
        body (CompanyBulkActionFormInput): The form-encoded equivalent of
            `CompanyBulkActionInput`, `company_ids[]` repeated.
            A bulk action on companies. Send the ids in `company_ids`: with an empty or missing
            `company_ids`, FluentCRM
            applies the action to the next 50 companies (id above `last_id`, optionally filtered by
            `search`), i.e. to every
            company when called repeatedly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyBulkActionResponse | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyBulkActionInput | CompanyBulkActionFormInput | Unset = UNSET,
) -> Response[CompanyBulkActionResponse | MessageError | WpError]:
    """Run a bulk action on companies

     Deletes the companies of `company_ids` (`delete_companies`), or sets their type
    (`change_company_type`) or
    category (`change_company_category`) to `new_status`. The answer counts the companies handled and
    gives the
    last id as a string; when none of the ids exists it says `is_completed: true` instead. An unknown
    action
    changes nothing but still reports success; `change_company_status` fails with 423 because companies
    have no
    `status` column.

    **Always send `company_ids`.** With an empty or missing list FluentCRM acts on the next 50 companies
    of the
    whole site (after `last_id`). The emulator does the same.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyBulkActionInput): A bulk action on companies. Send the ids in `company_ids`:
            with an empty or missing `company_ids`, FluentCRM
            applies the action to the next 50 companies (id above `last_id`, optionally filtered by
            `search`), i.e. to every
            company when called repeatedly.
        body (CompanyBulkActionFormInput): The form-encoded equivalent of
            `CompanyBulkActionInput`, `company_ids[]` repeated.
            A bulk action on companies. Send the ids in `company_ids`: with an empty or missing
            `company_ids`, FluentCRM
            applies the action to the next 50 companies (id above `last_id`, optionally filtered by
            `search`), i.e. to every
            company when called repeatedly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyBulkActionResponse | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyBulkActionInput | CompanyBulkActionFormInput | Unset = UNSET,
) -> CompanyBulkActionResponse | MessageError | WpError | None:
    """Run a bulk action on companies

     Deletes the companies of `company_ids` (`delete_companies`), or sets their type
    (`change_company_type`) or
    category (`change_company_category`) to `new_status`. The answer counts the companies handled and
    gives the
    last id as a string; when none of the ids exists it says `is_completed: true` instead. An unknown
    action
    changes nothing but still reports success; `change_company_status` fails with 423 because companies
    have no
    `status` column.

    **Always send `company_ids`.** With an empty or missing list FluentCRM acts on the next 50 companies
    of the
    whole site (after `last_id`). The emulator does the same.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyBulkActionInput): A bulk action on companies. Send the ids in `company_ids`:
            with an empty or missing `company_ids`, FluentCRM
            applies the action to the next 50 companies (id above `last_id`, optionally filtered by
            `search`), i.e. to every
            company when called repeatedly.
        body (CompanyBulkActionFormInput): The form-encoded equivalent of
            `CompanyBulkActionInput`, `company_ids[]` repeated.
            A bulk action on companies. Send the ids in `company_ids`: with an empty or missing
            `company_ids`, FluentCRM
            applies the action to the next 50 companies (id above `last_id`, optionally filtered by
            `search`), i.e. to every
            company when called repeatedly.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyBulkActionResponse | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
