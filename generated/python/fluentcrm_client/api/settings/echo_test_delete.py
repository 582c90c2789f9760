from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.request_echo_response import RequestEchoResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    probe: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["probe"] = probe

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/setting/test",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RequestEchoResponse | WpError | None:
    if response.status_code == 200:
        response_200 = RequestEchoResponse.from_dict(response.json())

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
) -> Response[RequestEchoResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    probe: str | Unset = UNSET,
) -> Response[RequestEchoResponse | WpError]:
    """Echo the request (DELETE)

     The diagnostic echo; nothing is deleted.

    Args:
        probe (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RequestEchoResponse | WpError]
    """

    kwargs = _get_kwargs(
        probe=probe,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    probe: str | Unset = UNSET,
) -> RequestEchoResponse | WpError | None:
    """Echo the request (DELETE)

     The diagnostic echo; nothing is deleted.

    Args:
        probe (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RequestEchoResponse | WpError
    """

    return sync_detailed(
        client=client,
        probe=probe,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    probe: str | Unset = UNSET,
) -> Response[RequestEchoResponse | WpError]:
    """Echo the request (DELETE)

     The diagnostic echo; nothing is deleted.

    Args:
        probe (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RequestEchoResponse | WpError]
    """

    kwargs = _get_kwargs(
        probe=probe,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    probe: str | Unset = UNSET,
) -> RequestEchoResponse | WpError | None:
    """Echo the request (DELETE)

     The diagnostic echo; nothing is deleted.

    Args:
        probe (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RequestEchoResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            probe=probe,
        )
    ).parsed
