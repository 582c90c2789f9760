from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_old_logs_selected_logs_item import (
    CountOldLogsSelectedLogsItem,
)
from ...models.message_error import MessageError
from ...models.old_log_counts import OldLogCounts
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    days_before: int,
    selected_logs: list[CountOldLogsSelectedLogsItem],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["days_before"] = days_before

    json_selected_logs = []
    for selected_logs_item_data in selected_logs:
        selected_logs_item: str = selected_logs_item_data
        json_selected_logs.append(selected_logs_item)

    params["selected_logs[]"] = json_selected_logs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/setting/old_logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | OldLogCounts | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = OldLogCounts.from_dict(response.json())

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
) -> Response[MessageError | OldLogCounts | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    days_before: int,
    selected_logs: list[CountOldLogsSelectedLogsItem],
) -> Response[MessageError | OldLogCounts | ValidationErrors | WpError]:
    """Count log rows older than a number of days

     Counts, for each selected log, the rows created before midnight `days_before` days ago. Both
    parameters are
    required and `days_before` must be a number of at least 7 (422). Counting `activity_logs` before the
    `activity_log` experiment was ever switched on fails with 423, because its table does not exist yet.

    A `selected_logs` that is a single string instead of an array, and a `days_before` so large that the
    cut-off
    date overflows, crash FluentCRM 2.9.84 (500); the emulator answers 400 instead.

    Args:
        days_before (int):
        selected_logs (list[CountOldLogsSelectedLogsItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | OldLogCounts | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        days_before=days_before,
        selected_logs=selected_logs,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    days_before: int,
    selected_logs: list[CountOldLogsSelectedLogsItem],
) -> MessageError | OldLogCounts | ValidationErrors | WpError | None:
    """Count log rows older than a number of days

     Counts, for each selected log, the rows created before midnight `days_before` days ago. Both
    parameters are
    required and `days_before` must be a number of at least 7 (422). Counting `activity_logs` before the
    `activity_log` experiment was ever switched on fails with 423, because its table does not exist yet.

    A `selected_logs` that is a single string instead of an array, and a `days_before` so large that the
    cut-off
    date overflows, crash FluentCRM 2.9.84 (500); the emulator answers 400 instead.

    Args:
        days_before (int):
        selected_logs (list[CountOldLogsSelectedLogsItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | OldLogCounts | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        days_before=days_before,
        selected_logs=selected_logs,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    days_before: int,
    selected_logs: list[CountOldLogsSelectedLogsItem],
) -> Response[MessageError | OldLogCounts | ValidationErrors | WpError]:
    """Count log rows older than a number of days

     Counts, for each selected log, the rows created before midnight `days_before` days ago. Both
    parameters are
    required and `days_before` must be a number of at least 7 (422). Counting `activity_logs` before the
    `activity_log` experiment was ever switched on fails with 423, because its table does not exist yet.

    A `selected_logs` that is a single string instead of an array, and a `days_before` so large that the
    cut-off
    date overflows, crash FluentCRM 2.9.84 (500); the emulator answers 400 instead.

    Args:
        days_before (int):
        selected_logs (list[CountOldLogsSelectedLogsItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | OldLogCounts | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        days_before=days_before,
        selected_logs=selected_logs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    days_before: int,
    selected_logs: list[CountOldLogsSelectedLogsItem],
) -> MessageError | OldLogCounts | ValidationErrors | WpError | None:
    """Count log rows older than a number of days

     Counts, for each selected log, the rows created before midnight `days_before` days ago. Both
    parameters are
    required and `days_before` must be a number of at least 7 (422). Counting `activity_logs` before the
    `activity_log` experiment was ever switched on fails with 423, because its table does not exist yet.

    A `selected_logs` that is a single string instead of an array, and a `days_before` so large that the
    cut-off
    date overflows, crash FluentCRM 2.9.84 (500); the emulator answers 400 instead.

    Args:
        days_before (int):
        selected_logs (list[CountOldLogsSelectedLogsItem]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | OldLogCounts | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            days_before=days_before,
            selected_logs=selected_logs,
        )
    ).parsed
