from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_campaign_recipients_response_200 import CountCampaignRecipientsResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{id}/estimated-recipients-count".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = CountCampaignRecipientsResponse200.from_dict(response.json())

        return response_200

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
) -> Response[CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]:
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
) -> Response[CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]:
    """Count a campaign's recipients

     Counts the contacts the campaign's stored selection matches now. The prose documentation differs:
    the example bodies have no `__bench`. The server adds `__bench` (seconds spent) to the body.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError | None:
    """Count a campaign's recipients

     Counts the contacts the campaign's stored selection matches now. The prose documentation differs:
    the example bodies have no `__bench`. The server adds `__bench` (seconds spent) to the body.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]:
    """Count a campaign's recipients

     Counts the contacts the campaign's stored selection matches now. The prose documentation differs:
    the example bodies have no `__bench`. The server adds `__bench` (seconds spent) to the body.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError | None:
    """Count a campaign's recipients

     Counts the contacts the campaign's stored selection matches now. The prose documentation differs:
    the example bodies have no `__bench`. The server adds `__bench` (seconds spent) to the body.

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

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
