from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.funnel_email_action_input import FunnelEmailActionInput
from ...models.funnel_email_action_response import FunnelEmailActionResponse
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: FunnelEmailActionInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnels/{id}/sequences/save-email-action".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = FunnelEmailActionResponse.from_dict(response.json())

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
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError]:
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
    body: FunnelEmailActionInput,
) -> Response[CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError]:
    """Save the e-mail of a funnel step

     Creates or updates the hidden campaign (`funnel_email_campaign`) that holds the e-mail of a "send
    e-mail" step.
    It sends nothing. Even an empty body creates a campaign with an empty e-mail. Deleting the funnel
    later does not
    delete this campaign.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelEmailActionInput): The e-mail of a "send e-mail" step. `action_data.campaign`
            holds the hidden campaign's fields; with an `id` of an
            existing funnel campaign it is updated, otherwise a new one is created. Nothing is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError]
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
    body: FunnelEmailActionInput,
) -> CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError | None:
    """Save the e-mail of a funnel step

     Creates or updates the hidden campaign (`funnel_email_campaign`) that holds the e-mail of a "send
    e-mail" step.
    It sends nothing. Even an empty body creates a campaign with an empty e-mail. Deleting the funnel
    later does not
    delete this campaign.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelEmailActionInput): The e-mail of a "send e-mail" step. `action_data.campaign`
            holds the hidden campaign's fields; with an `id` of an
            existing funnel campaign it is updated, otherwise a new one is created. Nothing is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError
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
    body: FunnelEmailActionInput,
) -> Response[CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError]:
    """Save the e-mail of a funnel step

     Creates or updates the hidden campaign (`funnel_email_campaign`) that holds the e-mail of a "send
    e-mail" step.
    It sends nothing. Even an empty body creates a campaign with an empty e-mail. Deleting the funnel
    later does not
    delete this campaign.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelEmailActionInput): The e-mail of a "send e-mail" step. `action_data.campaign`
            holds the hidden campaign's fields; with an `id` of an
            existing funnel campaign it is updated, otherwise a new one is created. Nothing is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError]
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
    body: FunnelEmailActionInput,
) -> CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError | None:
    """Save the e-mail of a funnel step

     Creates or updates the hidden campaign (`funnel_email_campaign`) that holds the e-mail of a "send
    e-mail" step.
    It sends nothing. Even an empty body creates a campaign with an empty e-mail. Deleting the funnel
    later does not
    delete this campaign.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelEmailActionInput): The e-mail of a "send e-mail" step. `action_data.campaign`
            holds the hidden campaign's fields; with an `id` of an
            existing funnel campaign it is updated, otherwise a new one is created. Nothing is sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | FunnelEmailActionResponse | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
