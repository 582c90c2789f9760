from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.double_optin_response import DoubleOptinResponse
from ...models.get_double_optin_settings_with_item import (
    GetDoubleOptinSettingsWithItem,
)
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_id: int | Unset = UNSET,
    include: list[GetDoubleOptinSettingsWithItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_id"] = list_id

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for with_item_data in include:
            with_item: str = with_item_data
            json_include.append(with_item)

    params["with[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/setting/double-optin",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DoubleOptinResponse | WpError | None:
    if response.status_code == 200:
        response_200 = DoubleOptinResponse.from_dict(response.json())

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
) -> Response[DoubleOptinResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    include: list[GetDoubleOptinSettingsWithItem] | Unset = UNSET,
) -> Response[DoubleOptinResponse | WpError]:
    """Read the double opt-in settings

     Returns the double opt-in e-mail and the after-confirmation behaviour: the global settings, or with
    `list_id`
    those of one list (the global ones when the list has none of its own, which is also what an unknown
    list id
    gets). With `list_id` the answer also says whether the list follows the global settings
    (`global_double_optin`, `yes` by default). `with[]=settings_fields` adds the description of the
    form.

    Args:
        list_id (int | Unset):
        include (list[GetDoubleOptinSettingsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoubleOptinResponse | WpError]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    include: list[GetDoubleOptinSettingsWithItem] | Unset = UNSET,
) -> DoubleOptinResponse | WpError | None:
    """Read the double opt-in settings

     Returns the double opt-in e-mail and the after-confirmation behaviour: the global settings, or with
    `list_id`
    those of one list (the global ones when the list has none of its own, which is also what an unknown
    list id
    gets). With `list_id` the answer also says whether the list follows the global settings
    (`global_double_optin`, `yes` by default). `with[]=settings_fields` adds the description of the
    form.

    Args:
        list_id (int | Unset):
        include (list[GetDoubleOptinSettingsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoubleOptinResponse | WpError
    """

    return sync_detailed(
        client=client,
        list_id=list_id,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    include: list[GetDoubleOptinSettingsWithItem] | Unset = UNSET,
) -> Response[DoubleOptinResponse | WpError]:
    """Read the double opt-in settings

     Returns the double opt-in e-mail and the after-confirmation behaviour: the global settings, or with
    `list_id`
    those of one list (the global ones when the list has none of its own, which is also what an unknown
    list id
    gets). With `list_id` the answer also says whether the list follows the global settings
    (`global_double_optin`, `yes` by default). `with[]=settings_fields` adds the description of the
    form.

    Args:
        list_id (int | Unset):
        include (list[GetDoubleOptinSettingsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoubleOptinResponse | WpError]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    include: list[GetDoubleOptinSettingsWithItem] | Unset = UNSET,
) -> DoubleOptinResponse | WpError | None:
    """Read the double opt-in settings

     Returns the double opt-in e-mail and the after-confirmation behaviour: the global settings, or with
    `list_id`
    those of one list (the global ones when the list has none of its own, which is also what an unknown
    list id
    gets). With `list_id` the answer also says whether the list follows the global settings
    (`global_double_optin`, `yes` by default). `with[]=settings_fields` adds the description of the
    form.

    Args:
        list_id (int | Unset):
        include (list[GetDoubleOptinSettingsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoubleOptinResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            list_id=list_id,
            include=include,
        )
    ).parsed
