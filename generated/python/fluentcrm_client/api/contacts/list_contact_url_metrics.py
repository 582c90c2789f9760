from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_contact_url_metrics_sort_by import (
    ListContactUrlMetricsSortBy,
)
from ...models.list_contact_url_metrics_sort_type import (
    ListContactUrlMetricsSortType,
)
from ...models.message_error import MessageError
from ...models.url_metrics_response import UrlMetricsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
    sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type

    params["sort_type"] = json_sort_type

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/url-metrics".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageError | WpError | UrlMetricsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = UrlMetricsResponse.from_dict(response.json())

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
                componentsschemas_message_or_route_error_type_0 = MessageError.from_dict(data)

                return componentsschemas_message_or_route_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_message_or_route_error_type_1 = WpError.from_dict(data)

            return componentsschemas_message_or_route_error_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 423:
        response_423 = MessageError.from_dict(response.json())

        return response_423

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | MessageError | WpError | UrlMetricsResponse | WpError]:
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
    sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
    sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[MessageError | MessageError | WpError | UrlMetricsResponse | WpError]:
    """List the links a contact clicked

     Returns the campaign links a contact clicked, with a click count each, 15 to a page, by default
    newest first.
    `sort_by` names a column of the click table and goes into the SQL unchecked: an unknown column is a
    423 whose
    message holds the SQL. A contact that does not exist gives 404. FluentCRM 2.9.84 crashes (500) on id
    `0`, and
    echoes a negative `per_page` back; the emulator answers 404 and 400.

    The prose documentation shows `count` as an integer and lets `sort_by` be any column; the server
    sends a numeric string and answers 423 with the SQL for an unknown column.

    Args:
        id (int):
        sort_by (ListContactUrlMetricsSortBy | Unset):
        sort_type (ListContactUrlMetricsSortType | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | UrlMetricsResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        sort_by=sort_by,
        sort_type=sort_type,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
    sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> MessageError | MessageError | WpError | UrlMetricsResponse | WpError | None:
    """List the links a contact clicked

     Returns the campaign links a contact clicked, with a click count each, 15 to a page, by default
    newest first.
    `sort_by` names a column of the click table and goes into the SQL unchecked: an unknown column is a
    423 whose
    message holds the SQL. A contact that does not exist gives 404. FluentCRM 2.9.84 crashes (500) on id
    `0`, and
    echoes a negative `per_page` back; the emulator answers 404 and 400.

    The prose documentation shows `count` as an integer and lets `sort_by` be any column; the server
    sends a numeric string and answers 423 with the SQL for an unknown column.

    Args:
        id (int):
        sort_by (ListContactUrlMetricsSortBy | Unset):
        sort_type (ListContactUrlMetricsSortType | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | UrlMetricsResponse | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        sort_by=sort_by,
        sort_type=sort_type,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
    sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[MessageError | MessageError | WpError | UrlMetricsResponse | WpError]:
    """List the links a contact clicked

     Returns the campaign links a contact clicked, with a click count each, 15 to a page, by default
    newest first.
    `sort_by` names a column of the click table and goes into the SQL unchecked: an unknown column is a
    423 whose
    message holds the SQL. A contact that does not exist gives 404. FluentCRM 2.9.84 crashes (500) on id
    `0`, and
    echoes a negative `per_page` back; the emulator answers 404 and 400.

    The prose documentation shows `count` as an integer and lets `sort_by` be any column; the server
    sends a numeric string and answers 423 with the SQL for an unknown column.

    Args:
        id (int):
        sort_by (ListContactUrlMetricsSortBy | Unset):
        sort_type (ListContactUrlMetricsSortType | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | UrlMetricsResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        sort_by=sort_by,
        sort_type=sort_type,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
    sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> MessageError | MessageError | WpError | UrlMetricsResponse | WpError | None:
    """List the links a contact clicked

     Returns the campaign links a contact clicked, with a click count each, 15 to a page, by default
    newest first.
    `sort_by` names a column of the click table and goes into the SQL unchecked: an unknown column is a
    423 whose
    message holds the SQL. A contact that does not exist gives 404. FluentCRM 2.9.84 crashes (500) on id
    `0`, and
    echoes a negative `per_page` back; the emulator answers 404 and 400.

    The prose documentation shows `count` as an integer and lets `sort_by` be any column; the server
    sends a numeric string and answers 423 with the SQL for an unknown column.

    Args:
        id (int):
        sort_by (ListContactUrlMetricsSortBy | Unset):
        sort_type (ListContactUrlMetricsSortType | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | UrlMetricsResponse | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            sort_by=sort_by,
            sort_type=sort_type,
            page=page,
            per_page=per_page,
        )
    ).parsed
