from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.docs_index_response import DocsIndexResponse
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/docs",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocsIndexResponse | WpError | None:
    if response.status_code == 200:
        response_200 = DocsIndexResponse.from_dict(response.json())

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
) -> Response[DocsIndexResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DocsIndexResponse | WpError]:
    """FluentCRM's online documentation

     Fetches the articles of FluentCRM's documentation from fluentcrm.com (cached for a week) for the in-
    app help.
    When fluentcrm.com cannot be reached the list is empty; that is not an error.

    The prose documentation shows a body with `docs` only; the server adds `__bench`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocsIndexResponse | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> DocsIndexResponse | WpError | None:
    """FluentCRM's online documentation

     Fetches the articles of FluentCRM's documentation from fluentcrm.com (cached for a week) for the in-
    app help.
    When fluentcrm.com cannot be reached the list is empty; that is not an error.

    The prose documentation shows a body with `docs` only; the server adds `__bench`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocsIndexResponse | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DocsIndexResponse | WpError]:
    """FluentCRM's online documentation

     Fetches the articles of FluentCRM's documentation from fluentcrm.com (cached for a week) for the in-
    app help.
    When fluentcrm.com cannot be reached the list is empty; that is not an error.

    The prose documentation shows a body with `docs` only; the server adds `__bench`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocsIndexResponse | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> DocsIndexResponse | WpError | None:
    """FluentCRM's online documentation

     Fetches the articles of FluentCRM's documentation from fluentcrm.com (cached for a week) for the in-
    app help.
    When fluentcrm.com cannot be reached the list is empty; that is not an error.

    The prose documentation shows a body with `docs` only; the server adds `__bench`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocsIndexResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
