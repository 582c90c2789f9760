from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.list_funnel_activities_response_200 import ListFunnelActivitiesResponse200
from ...models.list_funnel_activities_status import ListFunnelActivitiesStatus
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListFunnelActivitiesStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funnels/all-activities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | ListFunnelActivitiesResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ListFunnelActivitiesResponse200.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | ListFunnelActivitiesResponse200 | WpError]:
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
    search: str | Unset = UNSET,
    status: ListFunnelActivitiesStatus | Unset = UNSET,
) -> Response[CriticalError | ListFunnelActivitiesResponse200 | WpError]:
    """List recent funnel activity

     Returns the progress rows of every funnel, newest first, wrapped in `activities`. Each row carries
    its contact,
    its funnel, the last step done, the next step due (or `null`) and its metrics. `status` keeps rows
    of one state;
    `search` matches the contact's name or e-mail.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListFunnelActivitiesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListFunnelActivitiesResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        status=status,
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
    search: str | Unset = UNSET,
    status: ListFunnelActivitiesStatus | Unset = UNSET,
) -> CriticalError | ListFunnelActivitiesResponse200 | WpError | None:
    """List recent funnel activity

     Returns the progress rows of every funnel, newest first, wrapped in `activities`. Each row carries
    its contact,
    its funnel, the last step done, the next step due (or `null`) and its metrics. `status` keeps rows
    of one state;
    `search` matches the contact's name or e-mail.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListFunnelActivitiesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListFunnelActivitiesResponse200 | WpError
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        search=search,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListFunnelActivitiesStatus | Unset = UNSET,
) -> Response[CriticalError | ListFunnelActivitiesResponse200 | WpError]:
    """List recent funnel activity

     Returns the progress rows of every funnel, newest first, wrapped in `activities`. Each row carries
    its contact,
    its funnel, the last step done, the next step due (or `null`) and its metrics. `status` keeps rows
    of one state;
    `search` matches the contact's name or e-mail.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListFunnelActivitiesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListFunnelActivitiesResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListFunnelActivitiesStatus | Unset = UNSET,
) -> CriticalError | ListFunnelActivitiesResponse200 | WpError | None:
    """List recent funnel activity

     Returns the progress rows of every funnel, newest first, wrapped in `activities`. Each row carries
    its contact,
    its funnel, the last step done, the next step due (or `null`) and its metrics. `status` keeps rows
    of one state;
    `search` matches the contact's name or e-mail.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListFunnelActivitiesStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListFunnelActivitiesResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            search=search,
            status=status,
        )
    ).parsed
