from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_campaign_segment_contacts_response_200 import ListCampaignSegmentContactsResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
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
        "url": "/campaigns/{id}/contacts-by-segment".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = ListCampaignSegmentContactsResponse200.from_dict(response.json())

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
) -> Response[ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError]:
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
) -> Response[ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError]:
    """List the contacts a campaign would reach

     One page of the contacts the campaign's stored selection matches, with their tags and lists. The
    prose documentation differs: contacts carry a few columns and their lists. Every contact column,
    `full_name`, `photo`, `tags` and `lists` with pivots; numeric columns as strings of digits. (See
    `x-doc-differences` for the rest.)

    **Fault (stored state):** a stored selection the free plugin cannot resolve (`subscribers: null`,
    which `POST /campaigns/{id}/draft-recipients` without a selection stores, or `sending_filter`
    `dynamic_segment`, a Pro feature) makes FluentCRM 2.9.84 crash here with 500 (`Call to a member
    function count() on null`, CampaignController.php:310 / Campaign.php:223) until a selection is
    stored again. The trigger is the stored campaign, not the request, so it is not in `x-fluentcrm-
    faults`; a client avoids it by always sending a `list_tag` selection with `subscribers` to `draft-
    recipients`. The emulator answers 422 `{"message": "The campaign has no recipient selection"}`
    instead.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
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
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError | None:
    """List the contacts a campaign would reach

     One page of the contacts the campaign's stored selection matches, with their tags and lists. The
    prose documentation differs: contacts carry a few columns and their lists. Every contact column,
    `full_name`, `photo`, `tags` and `lists` with pivots; numeric columns as strings of digits. (See
    `x-doc-differences` for the rest.)

    **Fault (stored state):** a stored selection the free plugin cannot resolve (`subscribers: null`,
    which `POST /campaigns/{id}/draft-recipients` without a selection stores, or `sending_filter`
    `dynamic_segment`, a Pro feature) makes FluentCRM 2.9.84 crash here with 500 (`Call to a member
    function count() on null`, CampaignController.php:310 / Campaign.php:223) until a selection is
    stored again. The trigger is the stored campaign, not the request, so it is not in `x-fluentcrm-
    faults`; a client avoids it by always sending a `list_tag` selection with `subscribers` to `draft-
    recipients`. The emulator answers 422 `{"message": "The campaign has no recipient selection"}`
    instead.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError]:
    """List the contacts a campaign would reach

     One page of the contacts the campaign's stored selection matches, with their tags and lists. The
    prose documentation differs: contacts carry a few columns and their lists. Every contact column,
    `full_name`, `photo`, `tags` and `lists` with pivots; numeric columns as strings of digits. (See
    `x-doc-differences` for the rest.)

    **Fault (stored state):** a stored selection the free plugin cannot resolve (`subscribers: null`,
    which `POST /campaigns/{id}/draft-recipients` without a selection stores, or `sending_filter`
    `dynamic_segment`, a Pro feature) makes FluentCRM 2.9.84 crash here with 500 (`Call to a member
    function count() on null`, CampaignController.php:310 / Campaign.php:223) until a selection is
    stored again. The trigger is the stored campaign, not the request, so it is not in `x-fluentcrm-
    faults`; a client avoids it by always sending a `list_tag` selection with `subscribers` to `draft-
    recipients`. The emulator answers 422 `{"message": "The campaign has no recipient selection"}`
    instead.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError | None:
    """List the contacts a campaign would reach

     One page of the contacts the campaign's stored selection matches, with their tags and lists. The
    prose documentation differs: contacts carry a few columns and their lists. Every contact column,
    `full_name`, `photo`, `tags` and `lists` with pivots; numeric columns as strings of digits. (See
    `x-doc-differences` for the rest.)

    **Fault (stored state):** a stored selection the free plugin cannot resolve (`subscribers: null`,
    which `POST /campaigns/{id}/draft-recipients` without a selection stores, or `sending_filter`
    `dynamic_segment`, a Pro feature) makes FluentCRM 2.9.84 crash here with 500 (`Call to a member
    function count() on null`, CampaignController.php:310 / Campaign.php:223) until a selection is
    stored again. The trigger is the stored campaign, not the request, so it is not in `x-fluentcrm-
    faults`; a client avoids it by always sending a `list_tag` selection with `subscribers` to `draft-
    recipients`. The emulator answers 422 `{"message": "The campaign has no recipient selection"}`
    instead.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCampaignSegmentContactsResponse200 | MessageError | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
