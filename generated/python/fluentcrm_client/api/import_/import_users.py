from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_import_input import UserImportInput
from ...models.user_import_progress import UserImportProgress
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UserImportInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/users",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserImportProgress | WpError | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserImportProgress | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserImportInput | Unset = UNSET,
) -> Response[UserImportProgress | WpError]:
    """Import WordPress users as contacts

     Imports one page (100 users) of the WordPress users with the given `roles` (every role when `roles`
    is empty or
    missing) as contacts with source `wp_users`, linked to their user. Existing contacts are updated
    only with
    `update: true`. Call again with the next `page` while `has_more` is true.

    FluentCRM 2.9.84 sets `has_more` whenever the page held users, so it is `true` even when that page
    finished the
    import (1 user of 1); only the following, empty page answers `false`.

    The prose documentation says: `has_more` tells whether another page has to be imported. The server
    differs:
    `has_more` is `true` for every page that held users, the last one included; the next, empty page
    says
    `false`. The prose documentation says: `roles` and `new_status` are required. The server differs:
    Without
    `roles` users of every role are imported; an empty body is accepted.

    Args:
        body (UserImportInput | Unset): Import one page (100 users) of WordPress users with the
            given roles as contacts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserImportProgress | WpError]
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
    body: UserImportInput | Unset = UNSET,
) -> UserImportProgress | WpError | None:
    """Import WordPress users as contacts

     Imports one page (100 users) of the WordPress users with the given `roles` (every role when `roles`
    is empty or
    missing) as contacts with source `wp_users`, linked to their user. Existing contacts are updated
    only with
    `update: true`. Call again with the next `page` while `has_more` is true.

    FluentCRM 2.9.84 sets `has_more` whenever the page held users, so it is `true` even when that page
    finished the
    import (1 user of 1); only the following, empty page answers `false`.

    The prose documentation says: `has_more` tells whether another page has to be imported. The server
    differs:
    `has_more` is `true` for every page that held users, the last one included; the next, empty page
    says
    `false`. The prose documentation says: `roles` and `new_status` are required. The server differs:
    Without
    `roles` users of every role are imported; an empty body is accepted.

    Args:
        body (UserImportInput | Unset): Import one page (100 users) of WordPress users with the
            given roles as contacts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserImportProgress | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserImportInput | Unset = UNSET,
) -> Response[UserImportProgress | WpError]:
    """Import WordPress users as contacts

     Imports one page (100 users) of the WordPress users with the given `roles` (every role when `roles`
    is empty or
    missing) as contacts with source `wp_users`, linked to their user. Existing contacts are updated
    only with
    `update: true`. Call again with the next `page` while `has_more` is true.

    FluentCRM 2.9.84 sets `has_more` whenever the page held users, so it is `true` even when that page
    finished the
    import (1 user of 1); only the following, empty page answers `false`.

    The prose documentation says: `has_more` tells whether another page has to be imported. The server
    differs:
    `has_more` is `true` for every page that held users, the last one included; the next, empty page
    says
    `false`. The prose documentation says: `roles` and `new_status` are required. The server differs:
    Without
    `roles` users of every role are imported; an empty body is accepted.

    Args:
        body (UserImportInput | Unset): Import one page (100 users) of WordPress users with the
            given roles as contacts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserImportProgress | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserImportInput | Unset = UNSET,
) -> UserImportProgress | WpError | None:
    """Import WordPress users as contacts

     Imports one page (100 users) of the WordPress users with the given `roles` (every role when `roles`
    is empty or
    missing) as contacts with source `wp_users`, linked to their user. Existing contacts are updated
    only with
    `update: true`. Call again with the next `page` while `has_more` is true.

    FluentCRM 2.9.84 sets `has_more` whenever the page held users, so it is `true` even when that page
    finished the
    import (1 user of 1); only the following, empty page answers `false`.

    The prose documentation says: `has_more` tells whether another page has to be imported. The server
    differs:
    `has_more` is `true` for every page that held users, the last one included; the next, empty page
    says
    `false`. The prose documentation says: `roles` and `new_status` are required. The server differs:
    Without
    `roles` users of every role are imported; an empty body is accepted.

    Args:
        body (UserImportInput | Unset): Import one page (100 users) of WordPress users with the
            given roles as contacts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserImportProgress | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
