from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_users_fields_item import ListUsersFieldsItem
from ...models.user_index_response import UserIndexResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    roles: list[str] | Unset = UNSET,
    limit: int | Unset = 5,
    fields: list[ListUsersFieldsItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_roles: list[str] | Unset = UNSET
    if not isinstance(roles, Unset):
        json_roles = roles

    params["roles[]"] = json_roles

    params["limit"] = limit

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item: str = fields_item_data
            json_fields.append(fields_item)

    params["fields[]"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserIndexResponse | WpError | str | None:
    if response.status_code == 200:
        response_200 = UserIndexResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserIndexResponse | WpError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    roles: list[str] | Unset = UNSET,
    limit: int | Unset = 5,
    fields: list[ListUsersFieldsItem] | Unset = UNSET,
) -> Response[UserIndexResponse | WpError | str]:
    """List WordPress users

     Returns up to `limit` WordPress users (5 by default), optionally only those with one of the
    `roles[]`, and the
    `total` number of matching users. Each user has `ID` and `id` (both numeric strings), `display_name`
    and
    `user_email`; `fields[]` picks other `wp_users` columns instead. The response has no `__bench`.

    Do not send `fields=all`: WordPress then returns whole user objects, password hashes included. A
    `limit` that
    is not a number crashes WordPress's user query with an HTML error page; the emulator answers 400.

    The prose documentation does not describe this operation.

    Args:
        roles (list[str] | Unset):
        limit (int | Unset):  Default: 5.
        fields (list[ListUsersFieldsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserIndexResponse | WpError | str]
    """

    kwargs = _get_kwargs(
        roles=roles,
        limit=limit,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    roles: list[str] | Unset = UNSET,
    limit: int | Unset = 5,
    fields: list[ListUsersFieldsItem] | Unset = UNSET,
) -> UserIndexResponse | WpError | str | None:
    """List WordPress users

     Returns up to `limit` WordPress users (5 by default), optionally only those with one of the
    `roles[]`, and the
    `total` number of matching users. Each user has `ID` and `id` (both numeric strings), `display_name`
    and
    `user_email`; `fields[]` picks other `wp_users` columns instead. The response has no `__bench`.

    Do not send `fields=all`: WordPress then returns whole user objects, password hashes included. A
    `limit` that
    is not a number crashes WordPress's user query with an HTML error page; the emulator answers 400.

    The prose documentation does not describe this operation.

    Args:
        roles (list[str] | Unset):
        limit (int | Unset):  Default: 5.
        fields (list[ListUsersFieldsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserIndexResponse | WpError | str
    """

    return sync_detailed(
        client=client,
        roles=roles,
        limit=limit,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    roles: list[str] | Unset = UNSET,
    limit: int | Unset = 5,
    fields: list[ListUsersFieldsItem] | Unset = UNSET,
) -> Response[UserIndexResponse | WpError | str]:
    """List WordPress users

     Returns up to `limit` WordPress users (5 by default), optionally only those with one of the
    `roles[]`, and the
    `total` number of matching users. Each user has `ID` and `id` (both numeric strings), `display_name`
    and
    `user_email`; `fields[]` picks other `wp_users` columns instead. The response has no `__bench`.

    Do not send `fields=all`: WordPress then returns whole user objects, password hashes included. A
    `limit` that
    is not a number crashes WordPress's user query with an HTML error page; the emulator answers 400.

    The prose documentation does not describe this operation.

    Args:
        roles (list[str] | Unset):
        limit (int | Unset):  Default: 5.
        fields (list[ListUsersFieldsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserIndexResponse | WpError | str]
    """

    kwargs = _get_kwargs(
        roles=roles,
        limit=limit,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    roles: list[str] | Unset = UNSET,
    limit: int | Unset = 5,
    fields: list[ListUsersFieldsItem] | Unset = UNSET,
) -> UserIndexResponse | WpError | str | None:
    """List WordPress users

     Returns up to `limit` WordPress users (5 by default), optionally only those with one of the
    `roles[]`, and the
    `total` number of matching users. Each user has `ID` and `id` (both numeric strings), `display_name`
    and
    `user_email`; `fields[]` picks other `wp_users` columns instead. The response has no `__bench`.

    Do not send `fields=all`: WordPress then returns whole user objects, password hashes included. A
    `limit` that
    is not a number crashes WordPress's user query with an HTML error page; the emulator answers 400.

    The prose documentation does not describe this operation.

    Args:
        roles (list[str] | Unset):
        limit (int | Unset):  Default: 5.
        fields (list[ListUsersFieldsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserIndexResponse | WpError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            roles=roles,
            limit=limit,
            fields=fields,
        )
    ).parsed
