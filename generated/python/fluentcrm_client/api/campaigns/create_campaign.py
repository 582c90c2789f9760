from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_title_input import CampaignTitleInput
from ...models.created_campaign import CreatedCampaign
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CampaignTitleInput | CampaignTitleInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns",
    }

    if isinstance(body, CampaignTitleInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CampaignTitleInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedCampaign | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CreatedCampaign.from_dict(response.json())

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
        response_422 = ValidationErrors.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedCampaign | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignTitleInput | CampaignTitleInput | Unset = UNSET,
) -> Response[CreatedCampaign | ValidationErrors | WpError]:
    """Create a draft campaign

     Creates a campaign in `draft` state from a title. Only `title` is read; it is required and must be
    unique among campaigns (422 otherwise). FluentCRM fills the rest: slug from the title,
    `design_template` `simple`, the default `settings` (all contacts, instant sending) and `created_by`.

    The answer is the bare model, without a wrapper key, message or `__bench`, and with `created_by` as
    an integer (a string of digits when read back). The prose documentation differs: `title` may be
    omitted; an auto-generated title is assigned. `title` is required and unique: without it the answer
    is 422 `{"title": {"required": ...}}`. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns`
            reads.
        body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns`
            reads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedCampaign | ValidationErrors | WpError]
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
    body: CampaignTitleInput | CampaignTitleInput | Unset = UNSET,
) -> CreatedCampaign | ValidationErrors | WpError | None:
    """Create a draft campaign

     Creates a campaign in `draft` state from a title. Only `title` is read; it is required and must be
    unique among campaigns (422 otherwise). FluentCRM fills the rest: slug from the title,
    `design_template` `simple`, the default `settings` (all contacts, instant sending) and `created_by`.

    The answer is the bare model, without a wrapper key, message or `__bench`, and with `created_by` as
    an integer (a string of digits when read back). The prose documentation differs: `title` may be
    omitted; an auto-generated title is assigned. `title` is required and unique: without it the answer
    is 422 `{"title": {"required": ...}}`. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns`
            reads.
        body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns`
            reads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedCampaign | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignTitleInput | CampaignTitleInput | Unset = UNSET,
) -> Response[CreatedCampaign | ValidationErrors | WpError]:
    """Create a draft campaign

     Creates a campaign in `draft` state from a title. Only `title` is read; it is required and must be
    unique among campaigns (422 otherwise). FluentCRM fills the rest: slug from the title,
    `design_template` `simple`, the default `settings` (all contacts, instant sending) and `created_by`.

    The answer is the bare model, without a wrapper key, message or `__bench`, and with `created_by` as
    an integer (a string of digits when read back). The prose documentation differs: `title` may be
    omitted; an auto-generated title is assigned. `title` is required and unique: without it the answer
    is 422 `{"title": {"required": ...}}`. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns`
            reads.
        body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns`
            reads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedCampaign | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignTitleInput | CampaignTitleInput | Unset = UNSET,
) -> CreatedCampaign | ValidationErrors | WpError | None:
    """Create a draft campaign

     Creates a campaign in `draft` state from a title. Only `title` is read; it is required and must be
    unique among campaigns (422 otherwise). FluentCRM fills the rest: slug from the title,
    `design_template` `simple`, the default `settings` (all contacts, instant sending) and `created_by`.

    The answer is the bare model, without a wrapper key, message or `__bench`, and with `created_by` as
    an integer (a string of digits when read back). The prose documentation differs: `title` may be
    omitted; an auto-generated title is assigned. `title` is required and unique: without it the answer
    is 422 `{"title": {"required": ...}}`. (See `x-doc-differences` for the rest.)

    Args:
        body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns`
            reads.
        body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns`
            reads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedCampaign | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
