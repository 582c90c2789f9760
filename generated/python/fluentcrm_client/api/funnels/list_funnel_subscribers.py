from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.list_funnel_subscribers_response_200 import ListFunnelSubscribersResponse200
from ...models.list_funnel_subscribers_status import ListFunnelSubscribersStatus
from ...models.list_funnel_subscribers_with_item import (
    ListFunnelSubscribersWithItem,
)
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListFunnelSubscribersStatus | Unset = UNSET,
    sequence_id: int | Unset = UNSET,
    include: list[ListFunnelSubscribersWithItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["sequence_id"] = sequence_id

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
        "url": "/funnels/{id}/subscribers".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = ListFunnelSubscribersResponse200.from_dict(response.json())

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

    if response.status_code == 404:

        def _parse_response_404(data: object) -> MessageError | WpError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = MessageError.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = WpError.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListFunnelSubscribersStatus | Unset = UNSET,
    sequence_id: int | Unset = UNSET,
    include: list[ListFunnelSubscribersWithItem] | Unset = UNSET,
) -> Response[CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError]:
    """List the contacts in a funnel

     Returns the funnel's progress rows, newest first, wrapped in `funnel_subscribers`; each row carries
    its contact,
    the last step done, the next step due (or `null`) and its metrics in this funnel. Filters: `status`
    (row status),
    `search` (contact name or e-mail) and `sequence_id` (rows that reached this step). `with[]=funnel`
    adds the
    funnel as stored (`settings` printed `[]` when empty) and `with[]=sequences` its steps in order.

    The prose documentation gives a default `per_page` of 25 and no `search`, `sequence_id` or `with[]`;
    the server
    serves 15 per page by default and wraps the page in `funnel_subscribers`.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListFunnelSubscribersStatus | Unset):
        sequence_id (int | Unset):
        include (list[ListFunnelSubscribersWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
        search=search,
        status=status,
        sequence_id=sequence_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListFunnelSubscribersStatus | Unset = UNSET,
    sequence_id: int | Unset = UNSET,
    include: list[ListFunnelSubscribersWithItem] | Unset = UNSET,
) -> CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError | None:
    """List the contacts in a funnel

     Returns the funnel's progress rows, newest first, wrapped in `funnel_subscribers`; each row carries
    its contact,
    the last step done, the next step due (or `null`) and its metrics in this funnel. Filters: `status`
    (row status),
    `search` (contact name or e-mail) and `sequence_id` (rows that reached this step). `with[]=funnel`
    adds the
    funnel as stored (`settings` printed `[]` when empty) and `with[]=sequences` its steps in order.

    The prose documentation gives a default `per_page` of 25 and no `search`, `sequence_id` or `with[]`;
    the server
    serves 15 per page by default and wraps the page in `funnel_subscribers`.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListFunnelSubscribersStatus | Unset):
        sequence_id (int | Unset):
        include (list[ListFunnelSubscribersWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        per_page=per_page,
        search=search,
        status=status,
        sequence_id=sequence_id,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListFunnelSubscribersStatus | Unset = UNSET,
    sequence_id: int | Unset = UNSET,
    include: list[ListFunnelSubscribersWithItem] | Unset = UNSET,
) -> Response[CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError]:
    """List the contacts in a funnel

     Returns the funnel's progress rows, newest first, wrapped in `funnel_subscribers`; each row carries
    its contact,
    the last step done, the next step due (or `null`) and its metrics in this funnel. Filters: `status`
    (row status),
    `search` (contact name or e-mail) and `sequence_id` (rows that reached this step). `with[]=funnel`
    adds the
    funnel as stored (`settings` printed `[]` when empty) and `with[]=sequences` its steps in order.

    The prose documentation gives a default `per_page` of 25 and no `search`, `sequence_id` or `with[]`;
    the server
    serves 15 per page by default and wraps the page in `funnel_subscribers`.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListFunnelSubscribersStatus | Unset):
        sequence_id (int | Unset):
        include (list[ListFunnelSubscribersWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
        search=search,
        status=status,
        sequence_id=sequence_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListFunnelSubscribersStatus | Unset = UNSET,
    sequence_id: int | Unset = UNSET,
    include: list[ListFunnelSubscribersWithItem] | Unset = UNSET,
) -> CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError | None:
    """List the contacts in a funnel

     Returns the funnel's progress rows, newest first, wrapped in `funnel_subscribers`; each row carries
    its contact,
    the last step done, the next step due (or `null`) and its metrics in this funnel. Filters: `status`
    (row status),
    `search` (contact name or e-mail) and `sequence_id` (rows that reached this step). `with[]=funnel`
    adds the
    funnel as stored (`settings` printed `[]` when empty) and `with[]=sequences` its steps in order.

    The prose documentation gives a default `per_page` of 25 and no `search`, `sequence_id` or `with[]`;
    the server
    serves 15 per page by default and wraps the page in `funnel_subscribers`.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListFunnelSubscribersStatus | Unset):
        sequence_id (int | Unset):
        include (list[ListFunnelSubscribersWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListFunnelSubscribersResponse200 | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
            search=search,
            status=status,
            sequence_id=sequence_id,
            include=include,
        )
    ).parsed
