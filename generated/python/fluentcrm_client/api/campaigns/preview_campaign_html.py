from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_preview_input import CampaignPreviewInput
from ...models.message_error import MessageError
from ...models.preview_campaign_html_response_200 import PreviewCampaignHtmlResponse200
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CampaignPreviewInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/email-preview-html",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = PreviewCampaignHtmlResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignPreviewInput | Unset = UNSET,
) -> Response[MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError]:
    """Render a campaign as HTML

     Renders the e-mail of a stored campaign (`campaign_id`) or of an unsaved one (`campaign`) into the
    full HTML document a recipient would get, for the contact `contact_id` (default: the current user's
    contact). An empty body renders nothing (`preview_html: ""`). The prose documentation differs: the
    answer is the rendered document. Without `campaign_id` or `campaign` the answer is `preview_html:
    ""`; an unknown `campaign_id` is 404. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignPreviewInput | Unset): The campaign to render: a stored one or an unsaved
            body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError]
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
    body: CampaignPreviewInput | Unset = UNSET,
) -> MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError | None:
    """Render a campaign as HTML

     Renders the e-mail of a stored campaign (`campaign_id`) or of an unsaved one (`campaign`) into the
    full HTML document a recipient would get, for the contact `contact_id` (default: the current user's
    contact). An empty body renders nothing (`preview_html: ""`). The prose documentation differs: the
    answer is the rendered document. Without `campaign_id` or `campaign` the answer is `preview_html:
    ""`; an unknown `campaign_id` is 404. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignPreviewInput | Unset): The campaign to render: a stored one or an unsaved
            body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignPreviewInput | Unset = UNSET,
) -> Response[MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError]:
    """Render a campaign as HTML

     Renders the e-mail of a stored campaign (`campaign_id`) or of an unsaved one (`campaign`) into the
    full HTML document a recipient would get, for the contact `contact_id` (default: the current user's
    contact). An empty body renders nothing (`preview_html: ""`). The prose documentation differs: the
    answer is the rendered document. Without `campaign_id` or `campaign` the answer is `preview_html:
    ""`; an unknown `campaign_id` is 404. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignPreviewInput | Unset): The campaign to render: a stored one or an unsaved
            body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignPreviewInput | Unset = UNSET,
) -> MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError | None:
    """Render a campaign as HTML

     Renders the e-mail of a stored campaign (`campaign_id`) or of an unsaved one (`campaign`) into the
    full HTML document a recipient would get, for the contact `contact_id` (default: the current user's
    contact). An empty body renders nothing (`preview_html: ""`). The prose documentation differs: the
    answer is the rendered document. Without `campaign_id` or `campaign` the answer is `preview_html:
    ""`; an unknown `campaign_id` is 404. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignPreviewInput | Unset): The campaign to render: a stored one or an unsaved
            body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | PreviewCampaignHtmlResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
