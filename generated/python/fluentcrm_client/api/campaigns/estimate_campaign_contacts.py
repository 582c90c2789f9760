from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_recipients_input import CampaignRecipientsInput
from ...models.estimate_campaign_contacts_response_200 import EstimateCampaignContactsResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CampaignRecipientsInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/estimated-contacts",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EstimateCampaignContactsResponse200 | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = EstimateCampaignContactsResponse200.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EstimateCampaignContactsResponse200 | MessageError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignRecipientsInput | Unset = UNSET,
) -> Response[EstimateCampaignContactsResponse200 | MessageError | WpError]:
    """Count the contacts a selection reaches

     Counts the contacts a recipient selection matches, without a campaign. An unknown `sending_filter`
    counts 0 (and leaves out `execution_time`); an empty body counts all subscribed contacts. The prose
    documentation differs: the answer has `count` and `execution_time`. An unknown `sending_filter`
    answers `{count: 0}` without `execution_time`; `subscribers` is an array of `{list, tag}` rows, not
    an object. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to
            include and exclude, or another filter. Every key is optional; an empty selection means
            every subscribed contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EstimateCampaignContactsResponse200 | MessageError | WpError]
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
    body: CampaignRecipientsInput | Unset = UNSET,
) -> EstimateCampaignContactsResponse200 | MessageError | WpError | None:
    """Count the contacts a selection reaches

     Counts the contacts a recipient selection matches, without a campaign. An unknown `sending_filter`
    counts 0 (and leaves out `execution_time`); an empty body counts all subscribed contacts. The prose
    documentation differs: the answer has `count` and `execution_time`. An unknown `sending_filter`
    answers `{count: 0}` without `execution_time`; `subscribers` is an array of `{list, tag}` rows, not
    an object. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to
            include and exclude, or another filter. Every key is optional; an empty selection means
            every subscribed contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EstimateCampaignContactsResponse200 | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignRecipientsInput | Unset = UNSET,
) -> Response[EstimateCampaignContactsResponse200 | MessageError | WpError]:
    """Count the contacts a selection reaches

     Counts the contacts a recipient selection matches, without a campaign. An unknown `sending_filter`
    counts 0 (and leaves out `execution_time`); an empty body counts all subscribed contacts. The prose
    documentation differs: the answer has `count` and `execution_time`. An unknown `sending_filter`
    answers `{count: 0}` without `execution_time`; `subscribers` is an array of `{list, tag}` rows, not
    an object. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to
            include and exclude, or another filter. Every key is optional; an empty selection means
            every subscribed contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EstimateCampaignContactsResponse200 | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignRecipientsInput | Unset = UNSET,
) -> EstimateCampaignContactsResponse200 | MessageError | WpError | None:
    """Count the contacts a selection reaches

     Counts the contacts a recipient selection matches, without a campaign. An unknown `sending_filter`
    counts 0 (and leaves out `execution_time`); an empty body counts all subscribed contacts. The prose
    documentation differs: the answer has `count` and `execution_time`. An unknown `sending_filter`
    answers `{count: 0}` without `execution_time`; `subscribers` is an array of `{list, tag}` rows, not
    an object. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to
            include and exclude, or another filter. Every key is optional; an empty selection means
            every subscribed contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EstimateCampaignContactsResponse200 | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
