from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integrations_response import IntegrationsResponse
from ...models.list_integrations_with_item import ListIntegrationsWithItem
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: list[ListIntegrationsWithItem] | Unset = UNSET,
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
        "url": "/setting/integrations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = IntegrationsResponse.from_dict(response.json())

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
) -> Response[IntegrationsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[ListIntegrationsWithItem] | Unset = UNSET,
) -> Response[IntegrationsResponse | WpError]:
    """List the deep-integration providers

     Lists the deep integrations (e-commerce and membership plugins) that add-ons register, with their
    settings;
    `with[]=fields` also asks for their form fields. The free plugin registers none.

    Args:
        include (list[ListIntegrationsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationsResponse | WpError]
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
    include: list[ListIntegrationsWithItem] | Unset = UNSET,
) -> IntegrationsResponse | WpError | None:
    """List the deep-integration providers

     Lists the deep integrations (e-commerce and membership plugins) that add-ons register, with their
    settings;
    `with[]=fields` also asks for their form fields. The free plugin registers none.

    Args:
        include (list[ListIntegrationsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationsResponse | WpError
    """

    return sync_detailed(
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[ListIntegrationsWithItem] | Unset = UNSET,
) -> Response[IntegrationsResponse | WpError]:
    """List the deep-integration providers

     Lists the deep integrations (e-commerce and membership plugins) that add-ons register, with their
    settings;
    `with[]=fields` also asks for their form fields. The free plugin registers none.

    Args:
        include (list[ListIntegrationsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationsResponse | WpError]
    """

    kwargs = _get_kwargs(
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include: list[ListIntegrationsWithItem] | Unset = UNSET,
) -> IntegrationsResponse | WpError | None:
    """List the deep-integration providers

     Lists the deep integrations (e-commerce and membership plugins) that add-ons register, with their
    settings;
    `with[]=fields` also asks for their form fields. The free plugin registers none.

    Args:
        include (list[ListIntegrationsWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
        )
    ).parsed
