from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_subscribe_input import AutoSubscribeInput
from ...models.message_with_bench import MessageWithBench
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AutoSubscribeInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/setting/auto_subscribe_settings",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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
    body: AutoSubscribeInput | Unset = UNSET,
) -> Response[MessageWithBench | WpError]:
    """Store the automatic-subscription settings

     Stores `registration_setting`, `comment_settings` and `user_syncing_settings` as sent, each
    replacing the
    stored object; one left out is stored empty and reads back as its defaults.
    `role_based_tagging_settings` is
    only saved by FluentCRM Pro. Nothing is validated.

    Args:
        body (AutoSubscribeInput | Unset): The three settings objects the free plugin saves. Each
            one is stored as sent, replacing the stored object; one
            that is left out is stored as an empty object, which reads back as the defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
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
    body: AutoSubscribeInput | Unset = UNSET,
) -> MessageWithBench | WpError | None:
    """Store the automatic-subscription settings

     Stores `registration_setting`, `comment_settings` and `user_syncing_settings` as sent, each
    replacing the
    stored object; one left out is stored empty and reads back as its defaults.
    `role_based_tagging_settings` is
    only saved by FluentCRM Pro. Nothing is validated.

    Args:
        body (AutoSubscribeInput | Unset): The three settings objects the free plugin saves. Each
            one is stored as sent, replacing the stored object; one
            that is left out is stored as an empty object, which reads back as the defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AutoSubscribeInput | Unset = UNSET,
) -> Response[MessageWithBench | WpError]:
    """Store the automatic-subscription settings

     Stores `registration_setting`, `comment_settings` and `user_syncing_settings` as sent, each
    replacing the
    stored object; one left out is stored empty and reads back as its defaults.
    `role_based_tagging_settings` is
    only saved by FluentCRM Pro. Nothing is validated.

    Args:
        body (AutoSubscribeInput | Unset): The three settings objects the free plugin saves. Each
            one is stored as sent, replacing the stored object; one
            that is left out is stored as an empty object, which reads back as the defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AutoSubscribeInput | Unset = UNSET,
) -> MessageWithBench | WpError | None:
    """Store the automatic-subscription settings

     Stores `registration_setting`, `comment_settings` and `user_syncing_settings` as sent, each
    replacing the
    stored object; one left out is stored empty and reads back as its defaults.
    `role_based_tagging_settings` is
    only saved by FluentCRM Pro. Nothing is validated.

    Args:
        body (AutoSubscribeInput | Unset): The three settings objects the free plugin saves. Each
            one is stored as sent, replacing the stored object; one
            that is left out is stored as an empty object, which reads back as the defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
