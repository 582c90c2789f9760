from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_subscribe_input import CampaignSubscribeInput
from ...models.message_error import MessageError
from ...models.subscribe_campaign_recipients_response_200 import SubscribeCampaignRecipientsResponse200
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: CampaignSubscribeInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{id}/subscribe".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = SubscribeCampaignRecipientsResponse200.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError]:
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
    body: CampaignSubscribeInput | Unset = UNSET,
) -> Response[MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError]:
    """Add recipients page by page (broken)

     Meant to turn the recipient selection into campaign e-mails one page at a time. **Fault:** in
    FluentCRM 2.9.84 it never adds anyone and always answers 422 `Sorry, No subscribers found based on
    your filters`, even for a selection that `draft-recipients` counts; use `draft-recipients` and
    `schedule` instead. Even so, the first page (`page` 1 or none) is not harmless: before it counts, it
    deletes the campaign's prepared e-mails and stores the selection in the campaign's `settings` (a
    later crash or 422 does not undo that). The 200 shape is FluentCRM's success answer, never observed.
    The prose documentation does not describe this route.

    Args:
        id (int):
        body (CampaignSubscribeInput | Unset): A recipient selection and the page of it to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignSubscribeInput | Unset = UNSET,
) -> MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError | None:
    """Add recipients page by page (broken)

     Meant to turn the recipient selection into campaign e-mails one page at a time. **Fault:** in
    FluentCRM 2.9.84 it never adds anyone and always answers 422 `Sorry, No subscribers found based on
    your filters`, even for a selection that `draft-recipients` counts; use `draft-recipients` and
    `schedule` instead. Even so, the first page (`page` 1 or none) is not harmless: before it counts, it
    deletes the campaign's prepared e-mails and stores the selection in the campaign's `settings` (a
    later crash or 422 does not undo that). The 200 shape is FluentCRM's success answer, never observed.
    The prose documentation does not describe this route.

    Args:
        id (int):
        body (CampaignSubscribeInput | Unset): A recipient selection and the page of it to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignSubscribeInput | Unset = UNSET,
) -> Response[MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError]:
    """Add recipients page by page (broken)

     Meant to turn the recipient selection into campaign e-mails one page at a time. **Fault:** in
    FluentCRM 2.9.84 it never adds anyone and always answers 422 `Sorry, No subscribers found based on
    your filters`, even for a selection that `draft-recipients` counts; use `draft-recipients` and
    `schedule` instead. Even so, the first page (`page` 1 or none) is not harmless: before it counts, it
    deletes the campaign's prepared e-mails and stores the selection in the campaign's `settings` (a
    later crash or 422 does not undo that). The 200 shape is FluentCRM's success answer, never observed.
    The prose documentation does not describe this route.

    Args:
        id (int):
        body (CampaignSubscribeInput | Unset): A recipient selection and the page of it to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignSubscribeInput | Unset = UNSET,
) -> MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError | None:
    """Add recipients page by page (broken)

     Meant to turn the recipient selection into campaign e-mails one page at a time. **Fault:** in
    FluentCRM 2.9.84 it never adds anyone and always answers 422 `Sorry, No subscribers found based on
    your filters`, even for a selection that `draft-recipients` counts; use `draft-recipients` and
    `schedule` instead. Even so, the first page (`page` 1 or none) is not harmless: before it counts, it
    deletes the campaign's prepared e-mails and stores the selection in the campaign's `settings` (a
    later crash or 422 does not undo that). The 200 shape is FluentCRM's success answer, never observed.
    The prose documentation does not describe this route.

    Args:
        id (int):
        body (CampaignSubscribeInput | Unset): A recipient selection and the page of it to add.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | SubscribeCampaignRecipientsResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
