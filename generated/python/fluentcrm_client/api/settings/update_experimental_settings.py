from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experimental_settings_input import ExperimentalSettingsInput
from ...models.message_with_bench import MessageWithBench
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExperimentalSettingsInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/setting/experiments",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageWithBench | WpError | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentalSettingsInput | Unset = UNSET,
) -> Response[MessageWithBench | WpError]:
    """Store the experimental feature switches

     Replaces the stored switches with the known keys sent at the top level of the body; unknown keys are
    dropped
    and a key left out falls back to its default. Every value except `campaign_ids` is stored as text,
    so
    `campaign_max_number` reads back as a string after any save. Switching `company_module`,
    `event_tracking` or
    `activity_log` to `yes` creates that feature's table; switching it off later keeps the table.

    The prose documentation accepts any further string key (`frontend_portal`, for instance); the server
    drops
    every key it does not know, and does not say so.

    Args:
        body (ExperimentalSettingsInput | Unset): The switches to store, at the top level of the
            body. The stored option is replaced by the known keys that were
            sent (a key left out falls back to its default); unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
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
    body: ExperimentalSettingsInput | Unset = UNSET,
) -> MessageWithBench | WpError | None:
    """Store the experimental feature switches

     Replaces the stored switches with the known keys sent at the top level of the body; unknown keys are
    dropped
    and a key left out falls back to its default. Every value except `campaign_ids` is stored as text,
    so
    `campaign_max_number` reads back as a string after any save. Switching `company_module`,
    `event_tracking` or
    `activity_log` to `yes` creates that feature's table; switching it off later keeps the table.

    The prose documentation accepts any further string key (`frontend_portal`, for instance); the server
    drops
    every key it does not know, and does not say so.

    Args:
        body (ExperimentalSettingsInput | Unset): The switches to store, at the top level of the
            body. The stored option is replaced by the known keys that were
            sent (a key left out falls back to its default); unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentalSettingsInput | Unset = UNSET,
) -> Response[MessageWithBench | WpError]:
    """Store the experimental feature switches

     Replaces the stored switches with the known keys sent at the top level of the body; unknown keys are
    dropped
    and a key left out falls back to its default. Every value except `campaign_ids` is stored as text,
    so
    `campaign_max_number` reads back as a string after any save. Switching `company_module`,
    `event_tracking` or
    `activity_log` to `yes` creates that feature's table; switching it off later keeps the table.

    The prose documentation accepts any further string key (`frontend_portal`, for instance); the server
    drops
    every key it does not know, and does not say so.

    Args:
        body (ExperimentalSettingsInput | Unset): The switches to store, at the top level of the
            body. The stored option is replaced by the known keys that were
            sent (a key left out falls back to its default); unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentalSettingsInput | Unset = UNSET,
) -> MessageWithBench | WpError | None:
    """Store the experimental feature switches

     Replaces the stored switches with the known keys sent at the top level of the body; unknown keys are
    dropped
    and a key left out falls back to its default. Every value except `campaign_ids` is stored as text,
    so
    `campaign_max_number` reads back as a string after any save. Switching `company_module`,
    `event_tracking` or
    `activity_log` to `yes` creates that feature's table; switching it off later keeps the table.

    The prose documentation accepts any further string key (`frontend_portal`, for instance); the server
    drops
    every key it does not know, and does not say so.

    Args:
        body (ExperimentalSettingsInput | Unset): The switches to store, at the top level of the
            body. The stored option is replaced by the known keys that were
            sent (a key left out falls back to its default); unknown keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
