from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_with_bench import MessageWithBench
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/ping",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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
) -> Response[MessageWithBench | WpError]:
    """Check that the API answers

     Answers `pong`. The admin screens call it to see whether the REST API is reachable and the user is
    signed in; it
    reads nothing and changes nothing.

    The prose documentation says: The body holds only `message`. The server differs: The body also holds
    `__bench`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> MessageWithBench | WpError | None:
    """Check that the API answers

     Answers `pong`. The admin screens call it to see whether the REST API is reachable and the user is
    signed in; it
    reads nothing and changes nothing.

    The prose documentation says: The body holds only `message`. The server differs: The body also holds
    `__bench`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageWithBench | WpError]:
    """Check that the API answers

     Answers `pong`. The admin screens call it to see whether the REST API is reachable and the user is
    signed in; it
    reads nothing and changes nothing.

    The prose documentation says: The body holds only `message`. The server differs: The body also holds
    `__bench`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> MessageWithBench | WpError | None:
    """Check that the API answers

     Answers `pong`. The admin screens call it to see whether the REST API is reachable and the user is
    signed in; it
    reads nothing and changes nothing.

    The prose documentation says: The body holds only `message`. The server differs: The body also holds
    `__bench`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
