from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_rename_input import CampaignRenameInput
from ...models.message_error import MessageError
from ...models.update_campaign_title_response_200 import UpdateCampaignTitleResponse200
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: CampaignRenameInput | CampaignRenameInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/campaigns/{id}/title".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, CampaignRenameInput):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CampaignRenameInput):
        if not isinstance(body, Unset):
            _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | WpError | UpdateCampaignTitleResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = UpdateCampaignTitleResponse200.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | WpError | UpdateCampaignTitleResponse200 | WpError]:
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
    body: CampaignRenameInput | CampaignRenameInput | Unset = UNSET,
) -> Response[MessageError | WpError | UpdateCampaignTitleResponse200 | WpError]:
    """Rename a campaign

     Sets the title (sanitised, not validated: an empty or missing title stores `""`, and uniqueness is
    not checked) and, for a `scheduled` campaign, moves `scheduled_at` and its unsent e-mails to the new
    time. The prose documentation differs: `title` is required. It is not validated: a missing or empty
    title is stored as `""` and uniqueness is not checked. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start
            time.
        body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | UpdateCampaignTitleResponse200 | WpError]
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
    body: CampaignRenameInput | CampaignRenameInput | Unset = UNSET,
) -> MessageError | WpError | UpdateCampaignTitleResponse200 | WpError | None:
    """Rename a campaign

     Sets the title (sanitised, not validated: an empty or missing title stores `""`, and uniqueness is
    not checked) and, for a `scheduled` campaign, moves `scheduled_at` and its unsent e-mails to the new
    time. The prose documentation differs: `title` is required. It is not validated: a missing or empty
    title is stored as `""` and uniqueness is not checked. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start
            time.
        body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | UpdateCampaignTitleResponse200 | WpError
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
    body: CampaignRenameInput | CampaignRenameInput | Unset = UNSET,
) -> Response[MessageError | WpError | UpdateCampaignTitleResponse200 | WpError]:
    """Rename a campaign

     Sets the title (sanitised, not validated: an empty or missing title stores `""`, and uniqueness is
    not checked) and, for a `scheduled` campaign, moves `scheduled_at` and its unsent e-mails to the new
    time. The prose documentation differs: `title` is required. It is not validated: a missing or empty
    title is stored as `""` and uniqueness is not checked. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start
            time.
        body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | UpdateCampaignTitleResponse200 | WpError]
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
    body: CampaignRenameInput | CampaignRenameInput | Unset = UNSET,
) -> MessageError | WpError | UpdateCampaignTitleResponse200 | WpError | None:
    """Rename a campaign

     Sets the title (sanitised, not validated: an empty or missing title stores `""`, and uniqueness is
    not checked) and, for a `scheduled` campaign, moves `scheduled_at` and its unsent e-mails to the new
    time. The prose documentation differs: `title` is required. It is not validated: a missing or empty
    title is stored as `""` and uniqueness is not checked. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start
            time.
        body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start
            time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | UpdateCampaignTitleResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
