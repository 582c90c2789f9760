from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compliance_save_response import ComplianceSaveResponse
from ...models.compliance_settings_input import ComplianceSettingsInput
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ComplianceSettingsInput | ComplianceSettingsInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/setting/compliance",
    }

    if isinstance(body, ComplianceSettingsInput):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ComplianceSettingsInput):
        if not isinstance(body, Unset):
            _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplianceSaveResponse | WpError | None:
    if response.status_code == 200:
        response_200 = ComplianceSaveResponse.from_dict(response.json())

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
) -> Response[ComplianceSaveResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComplianceSettingsInput | ComplianceSettingsInput | Unset = UNSET,
) -> Response[ComplianceSaveResponse | WpError]:
    """Store the compliance settings

     Replaces the stored switches with the known keys sent at the top level of the body (unknown keys are
    dropped,
    values are stored as text) and echoes what was stored. A key left out falls back to its default on
    the next
    read. Nothing is validated.

    Args:
        body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level
            of the body. The stored option is replaced by the known keys
            that were sent: a key left out falls back to its default.
        body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level
            of the body. The stored option is replaced by the known keys
            that were sent: a key left out falls back to its default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplianceSaveResponse | WpError]
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
    body: ComplianceSettingsInput | ComplianceSettingsInput | Unset = UNSET,
) -> ComplianceSaveResponse | WpError | None:
    """Store the compliance settings

     Replaces the stored switches with the known keys sent at the top level of the body (unknown keys are
    dropped,
    values are stored as text) and echoes what was stored. A key left out falls back to its default on
    the next
    read. Nothing is validated.

    Args:
        body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level
            of the body. The stored option is replaced by the known keys
            that were sent: a key left out falls back to its default.
        body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level
            of the body. The stored option is replaced by the known keys
            that were sent: a key left out falls back to its default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplianceSaveResponse | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComplianceSettingsInput | ComplianceSettingsInput | Unset = UNSET,
) -> Response[ComplianceSaveResponse | WpError]:
    """Store the compliance settings

     Replaces the stored switches with the known keys sent at the top level of the body (unknown keys are
    dropped,
    values are stored as text) and echoes what was stored. A key left out falls back to its default on
    the next
    read. Nothing is validated.

    Args:
        body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level
            of the body. The stored option is replaced by the known keys
            that were sent: a key left out falls back to its default.
        body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level
            of the body. The stored option is replaced by the known keys
            that were sent: a key left out falls back to its default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplianceSaveResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ComplianceSettingsInput | ComplianceSettingsInput | Unset = UNSET,
) -> ComplianceSaveResponse | WpError | None:
    """Store the compliance settings

     Replaces the stored switches with the known keys sent at the top level of the body (unknown keys are
    dropped,
    values are stored as text) and echoes what was stored. A key left out falls back to its default on
    the next
    read. Nothing is validated.

    Args:
        body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level
            of the body. The stored option is replaced by the known keys
            that were sent: a key left out falls back to its default.
        body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level
            of the body. The stored option is replaced by the known keys
            that were sent: a key left out falls back to its default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplianceSaveResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
