from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_funnel_triggers_response_200 import ListFunnelTriggersResponse200
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funnels/triggers",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFunnelTriggersResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ListFunnelTriggersResponse200.from_dict(response.json())

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
) -> Response[ListFunnelTriggersResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListFunnelTriggersResponse200 | WpError]:
    """List the funnel triggers

     Returns every event a funnel can start on, keyed by trigger name, in `triggers`. In the free plugin
    only
    `user_register` is enabled; the others carry `disabled: true`.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFunnelTriggersResponse200 | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ListFunnelTriggersResponse200 | WpError | None:
    """List the funnel triggers

     Returns every event a funnel can start on, keyed by trigger name, in `triggers`. In the free plugin
    only
    `user_register` is enabled; the others carry `disabled: true`.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFunnelTriggersResponse200 | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListFunnelTriggersResponse200 | WpError]:
    """List the funnel triggers

     Returns every event a funnel can start on, keyed by trigger name, in `triggers`. In the free plugin
    only
    `user_register` is enabled; the others carry `disabled: true`.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFunnelTriggersResponse200 | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ListFunnelTriggersResponse200 | WpError | None:
    """List the funnel triggers

     Returns every event a funnel can start on, keyed by trigger name, in `triggers`. In the free plugin
    only
    `user_register` is enabled; the others carry `disabled: true`.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFunnelTriggersResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
