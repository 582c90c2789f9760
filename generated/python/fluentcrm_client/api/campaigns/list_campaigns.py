from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_campaigns_response_200 import ListCampaignsResponse200
from ...models.list_campaigns_sort_by import ListCampaignsSortBy
from ...models.list_campaigns_sort_type import ListCampaignsSortType
from ...models.list_campaigns_statuses_item import ListCampaignsStatusesItem
from ...models.list_campaigns_with_item import ListCampaignsWithItem
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search_by: str | Unset = UNSET,
    statuses: list[ListCampaignsStatusesItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    include: list[ListCampaignsWithItem] | Unset = UNSET,
    sort_by: ListCampaignsSortBy | Unset = UNSET,
    sort_type: ListCampaignsSortType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["searchBy"] = search_by

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item: str = statuses_item_data
            json_statuses.append(statuses_item)

    params["statuses[]"] = json_statuses

    json_labels: list[int] | Unset = UNSET
    if not isinstance(labels, Unset):
        json_labels = labels

    params["labels[]"] = json_labels

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for with_item_data in include:
            with_item: str = with_item_data
            json_include.append(with_item)

    params["with[]"] = json_include

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type

    params["sort_type"] = json_sort_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCampaignsResponse200 | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = ListCampaignsResponse200.from_dict(response.json())

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
) -> Response[ListCampaignsResponse200 | MessageError | WpError]:
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
    search_by: str | Unset = UNSET,
    statuses: list[ListCampaignsStatusesItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    include: list[ListCampaignsWithItem] | Unset = UNSET,
    sort_by: ListCampaignsSortBy | Unset = UNSET,
    sort_type: ListCampaignsSortType | Unset = UNSET,
) -> Response[ListCampaignsResponse200 | MessageError | WpError]:
    """List campaigns

     Returns one page of e-mail campaigns (only `type` `campaign`: automation and custom e-mail campaigns
    share the table but are hidden), newest first. `searchBy` (not `search`) matches the title,
    `statuses[]` and `labels[]` filter, and `with[]=stats` adds each campaign's counters, the editor
    step and its labels.

    `sort_by` names a column: an unknown one makes the SQL fail (423 with the SQL text). Sending
    `statuses` or `with` without brackets crashes FluentCRM 2.9.84 (500). The prose documentation
    differs: campaign statuses are `draft`, `scheduled`, `working`, `sent`, `paused`, `archived`. A sent
    campaign is `archived`; there is no `sent`. Scheduling gives `pending-scheduled`, sending
    `processing` then `working`. (See `x-doc-differences` for the rest.)

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search_by (str | Unset):
        statuses (list[ListCampaignsStatusesItem] | Unset):
        labels (list[int] | Unset):
        include (list[ListCampaignsWithItem] | Unset):
        sort_by (ListCampaignsSortBy | Unset):
        sort_type (ListCampaignsSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCampaignsResponse200 | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search_by=search_by,
        statuses=statuses,
        labels=labels,
        include=include,
        sort_by=sort_by,
        sort_type=sort_type,
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
    search_by: str | Unset = UNSET,
    statuses: list[ListCampaignsStatusesItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    include: list[ListCampaignsWithItem] | Unset = UNSET,
    sort_by: ListCampaignsSortBy | Unset = UNSET,
    sort_type: ListCampaignsSortType | Unset = UNSET,
) -> ListCampaignsResponse200 | MessageError | WpError | None:
    """List campaigns

     Returns one page of e-mail campaigns (only `type` `campaign`: automation and custom e-mail campaigns
    share the table but are hidden), newest first. `searchBy` (not `search`) matches the title,
    `statuses[]` and `labels[]` filter, and `with[]=stats` adds each campaign's counters, the editor
    step and its labels.

    `sort_by` names a column: an unknown one makes the SQL fail (423 with the SQL text). Sending
    `statuses` or `with` without brackets crashes FluentCRM 2.9.84 (500). The prose documentation
    differs: campaign statuses are `draft`, `scheduled`, `working`, `sent`, `paused`, `archived`. A sent
    campaign is `archived`; there is no `sent`. Scheduling gives `pending-scheduled`, sending
    `processing` then `working`. (See `x-doc-differences` for the rest.)

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search_by (str | Unset):
        statuses (list[ListCampaignsStatusesItem] | Unset):
        labels (list[int] | Unset):
        include (list[ListCampaignsWithItem] | Unset):
        sort_by (ListCampaignsSortBy | Unset):
        sort_type (ListCampaignsSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCampaignsResponse200 | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        search_by=search_by,
        statuses=statuses,
        labels=labels,
        include=include,
        sort_by=sort_by,
        sort_type=sort_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search_by: str | Unset = UNSET,
    statuses: list[ListCampaignsStatusesItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    include: list[ListCampaignsWithItem] | Unset = UNSET,
    sort_by: ListCampaignsSortBy | Unset = UNSET,
    sort_type: ListCampaignsSortType | Unset = UNSET,
) -> Response[ListCampaignsResponse200 | MessageError | WpError]:
    """List campaigns

     Returns one page of e-mail campaigns (only `type` `campaign`: automation and custom e-mail campaigns
    share the table but are hidden), newest first. `searchBy` (not `search`) matches the title,
    `statuses[]` and `labels[]` filter, and `with[]=stats` adds each campaign's counters, the editor
    step and its labels.

    `sort_by` names a column: an unknown one makes the SQL fail (423 with the SQL text). Sending
    `statuses` or `with` without brackets crashes FluentCRM 2.9.84 (500). The prose documentation
    differs: campaign statuses are `draft`, `scheduled`, `working`, `sent`, `paused`, `archived`. A sent
    campaign is `archived`; there is no `sent`. Scheduling gives `pending-scheduled`, sending
    `processing` then `working`. (See `x-doc-differences` for the rest.)

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search_by (str | Unset):
        statuses (list[ListCampaignsStatusesItem] | Unset):
        labels (list[int] | Unset):
        include (list[ListCampaignsWithItem] | Unset):
        sort_by (ListCampaignsSortBy | Unset):
        sort_type (ListCampaignsSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCampaignsResponse200 | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search_by=search_by,
        statuses=statuses,
        labels=labels,
        include=include,
        sort_by=sort_by,
        sort_type=sort_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search_by: str | Unset = UNSET,
    statuses: list[ListCampaignsStatusesItem] | Unset = UNSET,
    labels: list[int] | Unset = UNSET,
    include: list[ListCampaignsWithItem] | Unset = UNSET,
    sort_by: ListCampaignsSortBy | Unset = UNSET,
    sort_type: ListCampaignsSortType | Unset = UNSET,
) -> ListCampaignsResponse200 | MessageError | WpError | None:
    """List campaigns

     Returns one page of e-mail campaigns (only `type` `campaign`: automation and custom e-mail campaigns
    share the table but are hidden), newest first. `searchBy` (not `search`) matches the title,
    `statuses[]` and `labels[]` filter, and `with[]=stats` adds each campaign's counters, the editor
    step and its labels.

    `sort_by` names a column: an unknown one makes the SQL fail (423 with the SQL text). Sending
    `statuses` or `with` without brackets crashes FluentCRM 2.9.84 (500). The prose documentation
    differs: campaign statuses are `draft`, `scheduled`, `working`, `sent`, `paused`, `archived`. A sent
    campaign is `archived`; there is no `sent`. Scheduling gives `pending-scheduled`, sending
    `processing` then `working`. (See `x-doc-differences` for the rest.)

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search_by (str | Unset):
        statuses (list[ListCampaignsStatusesItem] | Unset):
        labels (list[int] | Unset):
        include (list[ListCampaignsWithItem] | Unset):
        sort_by (ListCampaignsSortBy | Unset):
        sort_type (ListCampaignsSortType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCampaignsResponse200 | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            search_by=search_by,
            statuses=statuses,
            labels=labels,
            include=include,
            sort_by=sort_by,
            sort_type=sort_type,
        )
    ).parsed
