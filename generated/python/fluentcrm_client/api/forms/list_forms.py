from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_forms_response_200 import ListFormsResponse200
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFormsResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ListFormsResponse200.from_dict(response.json())

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
) -> Response[ListFormsResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[ListFormsResponse200 | WpError]:
    """List the opt-in forms

     Lists the Fluent Forms forms that feed FluentCRM. Without the Fluent Forms plugin (the usual case
    for the free
    FluentCRM alone) the answer is `installed: false` with an empty `forms` stub `{data: [], total: 0}`;
    with it,
    `forms` is Fluent Forms' own paginator, whose entries this description does not cover.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFormsResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> ListFormsResponse200 | WpError | None:
    """List the opt-in forms

     Lists the Fluent Forms forms that feed FluentCRM. Without the Fluent Forms plugin (the usual case
    for the free
    FluentCRM alone) the answer is `installed: false` with an empty `forms` stub `{data: [], total: 0}`;
    with it,
    `forms` is Fluent Forms' own paginator, whose entries this description does not cover.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFormsResponse200 | WpError
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[ListFormsResponse200 | WpError]:
    """List the opt-in forms

     Lists the Fluent Forms forms that feed FluentCRM. Without the Fluent Forms plugin (the usual case
    for the free
    FluentCRM alone) the answer is `installed: false` with an empty `forms` stub `{data: [], total: 0}`;
    with it,
    `forms` is Fluent Forms' own paginator, whose entries this description does not cover.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFormsResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> ListFormsResponse200 | WpError | None:
    """List the opt-in forms

     Lists the Fluent Forms forms that feed FluentCRM. Without the Fluent Forms plugin (the usual case
    for the free
    FluentCRM alone) the answer is `installed: false` with an empty `forms` stub `{data: [], total: 0}`;
    with it,
    `forms` is Fluent Forms' own paginator, whose entries this description does not cover.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFormsResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
