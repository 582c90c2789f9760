from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.doc_fetched import DocFetched
from ...models.doc_unavailable import DocUnavailable
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/docs/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | DocFetched | DocUnavailable | WpError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DocFetched | DocUnavailable:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_doc_response_doc_fetched = DocFetched.from_dict(data)

                return componentsschemas_doc_response_doc_fetched
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_doc_response_doc_unavailable = DocUnavailable.from_dict(data)

            return componentsschemas_doc_response_doc_unavailable

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 404:
        response_404 = WpError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | DocFetched | DocUnavailable | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CriticalError | DocFetched | DocUnavailable | WpError]:
    """One documentation article

     Fetches one article from fluentcrm.com by its id. When it cannot be fetched the answer is still 200,
    with an
    apology in `content` and `is_error: true`.

    The id `0` crashes FluentCRM 2.9.84 (500): the framework drops a path value of `"0"` before calling
    the
    controller. `00` and other ids are served normally. The emulator answers 400 for `0`.

    The prose documentation says: Any integer id is accepted. The server differs: The id `0` crashes the
    server
    (500).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | DocFetched | DocUnavailable | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CriticalError | DocFetched | DocUnavailable | WpError | None:
    """One documentation article

     Fetches one article from fluentcrm.com by its id. When it cannot be fetched the answer is still 200,
    with an
    apology in `content` and `is_error: true`.

    The id `0` crashes FluentCRM 2.9.84 (500): the framework drops a path value of `"0"` before calling
    the
    controller. `00` and other ids are served normally. The emulator answers 400 for `0`.

    The prose documentation says: Any integer id is accepted. The server differs: The id `0` crashes the
    server
    (500).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | DocFetched | DocUnavailable | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CriticalError | DocFetched | DocUnavailable | WpError]:
    """One documentation article

     Fetches one article from fluentcrm.com by its id. When it cannot be fetched the answer is still 200,
    with an
    apology in `content` and `is_error: true`.

    The id `0` crashes FluentCRM 2.9.84 (500): the framework drops a path value of `"0"` before calling
    the
    controller. `00` and other ids are served normally. The emulator answers 400 for `0`.

    The prose documentation says: Any integer id is accepted. The server differs: The id `0` crashes the
    server
    (500).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | DocFetched | DocUnavailable | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CriticalError | DocFetched | DocUnavailable | WpError | None:
    """One documentation article

     Fetches one article from fluentcrm.com by its id. When it cannot be fetched the answer is still 200,
    with an
    apology in `content` and `is_error: true`.

    The id `0` crashes FluentCRM 2.9.84 (500): the framework drops a path value of `"0"` before calling
    the
    controller. `00` and other ids are served normally. The emulator answers 400 for `0`.

    The prose documentation says: Any integer id is accepted. The server differs: The id `0` crashes the
    server
    (500).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | DocFetched | DocUnavailable | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
