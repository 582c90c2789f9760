from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.resume_campaign_response_200 import ResumeCampaignResponse200
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{id}/resume".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = ResumeCampaignResponse200.from_dict(response.json())

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
) -> Response[MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError]:
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
) -> Response[MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError]:
    """Resume a paused campaign

     Resumes a `paused` campaign: it becomes `working` and its paused e-mails are scheduled for now, so
    sending continues. Any other state is refused with 422. The 200 example is the shape FluentCRM
    builds; no campaign was resumed while recording.

    The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`)
    or to `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-
    scheduled`, or a `processing` campaign whose start is still in the future, back to `draft`; `pause`
    moves `working` to `paused`; `resume` moves `paused` to `working`. Every other transition is refused
    with 422. The prose documentation differs: the campaign in the answer has a few columns. It is the
    full campaign (every column and `settings`), with `__bench`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError]
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
) -> MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError | None:
    """Resume a paused campaign

     Resumes a `paused` campaign: it becomes `working` and its paused e-mails are scheduled for now, so
    sending continues. Any other state is refused with 422. The 200 example is the shape FluentCRM
    builds; no campaign was resumed while recording.

    The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`)
    or to `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-
    scheduled`, or a `processing` campaign whose start is still in the future, back to `draft`; `pause`
    moves `working` to `paused`; `resume` moves `paused` to `working`. Every other transition is refused
    with 422. The prose documentation differs: the campaign in the answer has a few columns. It is the
    full campaign (every column and `settings`), with `__bench`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError]:
    """Resume a paused campaign

     Resumes a `paused` campaign: it becomes `working` and its paused e-mails are scheduled for now, so
    sending continues. Any other state is refused with 422. The 200 example is the shape FluentCRM
    builds; no campaign was resumed while recording.

    The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`)
    or to `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-
    scheduled`, or a `processing` campaign whose start is still in the future, back to `draft`; `pause`
    moves `working` to `paused`; `resume` moves `paused` to `working`. Every other transition is refused
    with 422. The prose documentation differs: the campaign in the answer has a few columns. It is the
    full campaign (every column and `settings`), with `__bench`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError]
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
) -> MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError | None:
    """Resume a paused campaign

     Resumes a `paused` campaign: it becomes `working` and its paused e-mails are scheduled for now, so
    sending continues. Any other state is refused with 422. The 200 example is the shape FluentCRM
    builds; no campaign was resumed while recording.

    The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`)
    or to `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-
    scheduled`, or a `processing` campaign whose start is still in the future, back to `draft`; `pause`
    moves `working` to `paused`; `resume` moves `paused` to `working`. Every other transition is refused
    with 422. The prose documentation differs: the campaign in the answer has a few columns. It is the
    full campaign (every column and `settings`), with `__bench`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | ResumeCampaignResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
