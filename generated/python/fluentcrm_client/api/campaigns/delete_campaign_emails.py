from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_email_ids_input import CampaignEmailIdsInput
from ...models.delete_campaign_emails_response_200 import DeleteCampaignEmailsResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: CampaignEmailIdsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/campaigns/{id}/emails".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = DeleteCampaignEmailsResponse200.from_dict(response.json())

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
) -> Response[DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError]:
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
    body: CampaignEmailIdsInput,
) -> Response[DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError]:
    """Delete some of a campaign's e-mails

     Deletes the listed e-mails of this campaign (ids of other campaigns are ignored) and stores the new
    count in `recipients_count`, which it returns. Without `email_ids` FluentCRM 2.9.84 crashes (500);
    the emulator answers 422. The prose documentation differs: `email_ids` is required. Without it the
    server crashes (500) instead of refusing the request. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignEmailIdsInput): The e-mails of a campaign to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError]
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
    body: CampaignEmailIdsInput,
) -> DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError | None:
    """Delete some of a campaign's e-mails

     Deletes the listed e-mails of this campaign (ids of other campaigns are ignored) and stores the new
    count in `recipients_count`, which it returns. Without `email_ids` FluentCRM 2.9.84 crashes (500);
    the emulator answers 422. The prose documentation differs: `email_ids` is required. Without it the
    server crashes (500) instead of refusing the request. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignEmailIdsInput): The e-mails of a campaign to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError
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
    body: CampaignEmailIdsInput,
) -> Response[DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError]:
    """Delete some of a campaign's e-mails

     Deletes the listed e-mails of this campaign (ids of other campaigns are ignored) and stores the new
    count in `recipients_count`, which it returns. Without `email_ids` FluentCRM 2.9.84 crashes (500);
    the emulator answers 422. The prose documentation differs: `email_ids` is required. Without it the
    server crashes (500) instead of refusing the request. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignEmailIdsInput): The e-mails of a campaign to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError]
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
    body: CampaignEmailIdsInput,
) -> DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError | None:
    """Delete some of a campaign's e-mails

     Deletes the listed e-mails of this campaign (ids of other campaigns are ignored) and stores the new
    count in `recipients_count`, which it returns. Without `email_ids` FluentCRM 2.9.84 crashes (500);
    the emulator answers 422. The prose documentation differs: `email_ids` is required. Without it the
    server crashes (500) instead of refusing the request. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignEmailIdsInput): The e-mails of a campaign to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCampaignEmailsResponse200 | MessageError | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
