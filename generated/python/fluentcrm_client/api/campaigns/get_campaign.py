from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_response_200_with_emails import GetCampaignResponse200WithEmails
from ...models.get_campaign_response_200_with_templates import GetCampaignResponse200WithTemplates
from ...models.get_campaign_view_campaign import GetCampaignViewCampaign
from ...models.get_campaign_with_item import GetCampaignWithItem
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    include: list[GetCampaignWithItem] | Unset = UNSET,
    view_campaign: GetCampaignViewCampaign | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for with_item_data in include:
            with_item: str = with_item_data
            json_include.append(with_item)

    params["with[]"] = json_include

    json_view_campaign: int | Unset = UNSET
    if not isinstance(view_campaign, Unset):
        json_view_campaign = view_campaign

    params["viewCampaign"] = json_view_campaign

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetCampaignResponse200WithEmails
    | GetCampaignResponse200WithTemplates
    | MessageError
    | MessageError
    | WpError
    | WpError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GetCampaignResponse200WithEmails | GetCampaignResponse200WithTemplates:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_response_200_with_templates = GetCampaignResponse200WithTemplates.from_dict(data)

                return response_200_response_200_with_templates
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_response_200_with_emails = GetCampaignResponse200WithEmails.from_dict(data)

            return response_200_response_200_with_emails

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

    if response.status_code == 423:
        response_423 = MessageError.from_dict(response.json())

        return response_423

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
    GetCampaignResponse200WithEmails
    | GetCampaignResponse200WithTemplates
    | MessageError
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
    include: list[GetCampaignWithItem] | Unset = UNSET,
    view_campaign: GetCampaignViewCampaign | Unset = UNSET,
) -> Response[
    GetCampaignResponse200WithEmails
    | GetCampaignResponse200WithTemplates
    | MessageError
    | MessageError
    | WpError
    | WpError
]:
    """Get one campaign

     Returns the campaign with the site's current time (`server_time`) and the list of e-mail templates
    (`ID`, `post_title`) the editor offers. `with[]` loads relations (`subjects`, `template`);
    `viewCampaign` (any value) instead returns the campaign with one page of its e-mails.

    A missing id answers 404, but with `with[]` FluentCRM 2.9.84 crashes (500) because it reads the
    missing record anyway; an unknown relation name answers 423. The prose documentation differs: a
    missing campaign is 404. It is 404 without `with[]`, but 500 (a PHP fatal) with `with[]`; an unknown
    relation in `with[]` is 423. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        include (list[GetCampaignWithItem] | Unset):
        view_campaign (GetCampaignViewCampaign | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignResponse200WithEmails | GetCampaignResponse200WithTemplates | MessageError | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        view_campaign=view_campaign,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetCampaignWithItem] | Unset = UNSET,
    view_campaign: GetCampaignViewCampaign | Unset = UNSET,
) -> (
    GetCampaignResponse200WithEmails
    | GetCampaignResponse200WithTemplates
    | MessageError
    | MessageError
    | WpError
    | WpError
    | None
):
    """Get one campaign

     Returns the campaign with the site's current time (`server_time`) and the list of e-mail templates
    (`ID`, `post_title`) the editor offers. `with[]` loads relations (`subjects`, `template`);
    `viewCampaign` (any value) instead returns the campaign with one page of its e-mails.

    A missing id answers 404, but with `with[]` FluentCRM 2.9.84 crashes (500) because it reads the
    missing record anyway; an unknown relation name answers 423. The prose documentation differs: a
    missing campaign is 404. It is 404 without `with[]`, but 500 (a PHP fatal) with `with[]`; an unknown
    relation in `with[]` is 423. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        include (list[GetCampaignWithItem] | Unset):
        view_campaign (GetCampaignViewCampaign | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignResponse200WithEmails | GetCampaignResponse200WithTemplates | MessageError | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        include=include,
        view_campaign=view_campaign,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetCampaignWithItem] | Unset = UNSET,
    view_campaign: GetCampaignViewCampaign | Unset = UNSET,
) -> Response[
    GetCampaignResponse200WithEmails
    | GetCampaignResponse200WithTemplates
    | MessageError
    | MessageError
    | WpError
    | WpError
]:
    """Get one campaign

     Returns the campaign with the site's current time (`server_time`) and the list of e-mail templates
    (`ID`, `post_title`) the editor offers. `with[]` loads relations (`subjects`, `template`);
    `viewCampaign` (any value) instead returns the campaign with one page of its e-mails.

    A missing id answers 404, but with `with[]` FluentCRM 2.9.84 crashes (500) because it reads the
    missing record anyway; an unknown relation name answers 423. The prose documentation differs: a
    missing campaign is 404. It is 404 without `with[]`, but 500 (a PHP fatal) with `with[]`; an unknown
    relation in `with[]` is 423. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        include (list[GetCampaignWithItem] | Unset):
        view_campaign (GetCampaignViewCampaign | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCampaignResponse200WithEmails | GetCampaignResponse200WithTemplates | MessageError | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        view_campaign=view_campaign,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetCampaignWithItem] | Unset = UNSET,
    view_campaign: GetCampaignViewCampaign | Unset = UNSET,
) -> (
    GetCampaignResponse200WithEmails
    | GetCampaignResponse200WithTemplates
    | MessageError
    | MessageError
    | WpError
    | WpError
    | None
):
    """Get one campaign

     Returns the campaign with the site's current time (`server_time`) and the list of e-mail templates
    (`ID`, `post_title`) the editor offers. `with[]` loads relations (`subjects`, `template`);
    `viewCampaign` (any value) instead returns the campaign with one page of its e-mails.

    A missing id answers 404, but with `with[]` FluentCRM 2.9.84 crashes (500) because it reads the
    missing record anyway; an unknown relation name answers 423. The prose documentation differs: a
    missing campaign is 404. It is 404 without `with[]`, but 500 (a PHP fatal) with `with[]`; an unknown
    relation in `with[]` is 423. (See `x-doc-differences` for the rest.)

    Args:
        id (int):
        include (list[GetCampaignWithItem] | Unset):
        view_campaign (GetCampaignViewCampaign | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCampaignResponse200WithEmails | GetCampaignResponse200WithTemplates | MessageError | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include=include,
            view_campaign=view_campaign,
        )
    ).parsed
