from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_response import CustomFieldsResponse
from ...models.get_company_custom_fields_with_item import (
    GetCompanyCustomFieldsWithItem,
)
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: list[GetCompanyCustomFieldsWithItem] | Unset = UNSET,
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
        "url": "/companies/custom-fields",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = CustomFieldsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = WpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WpError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomFieldsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetCompanyCustomFieldsWithItem] | Unset = UNSET,
) -> Response[CustomFieldsResponse | WpError]:
    """List the company custom-field definitions

     Returns the definitions of the company custom fields, in the same shape as the contact ones
    (`/custom-fields/contacts`); their values live in each company's `meta.custom_values`.
    `with[]=field_types`
    adds the field-type catalogue.

    The prose documentation does not describe this operation.

    Args:
        include (list[GetCompanyCustomFieldsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsResponse | WpError]
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
    include: list[GetCompanyCustomFieldsWithItem] | Unset = UNSET,
) -> CustomFieldsResponse | WpError | None:
    """List the company custom-field definitions

     Returns the definitions of the company custom fields, in the same shape as the contact ones
    (`/custom-fields/contacts`); their values live in each company's `meta.custom_values`.
    `with[]=field_types`
    adds the field-type catalogue.

    The prose documentation does not describe this operation.

    Args:
        include (list[GetCompanyCustomFieldsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsResponse | WpError
    """

    return sync_detailed(
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetCompanyCustomFieldsWithItem] | Unset = UNSET,
) -> Response[CustomFieldsResponse | WpError]:
    """List the company custom-field definitions

     Returns the definitions of the company custom fields, in the same shape as the contact ones
    (`/custom-fields/contacts`); their values live in each company's `meta.custom_values`.
    `with[]=field_types`
    adds the field-type catalogue.

    The prose documentation does not describe this operation.

    Args:
        include (list[GetCompanyCustomFieldsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsResponse | WpError]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetCompanyCustomFieldsWithItem] | Unset = UNSET,
) -> CustomFieldsResponse | WpError | None:
    """List the company custom-field definitions

     Returns the definitions of the company custom fields, in the same shape as the contact ones
    (`/custom-fields/contacts`); their values live in each company's `meta.custom_values`.
    `with[]=field_types`
    adds the field-type catalogue.

    The prose documentation does not describe this operation.

    Args:
        include (list[GetCompanyCustomFieldsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
        )
    ).parsed
