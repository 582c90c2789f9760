from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_find_response import ContactFindResponse
from ...models.critical_error import CriticalError
from ...models.get_contact_with_item import GetContactWithItem
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    include: list[GetContactWithItem] | Unset = UNSET,
    get_by_email: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for with_item_data in include:
            with_item: str = with_item_data
            json_include.append(with_item)

    params["with[]"] = json_include

    params["get_by_email"] = get_by_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactFindResponse | CriticalError | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = ContactFindResponse.from_dict(response.json())

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
) -> Response[ContactFindResponse | CriticalError | MessageError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetContactWithItem] | Unset = UNSET,
    get_by_email: str | Unset = UNSET,
) -> Response[ContactFindResponse | CriticalError | MessageError | WpError]:
    """Get a contact

     Returns one contact with its tags and lists. Extra data is added only on request with `with[]`. With
    id `0`
    and `get_by_email`, the contact is looked up by e-mail instead.

    The prose documentation shows `stats` and `custom_values` in every answer and leaves the list of
    `with[]` values
    empty; in fact they appear only with `with[]=stats` and `with[]=subscriber.custom_values`. A missing
    contact
    gives 422 `Subscriber not found`, not 404. Some keys are conditional: `user_edit_url` and
    `user_roles` for a
    contact linked to a WordPress user, `unsubscribe_reason` and `unsubscribe_date` for unsubscribed,
    bounced or
    complained contacts. `photo` is the plugin's placeholder image unless `avatar` is set, not a
    Gravatar URL.

    Args:
        id (int):
        include (list[GetContactWithItem] | Unset):
        get_by_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactFindResponse | CriticalError | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        get_by_email=get_by_email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetContactWithItem] | Unset = UNSET,
    get_by_email: str | Unset = UNSET,
) -> ContactFindResponse | CriticalError | MessageError | WpError | None:
    """Get a contact

     Returns one contact with its tags and lists. Extra data is added only on request with `with[]`. With
    id `0`
    and `get_by_email`, the contact is looked up by e-mail instead.

    The prose documentation shows `stats` and `custom_values` in every answer and leaves the list of
    `with[]` values
    empty; in fact they appear only with `with[]=stats` and `with[]=subscriber.custom_values`. A missing
    contact
    gives 422 `Subscriber not found`, not 404. Some keys are conditional: `user_edit_url` and
    `user_roles` for a
    contact linked to a WordPress user, `unsubscribe_reason` and `unsubscribe_date` for unsubscribed,
    bounced or
    complained contacts. `photo` is the plugin's placeholder image unless `avatar` is set, not a
    Gravatar URL.

    Args:
        id (int):
        include (list[GetContactWithItem] | Unset):
        get_by_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactFindResponse | CriticalError | MessageError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        include=include,
        get_by_email=get_by_email,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetContactWithItem] | Unset = UNSET,
    get_by_email: str | Unset = UNSET,
) -> Response[ContactFindResponse | CriticalError | MessageError | WpError]:
    """Get a contact

     Returns one contact with its tags and lists. Extra data is added only on request with `with[]`. With
    id `0`
    and `get_by_email`, the contact is looked up by e-mail instead.

    The prose documentation shows `stats` and `custom_values` in every answer and leaves the list of
    `with[]` values
    empty; in fact they appear only with `with[]=stats` and `with[]=subscriber.custom_values`. A missing
    contact
    gives 422 `Subscriber not found`, not 404. Some keys are conditional: `user_edit_url` and
    `user_roles` for a
    contact linked to a WordPress user, `unsubscribe_reason` and `unsubscribe_date` for unsubscribed,
    bounced or
    complained contacts. `photo` is the plugin's placeholder image unless `avatar` is set, not a
    Gravatar URL.

    Args:
        id (int):
        include (list[GetContactWithItem] | Unset):
        get_by_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactFindResponse | CriticalError | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        get_by_email=get_by_email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetContactWithItem] | Unset = UNSET,
    get_by_email: str | Unset = UNSET,
) -> ContactFindResponse | CriticalError | MessageError | WpError | None:
    """Get a contact

     Returns one contact with its tags and lists. Extra data is added only on request with `with[]`. With
    id `0`
    and `get_by_email`, the contact is looked up by e-mail instead.

    The prose documentation shows `stats` and `custom_values` in every answer and leaves the list of
    `with[]` values
    empty; in fact they appear only with `with[]=stats` and `with[]=subscriber.custom_values`. A missing
    contact
    gives 422 `Subscriber not found`, not 404. Some keys are conditional: `user_edit_url` and
    `user_roles` for a
    contact linked to a WordPress user, `unsubscribe_reason` and `unsubscribe_date` for unsubscribed,
    bounced or
    complained contacts. `photo` is the plugin's placeholder image unless `avatar` is set, not a
    Gravatar URL.

    Args:
        id (int):
        include (list[GetContactWithItem] | Unset):
        get_by_email (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactFindResponse | CriticalError | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include=include,
            get_by_email=get_by_email,
        )
    ).parsed
