from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.migrator_input import MigratorInput
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: MigratorInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/migrators/verify-cred",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageWithBench | WpError | None:
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
) -> Response[MessageError | MessageWithBench | WpError]:
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
) -> Response[MessageError | MessageWithBench | WpError]:
    """Check an account's credentials

     Asks the remote service whether `credential` opens the account, before a migration. Answers
    `Your provided API key is valid` when it does; a refusal, an unreachable service and an unknown
    `driver` give
    422 with the reason. A Mailchimp key without its data-centre suffix gives 423.

    The prose documentation says: Invalid credentials give 422. The server differs: A Mailchimp key
    without its
    `-<datacenter>` suffix (or an empty one) gives 423 with the client library's message.

    Args:
        body (MigratorInput): Which migrator to use and the account to read from. The remaining
            keys (`map_settings`, `tags`, `lists`,
            `import_page`, ...) depend on the migrator and are passed to it unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageWithBench | WpError]
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
) -> MessageError | MessageWithBench | WpError | None:
    """Check an account's credentials

     Asks the remote service whether `credential` opens the account, before a migration. Answers
    `Your provided API key is valid` when it does; a refusal, an unreachable service and an unknown
    `driver` give
    422 with the reason. A Mailchimp key without its data-centre suffix gives 423.

    The prose documentation says: Invalid credentials give 422. The server differs: A Mailchimp key
    without its
    `-<datacenter>` suffix (or an empty one) gives 423 with the client library's message.

    Args:
        body (MigratorInput): Which migrator to use and the account to read from. The remaining
            keys (`map_settings`, `tags`, `lists`,
            `import_page`, ...) depend on the migrator and are passed to it unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MigratorInput,
) -> Response[MessageError | MessageWithBench | WpError]:
    """Check an account's credentials

     Asks the remote service whether `credential` opens the account, before a migration. Answers
    `Your provided API key is valid` when it does; a refusal, an unreachable service and an unknown
    `driver` give
    422 with the reason. A Mailchimp key without its data-centre suffix gives 423.

    The prose documentation says: Invalid credentials give 422. The server differs: A Mailchimp key
    without its
    `-<datacenter>` suffix (or an empty one) gives 423 with the client library's message.

    Args:
        body (MigratorInput): Which migrator to use and the account to read from. The remaining
            keys (`map_settings`, `tags`, `lists`,
            `import_page`, ...) depend on the migrator and are passed to it unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageWithBench | WpError]
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
) -> MessageError | MessageWithBench | WpError | None:
    """Check an account's credentials

     Asks the remote service whether `credential` opens the account, before a migration. Answers
    `Your provided API key is valid` when it does; a refusal, an unreachable service and an unknown
    `driver` give
    422 with the reason. A Mailchimp key without its data-centre suffix gives 423.

    The prose documentation says: Invalid credentials give 422. The server differs: A Mailchimp key
    without its
    `-<datacenter>` suffix (or an empty one) gives 423 with the client library's message.

    Args:
        body (MigratorInput): Which migrator to use and the account to read from. The remaining
            keys (`map_settings`, `tags`, `lists`,
            `import_page`, ...) depend on the migrator and are passed to it unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
