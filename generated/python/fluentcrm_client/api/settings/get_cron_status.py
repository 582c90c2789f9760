from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cron_status import CronStatus
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/setting/cron_status",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CronStatus | WpError | None:
    if response.status_code == 200:
        response_200 = CronStatus.from_dict(response.json())

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
) -> Response[CronStatus | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CronStatus | WpError]:
    """Read the state of the background tasks

     Lists FluentCRM's three recurring tasks (every minute, every five minutes, hourly) with when they
    run next and
    whether they are overdue, and the PHP limits of the server.

    The second task is labelled with the hourly hook's name although it is the five-minute task; to run
    it with
    `POST /setting/run_cron`, use `fluentcrm_scheduled_five_minute_tasks`. The prose documentation
    repeats the
    wrong name and shows `usage_percent` as a number; the server sends a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CronStatus | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CronStatus | WpError | None:
    """Read the state of the background tasks

     Lists FluentCRM's three recurring tasks (every minute, every five minutes, hourly) with when they
    run next and
    whether they are overdue, and the PHP limits of the server.

    The second task is labelled with the hourly hook's name although it is the five-minute task; to run
    it with
    `POST /setting/run_cron`, use `fluentcrm_scheduled_five_minute_tasks`. The prose documentation
    repeats the
    wrong name and shows `usage_percent` as a number; the server sends a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CronStatus | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CronStatus | WpError]:
    """Read the state of the background tasks

     Lists FluentCRM's three recurring tasks (every minute, every five minutes, hourly) with when they
    run next and
    whether they are overdue, and the PHP limits of the server.

    The second task is labelled with the hourly hook's name although it is the five-minute task; to run
    it with
    `POST /setting/run_cron`, use `fluentcrm_scheduled_five_minute_tasks`. The prose documentation
    repeats the
    wrong name and shows `usage_percent` as a number; the server sends a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CronStatus | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CronStatus | WpError | None:
    """Read the state of the background tasks

     Lists FluentCRM's three recurring tasks (every minute, every five minutes, hourly) with when they
    run next and
    whether they are overdue, and the PHP limits of the server.

    The second task is labelled with the hourly hook's name although it is the five-minute task; to run
    it with
    `POST /setting/run_cron`, use `fluentcrm_scheduled_five_minute_tasks`. The prose documentation
    repeats the
    wrong name and shows `usage_percent` as a number; the server sends a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CronStatus | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
