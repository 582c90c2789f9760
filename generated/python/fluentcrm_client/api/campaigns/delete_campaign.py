from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_campaign_response_200 import DeleteCampaignResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/campaigns/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCampaignResponse200 | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = DeleteCampaignResponse200.from_dict(response.json())

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
) -> Response[DeleteCampaignResponse200 | MessageError | WpError | WpError]:
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
) -> Response[DeleteCampaignResponse200 | MessageError | WpError | WpError]:
    """Delete a campaign

     Deletes the campaign with its e-mails, URL metrics and meta. The answer is `{"success": true}`
    without `__bench`.

    **Fault (data loss):** FluentCRM 2.9.84 also deletes the campaign e-mail whose *id* equals the
    campaign's id, even when that e-mail belongs to another campaign (bulk `delete_campaigns` does the
    same). A client that must not lose e-mails reads `GET /campaigns/emails/{id}/preview` with the
    campaign's id first: if it answers 200 with `info.campaign_id` different from the campaign being
    deleted, deleting would destroy that other campaign's e-mail, so keep (or archive) the campaign
    instead. The prose documentation differs: deleting removes the campaign and its data. It also
    removes the campaign e-mail whose id equals the campaign's id, whichever campaign owns it (data
    loss).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCampaignResponse200 | MessageError | WpError | WpError]
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
) -> DeleteCampaignResponse200 | MessageError | WpError | WpError | None:
    """Delete a campaign

     Deletes the campaign with its e-mails, URL metrics and meta. The answer is `{"success": true}`
    without `__bench`.

    **Fault (data loss):** FluentCRM 2.9.84 also deletes the campaign e-mail whose *id* equals the
    campaign's id, even when that e-mail belongs to another campaign (bulk `delete_campaigns` does the
    same). A client that must not lose e-mails reads `GET /campaigns/emails/{id}/preview` with the
    campaign's id first: if it answers 200 with `info.campaign_id` different from the campaign being
    deleted, deleting would destroy that other campaign's e-mail, so keep (or archive) the campaign
    instead. The prose documentation differs: deleting removes the campaign and its data. It also
    removes the campaign e-mail whose id equals the campaign's id, whichever campaign owns it (data
    loss).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCampaignResponse200 | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteCampaignResponse200 | MessageError | WpError | WpError]:
    """Delete a campaign

     Deletes the campaign with its e-mails, URL metrics and meta. The answer is `{"success": true}`
    without `__bench`.

    **Fault (data loss):** FluentCRM 2.9.84 also deletes the campaign e-mail whose *id* equals the
    campaign's id, even when that e-mail belongs to another campaign (bulk `delete_campaigns` does the
    same). A client that must not lose e-mails reads `GET /campaigns/emails/{id}/preview` with the
    campaign's id first: if it answers 200 with `info.campaign_id` different from the campaign being
    deleted, deleting would destroy that other campaign's e-mail, so keep (or archive) the campaign
    instead. The prose documentation differs: deleting removes the campaign and its data. It also
    removes the campaign e-mail whose id equals the campaign's id, whichever campaign owns it (data
    loss).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCampaignResponse200 | MessageError | WpError | WpError]
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
) -> DeleteCampaignResponse200 | MessageError | WpError | WpError | None:
    """Delete a campaign

     Deletes the campaign with its e-mails, URL metrics and meta. The answer is `{"success": true}`
    without `__bench`.

    **Fault (data loss):** FluentCRM 2.9.84 also deletes the campaign e-mail whose *id* equals the
    campaign's id, even when that e-mail belongs to another campaign (bulk `delete_campaigns` does the
    same). A client that must not lose e-mails reads `GET /campaigns/emails/{id}/preview` with the
    campaign's id first: if it answers 200 with `info.campaign_id` different from the campaign being
    deleted, deleting would destroy that other campaign's e-mail, so keep (or archive) the campaign
    instead. The prose documentation differs: deleting removes the campaign and its data. It also
    removes the campaign e-mail whose id equals the campaign's id, whichever campaign owns it (data
    loss).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCampaignResponse200 | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
