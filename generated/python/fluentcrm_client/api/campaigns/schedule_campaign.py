from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_schedule_input import CampaignScheduleInput
from ...models.message_error import MessageError
from ...models.schedule_campaign_response_200 import ScheduleCampaignResponse200
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: CampaignScheduleInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{id}/schedule".format(
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
) -> MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ScheduleCampaignResponse200.from_dict(response.json())

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
) -> Response[MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError]:
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
    body: CampaignScheduleInput | Unset = UNSET,
) -> Response[MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError]:
    """Schedule or send a campaign

     Starts a `draft` campaign: with `scheduled_at` it becomes `pending-scheduled` (FluentCRM prepares
    the recipients shortly before that time); **without `scheduled_at` it becomes `processing` and
    sending starts at once**. Any e-mails already prepared are removed first. A campaign that is not a
    draft is refused with 422, and so is an empty or inverted date range.

    The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`)
    or to `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-
    scheduled`, or a `processing` campaign whose start is still in the future, back to `draft`; `pause`
    moves `working` to `paused`; `resume` moves `paused` to `working`. Every other transition is refused
    with 422. The prose documentation differs: the answer shows the requested `scheduled_at`.
    `scheduled_at` is read back from MySQL, which may print `0000-00-00 00:00:00` for a date it did not
    accept. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignScheduleInput | Unset): When to start sending. Without `scheduled_at` the
            campaign is sent at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError]
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
    body: CampaignScheduleInput | Unset = UNSET,
) -> MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError | None:
    """Schedule or send a campaign

     Starts a `draft` campaign: with `scheduled_at` it becomes `pending-scheduled` (FluentCRM prepares
    the recipients shortly before that time); **without `scheduled_at` it becomes `processing` and
    sending starts at once**. Any e-mails already prepared are removed first. A campaign that is not a
    draft is refused with 422, and so is an empty or inverted date range.

    The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`)
    or to `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-
    scheduled`, or a `processing` campaign whose start is still in the future, back to `draft`; `pause`
    moves `working` to `paused`; `resume` moves `paused` to `working`. Every other transition is refused
    with 422. The prose documentation differs: the answer shows the requested `scheduled_at`.
    `scheduled_at` is read back from MySQL, which may print `0000-00-00 00:00:00` for a date it did not
    accept. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignScheduleInput | Unset): When to start sending. Without `scheduled_at` the
            campaign is sent at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError
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
    body: CampaignScheduleInput | Unset = UNSET,
) -> Response[MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError]:
    """Schedule or send a campaign

     Starts a `draft` campaign: with `scheduled_at` it becomes `pending-scheduled` (FluentCRM prepares
    the recipients shortly before that time); **without `scheduled_at` it becomes `processing` and
    sending starts at once**. Any e-mails already prepared are removed first. A campaign that is not a
    draft is refused with 422, and so is an empty or inverted date range.

    The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`)
    or to `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-
    scheduled`, or a `processing` campaign whose start is still in the future, back to `draft`; `pause`
    moves `working` to `paused`; `resume` moves `paused` to `working`. Every other transition is refused
    with 422. The prose documentation differs: the answer shows the requested `scheduled_at`.
    `scheduled_at` is read back from MySQL, which may print `0000-00-00 00:00:00` for a date it did not
    accept. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignScheduleInput | Unset): When to start sending. Without `scheduled_at` the
            campaign is sent at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError]
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
    body: CampaignScheduleInput | Unset = UNSET,
) -> MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError | None:
    """Schedule or send a campaign

     Starts a `draft` campaign: with `scheduled_at` it becomes `pending-scheduled` (FluentCRM prepares
    the recipients shortly before that time); **without `scheduled_at` it becomes `processing` and
    sending starts at once**. Any e-mails already prepared are removed first. A campaign that is not a
    draft is refused with 422, and so is an empty or inverted date range.

    The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`)
    or to `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-
    scheduled`, or a `processing` campaign whose start is still in the future, back to `draft`; `pause`
    moves `working` to `paused`; `resume` moves `paused` to `working`. Every other transition is refused
    with 422. The prose documentation differs: the answer shows the requested `scheduled_at`.
    `scheduled_at` is read back from MySQL, which may print `0000-00-00 00:00:00` for a date it did not
    accept. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignScheduleInput | Unset): When to start sending. Without `scheduled_at` the
            campaign is sent at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | ScheduleCampaignResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
