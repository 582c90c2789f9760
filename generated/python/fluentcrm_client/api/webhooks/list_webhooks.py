from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_webhooks_response_200 import ListWebhooksResponse200
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListWebhooksResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ListWebhooksResponse200.from_dict(response.json())

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
) -> Response[ListWebhooksResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[ListWebhooksResponse200 | WpError]:
    """List incoming webhooks

     Returns every incoming contact webhook, newest first, together with what the webhook screen needs:
    the contact
    fields and custom fields a payload may fill, and all lists and tags (plus `companies` when the
    company module is
    on). `search` keeps the webhooks whose name contains the text, case-insensitively. Nothing is
    paginated.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhooksResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> ListWebhooksResponse200 | WpError | None:
    """List incoming webhooks

     Returns every incoming contact webhook, newest first, together with what the webhook screen needs:
    the contact
    fields and custom fields a payload may fill, and all lists and tags (plus `companies` when the
    company module is
    on). `search` keeps the webhooks whose name contains the text, case-insensitively. Nothing is
    paginated.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhooksResponse200 | WpError
    """

    return sync_detailed(
        client=client,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> Response[ListWebhooksResponse200 | WpError]:
    """List incoming webhooks

     Returns every incoming contact webhook, newest first, together with what the webhook screen needs:
    the contact
    fields and custom fields a payload may fill, and all lists and tags (plus `companies` when the
    company module is
    on). `search` keeps the webhooks whose name contains the text, case-insensitively. Nothing is
    paginated.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhooksResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
) -> ListWebhooksResponse200 | WpError | None:
    """List incoming webhooks

     Returns every incoming contact webhook, newest first, together with what the webhook screen needs:
    the contact
    fields and custom fields a payload may fill, and all lists and tags (plus `companies` when the
    company module is
    on). `search` keeps the webhooks whose name contains the text, case-insensitively. Nothing is
    paginated.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhooksResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
        )
    ).parsed
