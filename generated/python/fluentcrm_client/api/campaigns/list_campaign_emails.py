from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_campaign_emails_filter_type import (
    ListCampaignEmailsFilterType,
)
from ...models.list_campaign_emails_response_200 import ListCampaignEmailsResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_filter_type: str | Unset = UNSET
    if not isinstance(filter_type, Unset):
        json_filter_type = filter_type

    params["filter_type"] = json_filter_type

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{id}/emails".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCampaignEmailsResponse200 | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = ListCampaignEmailsResponse200.from_dict(response.json())

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
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListCampaignEmailsResponse200 | MessageError | WpError | WpError]:
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
    filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ListCampaignEmailsResponse200 | MessageError | WpError | WpError]:
    """List a campaign's e-mails

     One page of the campaign's e-mails with their contacts, and `failed_counts`, the number that failed.
    `filter_type` narrows to clicked, opened, unopened or failed e-mails; `search` matches the contacts.
    An unknown campaign gives an empty page, not 404. The prose documentation differs: `campaign_id`,
    `subscriber_id` and `is_open` are integers. They are strings of digits; `failed_counts` sits next to
    the paginator; an unknown campaign gives an empty page, not 404.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        filter_type (ListCampaignEmailsFilterType | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCampaignEmailsResponse200 | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
        filter_type=filter_type,
        search=search,
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
    filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ListCampaignEmailsResponse200 | MessageError | WpError | WpError | None:
    """List a campaign's e-mails

     One page of the campaign's e-mails with their contacts, and `failed_counts`, the number that failed.
    `filter_type` narrows to clicked, opened, unopened or failed e-mails; `search` matches the contacts.
    An unknown campaign gives an empty page, not 404. The prose documentation differs: `campaign_id`,
    `subscriber_id` and `is_open` are integers. They are strings of digits; `failed_counts` sits next to
    the paginator; an unknown campaign gives an empty page, not 404.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        filter_type (ListCampaignEmailsFilterType | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCampaignEmailsResponse200 | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        per_page=per_page,
        filter_type=filter_type,
        search=search,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ListCampaignEmailsResponse200 | MessageError | WpError | WpError]:
    """List a campaign's e-mails

     One page of the campaign's e-mails with their contacts, and `failed_counts`, the number that failed.
    `filter_type` narrows to clicked, opened, unopened or failed e-mails; `search` matches the contacts.
    An unknown campaign gives an empty page, not 404. The prose documentation differs: `campaign_id`,
    `subscriber_id` and `is_open` are integers. They are strings of digits; `failed_counts` sits next to
    the paginator; an unknown campaign gives an empty page, not 404.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        filter_type (ListCampaignEmailsFilterType | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCampaignEmailsResponse200 | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
        filter_type=filter_type,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ListCampaignEmailsResponse200 | MessageError | WpError | WpError | None:
    """List a campaign's e-mails

     One page of the campaign's e-mails with their contacts, and `failed_counts`, the number that failed.
    `filter_type` narrows to clicked, opened, unopened or failed e-mails; `search` matches the contacts.
    An unknown campaign gives an empty page, not 404. The prose documentation differs: `campaign_id`,
    `subscriber_id` and `is_open` are integers. They are strings of digits; `failed_counts` sits next to
    the paginator; an unknown campaign gives an empty page, not 404.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        filter_type (ListCampaignEmailsFilterType | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCampaignEmailsResponse200 | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
            filter_type=filter_type,
            search=search,
        )
    ).parsed
