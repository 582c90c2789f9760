from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_funnel_templates_response_200 import ListFunnelTemplatesResponse200
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funnels/templates",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFunnelTemplatesResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ListFunnelTemplatesResponse200.from_dict(response.json())

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
) -> Response[ListFunnelTemplatesResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListFunnelTemplatesResponse200 | WpError]:
    """List the remote automation templates

     Returns FluentCRM's catalogue of ready-made automations, which the server fetches from fluentcrm.com
    and caches.
    When the site cannot reach it (as on the recording server, which blocks outgoing requests), all
    three lists are
    empty. The entries come from the remote catalogue and are not described further.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFunnelTemplatesResponse200 | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ListFunnelTemplatesResponse200 | WpError | None:
    """List the remote automation templates

     Returns FluentCRM's catalogue of ready-made automations, which the server fetches from fluentcrm.com
    and caches.
    When the site cannot reach it (as on the recording server, which blocks outgoing requests), all
    three lists are
    empty. The entries come from the remote catalogue and are not described further.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFunnelTemplatesResponse200 | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListFunnelTemplatesResponse200 | WpError]:
    """List the remote automation templates

     Returns FluentCRM's catalogue of ready-made automations, which the server fetches from fluentcrm.com
    and caches.
    When the site cannot reach it (as on the recording server, which blocks outgoing requests), all
    three lists are
    empty. The entries come from the remote catalogue and are not described further.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFunnelTemplatesResponse200 | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ListFunnelTemplatesResponse200 | WpError | None:
    """List the remote automation templates

     Returns FluentCRM's catalogue of ready-made automations, which the server fetches from fluentcrm.com
    and caches.
    When the site cannot reach it (as on the recording server, which blocks outgoing requests), all
    three lists are
    empty. The entries come from the remote catalogue and are not described further.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFunnelTemplatesResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
