from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_form_templates_response_200 import ListFormTemplatesResponse200
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms/templates",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFormTemplatesResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ListFormTemplatesResponse200.from_dict(response.json())

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
) -> Response[ListFormTemplatesResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListFormTemplatesResponse200 | WpError]:
    """List the opt-in form templates

     Returns the three built-in opt-in form templates keyed by id. Each carries its Fluent Forms field
    definition as a
    JSON string, its CSS and how its inputs map to contact fields. Answers the same with or without
    Fluent Forms.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFormTemplatesResponse200 | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ListFormTemplatesResponse200 | WpError | None:
    """List the opt-in form templates

     Returns the three built-in opt-in form templates keyed by id. Each carries its Fluent Forms field
    definition as a
    JSON string, its CSS and how its inputs map to contact fields. Answers the same with or without
    Fluent Forms.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFormTemplatesResponse200 | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListFormTemplatesResponse200 | WpError]:
    """List the opt-in form templates

     Returns the three built-in opt-in form templates keyed by id. Each carries its Fluent Forms field
    definition as a
    JSON string, its CSS and how its inputs map to contact fields. Answers the same with or without
    Fluent Forms.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFormTemplatesResponse200 | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ListFormTemplatesResponse200 | WpError | None:
    """List the opt-in form templates

     Returns the three built-in opt-in form templates keyed by id. Each carries its Fluent Forms field
    definition as a
    JSON string, its CSS and how its inputs map to contact fields. Answers the same with or without
    Fluent Forms.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFormTemplatesResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
