from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_subscribe_response import AutoSubscribeResponse
from ...models.get_auto_subscribe_settings_with_item import (
    GetAutoSubscribeSettingsWithItem,
)
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: list[GetAutoSubscribeSettingsWithItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/setting/auto_subscribe_settings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoSubscribeResponse | WpError | None:
    if response.status_code == 200:
        response_200 = AutoSubscribeResponse.from_dict(response.json())

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
) -> Response[AutoSubscribeResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetAutoSubscribeSettingsWithItem] | Unset = UNSET,
) -> Response[AutoSubscribeResponse | WpError]:
    """Read the automatic-subscription settings

     Returns how WordPress users and commenters become contacts: sign-up, comment-form and user-sync
    settings and
    the role-based tagging (each with FluentCRM's defaults until saved). `with[]=fields` adds the four
    form
    sections the admin screen draws. With WooCommerce active two more keys (`woo_checkout_*`) appear.

    Args:
        include (list[GetAutoSubscribeSettingsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSubscribeResponse | WpError]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetAutoSubscribeSettingsWithItem] | Unset = UNSET,
) -> AutoSubscribeResponse | WpError | None:
    """Read the automatic-subscription settings

     Returns how WordPress users and commenters become contacts: sign-up, comment-form and user-sync
    settings and
    the role-based tagging (each with FluentCRM's defaults until saved). `with[]=fields` adds the four
    form
    sections the admin screen draws. With WooCommerce active two more keys (`woo_checkout_*`) appear.

    Args:
        include (list[GetAutoSubscribeSettingsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSubscribeResponse | WpError
    """

    return sync_detailed(
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetAutoSubscribeSettingsWithItem] | Unset = UNSET,
) -> Response[AutoSubscribeResponse | WpError]:
    """Read the automatic-subscription settings

     Returns how WordPress users and commenters become contacts: sign-up, comment-form and user-sync
    settings and
    the role-based tagging (each with FluentCRM's defaults until saved). `with[]=fields` adds the four
    form
    sections the admin screen draws. With WooCommerce active two more keys (`woo_checkout_*`) appear.

    Args:
        include (list[GetAutoSubscribeSettingsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSubscribeResponse | WpError]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include: list[GetAutoSubscribeSettingsWithItem] | Unset = UNSET,
) -> AutoSubscribeResponse | WpError | None:
    """Read the automatic-subscription settings

     Returns how WordPress users and commenters become contacts: sign-up, comment-form and user-sync
    settings and
    the role-based tagging (each with FluentCRM's defaults until saved). `with[]=fields` adds the four
    form
    sections the admin screen draws. With WooCommerce active two more keys (`woo_checkout_*`) appear.

    Args:
        include (list[GetAutoSubscribeSettingsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSubscribeResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
        )
    ).parsed
