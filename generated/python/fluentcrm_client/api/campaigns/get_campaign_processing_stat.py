from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_processing_stat_response_200_with_did_run import (
    GetCampaignProcessingStatResponse200WithDidRun,
)
from ...models.get_campaign_processing_stat_response_200_with_reload import (
    GetCampaignProcessingStatResponse200WithReload,
)
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{id}/processing-stat".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetCampaignProcessingStatResponse200WithDidRun
    | GetCampaignProcessingStatResponse200WithReload
    | MessageError
    | WpError
    | WpError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> GetCampaignProcessingStatResponse200WithDidRun | GetCampaignProcessingStatResponse200WithReload:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_response_200_with_reload = GetCampaignProcessingStatResponse200WithReload.from_dict(data)

                return response_200_response_200_with_reload
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_response_200_with_did_run = GetCampaignProcessingStatResponse200WithDidRun.from_dict(data)

            return response_200_response_200_with_did_run

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetCampaignProcessingStatResponse200WithDidRun
    | GetCampaignProcessingStatResponse200WithReload
    | MessageError
    | WpError
    | WpError
]:
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
) -> Response[
    GetCampaignProcessingStatResponse200WithDidRun
    | GetCampaignProcessingStatResponse200WithReload
    | MessageError
    | WpError
    | WpError
]:
    """Poll a campaign's sending progress

     The sending screen polls this route. For a campaign that is not `processing` it answers `{reload:
    true, campaign}`. **It is not read-only:** a `pending-scheduled` campaign due within six minutes is
    switched to `processing`, and for a `processing` campaign each call prepares and sends the next
    batch of e-mails, answering `{campaign, didRun, scheduling_method}`. The prose documentation
    differs: the answer is `{campaign, didRun, scheduling_method}`. For a campaign that is not
    `processing` it is `{reload: true, campaign}`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignProcessingStatResponse200WithDidRun | GetCampaignProcessingStatResponse200WithReload | MessageError | WpError | WpError]
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
) -> (
    GetCampaignProcessingStatResponse200WithDidRun
    | GetCampaignProcessingStatResponse200WithReload
    | MessageError
    | WpError
    | WpError
    | None
):
    """Poll a campaign's sending progress

     The sending screen polls this route. For a campaign that is not `processing` it answers `{reload:
    true, campaign}`. **It is not read-only:** a `pending-scheduled` campaign due within six minutes is
    switched to `processing`, and for a `processing` campaign each call prepares and sends the next
    batch of e-mails, answering `{campaign, didRun, scheduling_method}`. The prose documentation
    differs: the answer is `{campaign, didRun, scheduling_method}`. For a campaign that is not
    `processing` it is `{reload: true, campaign}`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignProcessingStatResponse200WithDidRun | GetCampaignProcessingStatResponse200WithReload | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetCampaignProcessingStatResponse200WithDidRun
    | GetCampaignProcessingStatResponse200WithReload
    | MessageError
    | WpError
    | WpError
]:
    """Poll a campaign's sending progress

     The sending screen polls this route. For a campaign that is not `processing` it answers `{reload:
    true, campaign}`. **It is not read-only:** a `pending-scheduled` campaign due within six minutes is
    switched to `processing`, and for a `processing` campaign each call prepares and sends the next
    batch of e-mails, answering `{campaign, didRun, scheduling_method}`. The prose documentation
    differs: the answer is `{campaign, didRun, scheduling_method}`. For a campaign that is not
    `processing` it is `{reload: true, campaign}`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignProcessingStatResponse200WithDidRun | GetCampaignProcessingStatResponse200WithReload | MessageError | WpError | WpError]
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
) -> (
    GetCampaignProcessingStatResponse200WithDidRun
    | GetCampaignProcessingStatResponse200WithReload
    | MessageError
    | WpError
    | WpError
    | None
):
    """Poll a campaign's sending progress

     The sending screen polls this route. For a campaign that is not `processing` it answers `{reload:
    true, campaign}`. **It is not read-only:** a `pending-scheduled` campaign due within six minutes is
    switched to `processing`, and for a `processing` campaign each call prepares and sends the next
    batch of e-mails, answering `{campaign, didRun, scheduling_method}`. The prose documentation
    differs: the answer is `{campaign, didRun, scheduling_method}`. For a campaign that is not
    `processing` it is `{reload: true, campaign}`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignProcessingStatResponse200WithDidRun | GetCampaignProcessingStatResponse200WithReload | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
