from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.old_logs_delete_response import OldLogsDeleteResponse
from ...models.old_logs_input import OldLogsInput
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: OldLogsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/setting/old_logs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | OldLogsDeleteResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = OldLogsDeleteResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | OldLogsDeleteResponse | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OldLogsInput,
) -> Response[MessageError | OldLogsDeleteResponse | ValidationErrors | WpError]:
    """Delete log rows older than a number of days

     Deletes up to 10,000 rows of each selected log created before midnight `days_before` days ago (sent
    campaign e-mails, clicks, opens, system or activity logs), and says in `has_more` whether older rows
    remain.
    The same validation as the count applies. Irreversible.

    Args:
        body (OldLogsInput): Which logs, older than how many days. Both are required;
            `days_before` must be a number of at least 7. An
            unknown log name is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | OldLogsDeleteResponse | ValidationErrors | WpError]
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
    body: OldLogsInput,
) -> MessageError | OldLogsDeleteResponse | ValidationErrors | WpError | None:
    """Delete log rows older than a number of days

     Deletes up to 10,000 rows of each selected log created before midnight `days_before` days ago (sent
    campaign e-mails, clicks, opens, system or activity logs), and says in `has_more` whether older rows
    remain.
    The same validation as the count applies. Irreversible.

    Args:
        body (OldLogsInput): Which logs, older than how many days. Both are required;
            `days_before` must be a number of at least 7. An
            unknown log name is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | OldLogsDeleteResponse | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OldLogsInput,
) -> Response[MessageError | OldLogsDeleteResponse | ValidationErrors | WpError]:
    """Delete log rows older than a number of days

     Deletes up to 10,000 rows of each selected log created before midnight `days_before` days ago (sent
    campaign e-mails, clicks, opens, system or activity logs), and says in `has_more` whether older rows
    remain.
    The same validation as the count applies. Irreversible.

    Args:
        body (OldLogsInput): Which logs, older than how many days. Both are required;
            `days_before` must be a number of at least 7. An
            unknown log name is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | OldLogsDeleteResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OldLogsInput,
) -> MessageError | OldLogsDeleteResponse | ValidationErrors | WpError | None:
    """Delete log rows older than a number of days

     Deletes up to 10,000 rows of each selected log created before midnight `days_before` days ago (sent
    campaign e-mails, clicks, opens, system or activity logs), and says in `has_more` whether older rows
    remain.
    The same validation as the count applies. Irreversible.

    Args:
        body (OldLogsInput): Which logs, older than how many days. Both are required;
            `days_before` must be a number of at least 7. An
            unknown log name is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | OldLogsDeleteResponse | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
