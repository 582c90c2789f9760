from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_bulk_action_input import CampaignBulkActionInput
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: CampaignBulkActionInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/do-bulk-action",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignBulkActionInput,
) -> Response[MessageError | MessageWithBench | WpError]:
    """Label or delete several campaigns

     `apply_labels` attaches `labels` to every campaign in `campaign_ids`; `delete_campaigns` deletes
    them (with the same data-loss fault as `DELETE /campaigns/{id}`: each deletion also removes the
    campaign e-mail whose id equals the campaign's). Missing ids, missing labels and an unknown action
    are refused with 422. The prose documentation differs: `Selected Campaigns have been deleted
    permanently`. `Selected Campaigns has been deleted permanently` (sic), with `__bench`. (See `x-doc-
    differences` for the rest.)

    Args:
        body (CampaignBulkActionInput): A bulk action on several campaigns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignBulkActionInput,
) -> MessageError | MessageWithBench | WpError | None:
    """Label or delete several campaigns

     `apply_labels` attaches `labels` to every campaign in `campaign_ids`; `delete_campaigns` deletes
    them (with the same data-loss fault as `DELETE /campaigns/{id}`: each deletion also removes the
    campaign e-mail whose id equals the campaign's). Missing ids, missing labels and an unknown action
    are refused with 422. The prose documentation differs: `Selected Campaigns have been deleted
    permanently`. `Selected Campaigns has been deleted permanently` (sic), with `__bench`. (See `x-doc-
    differences` for the rest.)

    Args:
        body (CampaignBulkActionInput): A bulk action on several campaigns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignBulkActionInput,
) -> Response[MessageError | MessageWithBench | WpError]:
    """Label or delete several campaigns

     `apply_labels` attaches `labels` to every campaign in `campaign_ids`; `delete_campaigns` deletes
    them (with the same data-loss fault as `DELETE /campaigns/{id}`: each deletion also removes the
    campaign e-mail whose id equals the campaign's). Missing ids, missing labels and an unknown action
    are refused with 422. The prose documentation differs: `Selected Campaigns have been deleted
    permanently`. `Selected Campaigns has been deleted permanently` (sic), with `__bench`. (See `x-doc-
    differences` for the rest.)

    Args:
        body (CampaignBulkActionInput): A bulk action on several campaigns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignBulkActionInput,
) -> MessageError | MessageWithBench | WpError | None:
    """Label or delete several campaigns

     `apply_labels` attaches `labels` to every campaign in `campaign_ids`; `delete_campaigns` deletes
    them (with the same data-loss fault as `DELETE /campaigns/{id}`: each deletion also removes the
    campaign e-mail whose id equals the campaign's). Missing ids, missing labels and an unknown action
    are refused with 422. The prose documentation differs: `Selected Campaigns have been deleted
    permanently`. `Selected Campaigns has been deleted permanently` (sic), with `__bench`. (See `x-doc-
    differences` for the rest.)

    Args:
        body (CampaignBulkActionInput): A bulk action on several campaigns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
