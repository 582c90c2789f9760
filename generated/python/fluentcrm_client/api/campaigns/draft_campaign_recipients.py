from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_recipients_input import CampaignRecipientsInput
from ...models.draft_campaign_recipients_response_200 import DraftCampaignRecipientsResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: CampaignRecipientsInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{id}/draft-recipients".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = DraftCampaignRecipientsResponse200.from_dict(response.json())

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
) -> Response[DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]:
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
    body: CampaignRecipientsInput | Unset = UNSET,
) -> Response[DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]:
    """Choose a campaign's recipients

     Stores the recipient selection in the campaign's settings, counts the matching contacts into
    `recipients_count`, removes any e-mails already prepared and puts the campaign back to `draft`. A
    selection that matches nobody is refused with 422; an empty body uses the default (all contacts).
    The prose documentation differs: `subscribers` is an object. `subscribers` is an array of `{list,
    tag}` rows, as the editor sends it. (See `x-doc-differences` for the rest.) Sending no `subscribers`
    stores `subscribers: null`, which later crashes the count and segment routes (see those operations).

    Args:
        id (int):
        body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to
            include and exclude, or another filter. Every key is optional; an empty selection means
            every subscribed contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]
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
    body: CampaignRecipientsInput | Unset = UNSET,
) -> DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError | None:
    """Choose a campaign's recipients

     Stores the recipient selection in the campaign's settings, counts the matching contacts into
    `recipients_count`, removes any e-mails already prepared and puts the campaign back to `draft`. A
    selection that matches nobody is refused with 422; an empty body uses the default (all contacts).
    The prose documentation differs: `subscribers` is an object. `subscribers` is an array of `{list,
    tag}` rows, as the editor sends it. (See `x-doc-differences` for the rest.) Sending no `subscribers`
    stores `subscribers: null`, which later crashes the count and segment routes (see those operations).

    Args:
        id (int):
        body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to
            include and exclude, or another filter. Every key is optional; an empty selection means
            every subscribed contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError
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
    body: CampaignRecipientsInput | Unset = UNSET,
) -> Response[DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]:
    """Choose a campaign's recipients

     Stores the recipient selection in the campaign's settings, counts the matching contacts into
    `recipients_count`, removes any e-mails already prepared and puts the campaign back to `draft`. A
    selection that matches nobody is refused with 422; an empty body uses the default (all contacts).
    The prose documentation differs: `subscribers` is an object. `subscribers` is an array of `{list,
    tag}` rows, as the editor sends it. (See `x-doc-differences` for the rest.) Sending no `subscribers`
    stores `subscribers: null`, which later crashes the count and segment routes (see those operations).

    Args:
        id (int):
        body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to
            include and exclude, or another filter. Every key is optional; an empty selection means
            every subscribed contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError]
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
    body: CampaignRecipientsInput | Unset = UNSET,
) -> DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError | None:
    """Choose a campaign's recipients

     Stores the recipient selection in the campaign's settings, counts the matching contacts into
    `recipients_count`, removes any e-mails already prepared and puts the campaign back to `draft`. A
    selection that matches nobody is refused with 422; an empty body uses the default (all contacts).
    The prose documentation differs: `subscribers` is an object. `subscribers` is an array of `{list,
    tag}` rows, as the editor sends it. (See `x-doc-differences` for the rest.) Sending no `subscribers`
    stores `subscribers: null`, which later crashes the count and segment routes (see those operations).

    Args:
        id (int):
        body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to
            include and exclude, or another filter. Every key is optional; an empty selection means
            every subscribed contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftCampaignRecipientsResponse200 | MessageError | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
