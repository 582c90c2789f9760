from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.migrator_input import MigratorInput
from ...models.migrator_summary_response import MigratorSummaryResponse
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: MigratorInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/migrators/summary",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MigratorSummaryResponse | WpError | None:
    if response.status_code == 200:
        response_200 = MigratorSummaryResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | MigratorSummaryResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MigratorInput,
) -> Response[MessageError | MigratorSummaryResponse | WpError]:
    """Preview a migration

     Counts what a migration with the given `map_settings` would import from the remote account and says
    so in a
    sentence. Nothing is imported.

    The prose documentation says: `import_summary` holds `total_contacts` and the selected `lists` and
    `tags`
    with their counts. The server differs: `import_summary` holds `subscribed_count`,
    `unsubscribed_count`,
    `all_count` and a `message`.

    Args:
        body (MigratorInput): Which migrator to use and the account to read from. The remaining
            keys (`map_settings`, `tags`, `lists`,
            `import_page`, ...) depend on the migrator and are passed to it unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MigratorSummaryResponse | WpError]
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
    body: MigratorInput,
) -> MessageError | MigratorSummaryResponse | WpError | None:
    """Preview a migration

     Counts what a migration with the given `map_settings` would import from the remote account and says
    so in a
    sentence. Nothing is imported.

    The prose documentation says: `import_summary` holds `total_contacts` and the selected `lists` and
    `tags`
    with their counts. The server differs: `import_summary` holds `subscribed_count`,
    `unsubscribed_count`,
    `all_count` and a `message`.

    Args:
        body (MigratorInput): Which migrator to use and the account to read from. The remaining
            keys (`map_settings`, `tags`, `lists`,
            `import_page`, ...) depend on the migrator and are passed to it unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MigratorSummaryResponse | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MigratorInput,
) -> Response[MessageError | MigratorSummaryResponse | WpError]:
    """Preview a migration

     Counts what a migration with the given `map_settings` would import from the remote account and says
    so in a
    sentence. Nothing is imported.

    The prose documentation says: `import_summary` holds `total_contacts` and the selected `lists` and
    `tags`
    with their counts. The server differs: `import_summary` holds `subscribed_count`,
    `unsubscribed_count`,
    `all_count` and a `message`.

    Args:
        body (MigratorInput): Which migrator to use and the account to read from. The remaining
            keys (`map_settings`, `tags`, `lists`,
            `import_page`, ...) depend on the migrator and are passed to it unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MigratorSummaryResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MigratorInput,
) -> MessageError | MigratorSummaryResponse | WpError | None:
    """Preview a migration

     Counts what a migration with the given `map_settings` would import from the remote account and says
    so in a
    sentence. Nothing is imported.

    The prose documentation says: `import_summary` holds `total_contacts` and the selected `lists` and
    `tags`
    with their counts. The server differs: `import_summary` holds `subscribed_count`,
    `unsubscribed_count`,
    `all_count` and a `message`.

    Args:
        body (MigratorInput): Which migrator to use and the account to read from. The remaining
            keys (`map_settings`, `tags`, `lists`,
            `import_page`, ...) depend on the migrator and are passed to it unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MigratorSummaryResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
