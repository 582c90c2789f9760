from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.custom_fields_response import CustomFieldsResponse
from ...models.get_contact_custom_fields_with_item import (
    GetContactCustomFieldsWithItem,
)
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: list[GetContactCustomFieldsWithItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for with_item_data in include:
            with_item: str = with_item_data
            json_include.append(with_item)

    params["with[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom-fields/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | CustomFieldsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = CustomFieldsResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | CustomFieldsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetContactCustomFieldsWithItem] | Unset = UNSET,
) -> Response[CriticalError | CustomFieldsResponse | WpError]:
    """List the contact custom-field definitions

     Returns the definitions of the site's contact custom fields: their labels, input types, options and
    the `slug`
    under which each contact's value is stored (`custom_values[<slug>]` on the contact operations). Add
    `with[]=field_types` for the catalogue of available field types and `with[]=field_groups` for the
    groups fields
    can be shown under.

    The prose documentation does not describe this operation.

    Args:
        include (list[GetContactCustomFieldsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | CustomFieldsResponse | WpError]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetContactCustomFieldsWithItem] | Unset = UNSET,
) -> CriticalError | CustomFieldsResponse | WpError | None:
    """List the contact custom-field definitions

     Returns the definitions of the site's contact custom fields: their labels, input types, options and
    the `slug`
    under which each contact's value is stored (`custom_values[<slug>]` on the contact operations). Add
    `with[]=field_types` for the catalogue of available field types and `with[]=field_groups` for the
    groups fields
    can be shown under.

    The prose documentation does not describe this operation.

    Args:
        include (list[GetContactCustomFieldsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | CustomFieldsResponse | WpError
    """

    return sync_detailed(
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetContactCustomFieldsWithItem] | Unset = UNSET,
) -> Response[CriticalError | CustomFieldsResponse | WpError]:
    """List the contact custom-field definitions

     Returns the definitions of the site's contact custom fields: their labels, input types, options and
    the `slug`
    under which each contact's value is stored (`custom_values[<slug>]` on the contact operations). Add
    `with[]=field_types` for the catalogue of available field types and `with[]=field_groups` for the
    groups fields
    can be shown under.

    The prose documentation does not describe this operation.

    Args:
        include (list[GetContactCustomFieldsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | CustomFieldsResponse | WpError]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetContactCustomFieldsWithItem] | Unset = UNSET,
) -> CriticalError | CustomFieldsResponse | WpError | None:
    """List the contact custom-field definitions

     Returns the definitions of the site's contact custom fields: their labels, input types, options and
    the `slug`
    under which each contact's value is stored (`custom_values[<slug>]` on the contact operations). Add
    `with[]=field_types` for the catalogue of available field types and `with[]=field_groups` for the
    groups fields
    can be shown under.

    The prose documentation does not describe this operation.

    Args:
        include (list[GetContactCustomFieldsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | CustomFieldsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
        )
    ).parsed
