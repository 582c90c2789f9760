from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.import_driver_run_input import ImportDriverRunInput
from ...models.message_error import MessageError
from ...models.user_import_progress import UserImportProgress
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    driver: str,
    *,
    body: ImportDriverRunInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/drivers/{driver}".format(
            driver=quote(str(driver), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | MessageError | UserImportProgress | WpError | None:
    if response.status_code == 200:
        response_200 = UserImportProgress.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | MessageError | UserImportProgress | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    driver: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportDriverRunInput,
) -> Response[CriticalError | MessageError | UserImportProgress | WpError]:
    """Import one page through an import source

     Imports one page (100 users) through a driver; on the free plugin only `users`, which works like
    `POST /import/users` but reads its settings from `config` (the status under `status`) and the page
    from
    `importing_page`, and answers without `message`. `has_more` has the same flaw: it is `true` for the
    last page
    that held users. Another driver gives 422.

    FluentCRM 2.9.84 crashes (500) when `importing_page` is missing (it subtracts from an empty string)
    and when
    `config` is missing; the emulator answers 400 for both.

    The prose documentation says: `importing_page` is optional; call repeatedly with an incrementing
    page. The
    server differs: Without `importing_page` the server crashes with 500. The prose documentation says:
    `has_more` is `true` if more batches remain. The server differs: `has_more` is `true` for every page
    that
    held users, the last one included.

    Args:
        driver (str):
        body (ImportDriverRunInput): One page of an import through a driver (only `users` exists
            on the free plugin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | UserImportProgress | WpError]
    """

    kwargs = _get_kwargs(
        driver=driver,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    driver: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportDriverRunInput,
) -> CriticalError | MessageError | UserImportProgress | WpError | None:
    """Import one page through an import source

     Imports one page (100 users) through a driver; on the free plugin only `users`, which works like
    `POST /import/users` but reads its settings from `config` (the status under `status`) and the page
    from
    `importing_page`, and answers without `message`. `has_more` has the same flaw: it is `true` for the
    last page
    that held users. Another driver gives 422.

    FluentCRM 2.9.84 crashes (500) when `importing_page` is missing (it subtracts from an empty string)
    and when
    `config` is missing; the emulator answers 400 for both.

    The prose documentation says: `importing_page` is optional; call repeatedly with an incrementing
    page. The
    server differs: Without `importing_page` the server crashes with 500. The prose documentation says:
    `has_more` is `true` if more batches remain. The server differs: `has_more` is `true` for every page
    that
    held users, the last one included.

    Args:
        driver (str):
        body (ImportDriverRunInput): One page of an import through a driver (only `users` exists
            on the free plugin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | UserImportProgress | WpError
    """

    return sync_detailed(
        driver=driver,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    driver: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportDriverRunInput,
) -> Response[CriticalError | MessageError | UserImportProgress | WpError]:
    """Import one page through an import source

     Imports one page (100 users) through a driver; on the free plugin only `users`, which works like
    `POST /import/users` but reads its settings from `config` (the status under `status`) and the page
    from
    `importing_page`, and answers without `message`. `has_more` has the same flaw: it is `true` for the
    last page
    that held users. Another driver gives 422.

    FluentCRM 2.9.84 crashes (500) when `importing_page` is missing (it subtracts from an empty string)
    and when
    `config` is missing; the emulator answers 400 for both.

    The prose documentation says: `importing_page` is optional; call repeatedly with an incrementing
    page. The
    server differs: Without `importing_page` the server crashes with 500. The prose documentation says:
    `has_more` is `true` if more batches remain. The server differs: `has_more` is `true` for every page
    that
    held users, the last one included.

    Args:
        driver (str):
        body (ImportDriverRunInput): One page of an import through a driver (only `users` exists
            on the free plugin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | UserImportProgress | WpError]
    """

    kwargs = _get_kwargs(
        driver=driver,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    driver: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportDriverRunInput,
) -> CriticalError | MessageError | UserImportProgress | WpError | None:
    """Import one page through an import source

     Imports one page (100 users) through a driver; on the free plugin only `users`, which works like
    `POST /import/users` but reads its settings from `config` (the status under `status`) and the page
    from
    `importing_page`, and answers without `message`. `has_more` has the same flaw: it is `true` for the
    last page
    that held users. Another driver gives 422.

    FluentCRM 2.9.84 crashes (500) when `importing_page` is missing (it subtracts from an empty string)
    and when
    `config` is missing; the emulator answers 400 for both.

    The prose documentation says: `importing_page` is optional; call repeatedly with an incrementing
    page. The
    server differs: Without `importing_page` the server crashes with 500. The prose documentation says:
    `has_more` is `true` if more batches remain. The server differs: `has_more` is `true` for every page
    that
    held users, the last one included.

    Args:
        driver (str):
        body (ImportDriverRunInput): One page of an import through a driver (only `users` exists
            on the free plugin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | UserImportProgress | WpError
    """

    return (
        await asyncio_detailed(
            driver=driver,
            client=client,
            body=body,
        )
    ).parsed
