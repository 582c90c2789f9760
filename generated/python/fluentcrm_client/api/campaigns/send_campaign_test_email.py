from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_test_email_input import CampaignTestEmailInput
from ...models.message_error import MessageError
from ...models.send_campaign_test_email_response_200 import SendCampaignTestEmailResponse200
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: CampaignTestEmailInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/send-test-email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = SendCampaignTestEmailResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignTestEmailInput,
) -> Response[MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError]:
    """Send a test e-mail of a campaign

     Sends the campaign (by `campaign_id`, or an unsaved one in `campaign` with `test_campaign` `yes`) to
    one address (`email`, default: the current user's), rendered for the contact with that address or
    else the first subscribed contact. **This sends real e-mail.** `result` is `wp_mail`'s outcome:
    FluentCRM 2.9.84 claims success in `message` even when it is `false` (bug B3). The prose
    documentation differs: `result` is an object and the message says "may not be replaced in the test
    email". `result` is `wp_mail`'s boolean (`false` when mail failed, while the message still claims
    success) and the message says "may not replaced in test email".

    Args:
        body (CampaignTestEmailInput): What to send as a test e-mail, and where.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError]
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
    body: CampaignTestEmailInput,
) -> MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError | None:
    """Send a test e-mail of a campaign

     Sends the campaign (by `campaign_id`, or an unsaved one in `campaign` with `test_campaign` `yes`) to
    one address (`email`, default: the current user's), rendered for the contact with that address or
    else the first subscribed contact. **This sends real e-mail.** `result` is `wp_mail`'s outcome:
    FluentCRM 2.9.84 claims success in `message` even when it is `false` (bug B3). The prose
    documentation differs: `result` is an object and the message says "may not be replaced in the test
    email". `result` is `wp_mail`'s boolean (`false` when mail failed, while the message still claims
    success) and the message says "may not replaced in test email".

    Args:
        body (CampaignTestEmailInput): What to send as a test e-mail, and where.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignTestEmailInput,
) -> Response[MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError]:
    """Send a test e-mail of a campaign

     Sends the campaign (by `campaign_id`, or an unsaved one in `campaign` with `test_campaign` `yes`) to
    one address (`email`, default: the current user's), rendered for the contact with that address or
    else the first subscribed contact. **This sends real e-mail.** `result` is `wp_mail`'s outcome:
    FluentCRM 2.9.84 claims success in `message` even when it is `false` (bug B3). The prose
    documentation differs: `result` is an object and the message says "may not be replaced in the test
    email". `result` is `wp_mail`'s boolean (`false` when mail failed, while the message still claims
    success) and the message says "may not replaced in test email".

    Args:
        body (CampaignTestEmailInput): What to send as a test e-mail, and where.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignTestEmailInput,
) -> MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError | None:
    """Send a test e-mail of a campaign

     Sends the campaign (by `campaign_id`, or an unsaved one in `campaign` with `test_campaign` `yes`) to
    one address (`email`, default: the current user's), rendered for the contact with that address or
    else the first subscribed contact. **This sends real e-mail.** `result` is `wp_mail`'s outcome:
    FluentCRM 2.9.84 claims success in `message` even when it is `false` (bug B3). The prose
    documentation differs: `result` is an object and the message says "may not be replaced in the test
    email". `result` is `wp_mail`'s boolean (`false` when mail failed, while the message still claims
    success) and the message says "may not replaced in test email".

    Args:
        body (CampaignTestEmailInput): What to send as a test e-mail, and where.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageError | WpError | SendCampaignTestEmailResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
