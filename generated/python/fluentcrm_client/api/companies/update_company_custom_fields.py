from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_save_request import CustomFieldsSaveRequest
from ...models.custom_fields_save_response import CustomFieldsSaveResponse
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: CustomFieldsSaveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/custom-fields",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldsSaveResponse | WpError | None:
    if response.status_code == 200:
        response_200 = CustomFieldsSaveResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomFieldsSaveResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldsSaveRequest,
) -> Response[CustomFieldsSaveResponse | WpError]:
    """Replace the company custom-field definitions

     Stores a new, complete set of company custom-field definitions (`{"fields": [...]}`), replacing the
    previous
    set, with the same slug rules as the contact fields, and echoes it.

    The prose documentation does not describe this operation.

    Args:
        body (CustomFieldsSaveRequest): The complete new set of contact custom fields. It replaces
            the stored set: a field left out is removed (contacts' stored values for it stay in the
            database but are no longer shown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsSaveResponse | WpError]
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
    body: CustomFieldsSaveRequest,
) -> CustomFieldsSaveResponse | WpError | None:
    """Replace the company custom-field definitions

     Stores a new, complete set of company custom-field definitions (`{"fields": [...]}`), replacing the
    previous
    set, with the same slug rules as the contact fields, and echoes it.

    The prose documentation does not describe this operation.

    Args:
        body (CustomFieldsSaveRequest): The complete new set of contact custom fields. It replaces
            the stored set: a field left out is removed (contacts' stored values for it stay in the
            database but are no longer shown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsSaveResponse | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldsSaveRequest,
) -> Response[CustomFieldsSaveResponse | WpError]:
    """Replace the company custom-field definitions

     Stores a new, complete set of company custom-field definitions (`{"fields": [...]}`), replacing the
    previous
    set, with the same slug rules as the contact fields, and echoes it.

    The prose documentation does not describe this operation.

    Args:
        body (CustomFieldsSaveRequest): The complete new set of contact custom fields. It replaces
            the stored set: a field left out is removed (contacts' stored values for it stay in the
            database but are no longer shown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsSaveResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldsSaveRequest,
) -> CustomFieldsSaveResponse | WpError | None:
    """Replace the company custom-field definitions

     Stores a new, complete set of company custom-field definitions (`{"fields": [...]}`), replacing the
    previous
    set, with the same slug rules as the contact fields, and echoes it.

    The prose documentation does not describe this operation.

    Args:
        body (CustomFieldsSaveRequest): The complete new set of contact custom fields. It replaces
            the stored set: a field left out is removed (contacts' stored values for it stay in the
            database but are no longer shown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsSaveResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
