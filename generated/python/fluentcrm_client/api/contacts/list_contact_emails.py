from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_emails_response import ContactEmailsResponse
from ...models.list_contact_emails_filter import ListContactEmailsFilter
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    filter: ListContactEmailsFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter: str | Unset = UNSET
    if not isinstance(filter, Unset):
        json_filter = filter

    params["filter"] = json_filter

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/emails".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactEmailsResponse | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = ContactEmailsResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactEmailsResponse | MessageError | WpError | WpError]:
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
    filter: ListContactEmailsFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[ContactEmailsResponse | MessageError | WpError | WpError]:
    """List the e-mails sent to a contact

     Returns the campaign e-mails addressed to a contact (rows of `fc_campaign_emails`), newest first, 15
    to a page.
    `filter=open` keeps the opened ones, `filter=click` the clicked ones and `filter=unopened` the
    others. A contact
    that does not exist has no e-mails: the answer is an empty page, not 404.

    FluentCRM 2.9.84 crashes (500) on contact id `0` and on a `per_page` of 0 or a non-number; the
    emulator answers
    404 (the `Subscriber` model message) and 400.

    The prose documentation shows integer `campaign_id`, `subscriber_id`, `is_open` and `click_counter`;
    the server
    sends them as numeric strings, with more columns, and answers an empty page for an unknown contact.

    Args:
        id (int):
        filter (ListContactEmailsFilter | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactEmailsResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        filter=filter,
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
    filter: ListContactEmailsFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> ContactEmailsResponse | MessageError | WpError | WpError | None:
    """List the e-mails sent to a contact

     Returns the campaign e-mails addressed to a contact (rows of `fc_campaign_emails`), newest first, 15
    to a page.
    `filter=open` keeps the opened ones, `filter=click` the clicked ones and `filter=unopened` the
    others. A contact
    that does not exist has no e-mails: the answer is an empty page, not 404.

    FluentCRM 2.9.84 crashes (500) on contact id `0` and on a `per_page` of 0 or a non-number; the
    emulator answers
    404 (the `Subscriber` model message) and 400.

    The prose documentation shows integer `campaign_id`, `subscriber_id`, `is_open` and `click_counter`;
    the server
    sends them as numeric strings, with more columns, and answers an empty page for an unknown contact.

    Args:
        id (int):
        filter (ListContactEmailsFilter | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactEmailsResponse | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        filter=filter,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    filter: ListContactEmailsFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[ContactEmailsResponse | MessageError | WpError | WpError]:
    """List the e-mails sent to a contact

     Returns the campaign e-mails addressed to a contact (rows of `fc_campaign_emails`), newest first, 15
    to a page.
    `filter=open` keeps the opened ones, `filter=click` the clicked ones and `filter=unopened` the
    others. A contact
    that does not exist has no e-mails: the answer is an empty page, not 404.

    FluentCRM 2.9.84 crashes (500) on contact id `0` and on a `per_page` of 0 or a non-number; the
    emulator answers
    404 (the `Subscriber` model message) and 400.

    The prose documentation shows integer `campaign_id`, `subscriber_id`, `is_open` and `click_counter`;
    the server
    sends them as numeric strings, with more columns, and answers an empty page for an unknown contact.

    Args:
        id (int):
        filter (ListContactEmailsFilter | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactEmailsResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        filter=filter,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    filter: ListContactEmailsFilter | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> ContactEmailsResponse | MessageError | WpError | WpError | None:
    """List the e-mails sent to a contact

     Returns the campaign e-mails addressed to a contact (rows of `fc_campaign_emails`), newest first, 15
    to a page.
    `filter=open` keeps the opened ones, `filter=click` the clicked ones and `filter=unopened` the
    others. A contact
    that does not exist has no e-mails: the answer is an empty page, not 404.

    FluentCRM 2.9.84 crashes (500) on contact id `0` and on a `per_page` of 0 or a non-number; the
    emulator answers
    404 (the `Subscriber` model message) and 400.

    The prose documentation shows integer `campaign_id`, `subscriber_id`, `is_open` and `click_counter`;
    the server
    sends them as numeric strings, with more columns, and answers an empty page for an unknown contact.

    Args:
        id (int):
        filter (ListContactEmailsFilter | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactEmailsResponse | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter=filter,
            page=page,
            per_page=per_page,
        )
    ).parsed
