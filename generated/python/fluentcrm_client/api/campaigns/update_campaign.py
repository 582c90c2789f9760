from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_input import CampaignInput
from ...models.message_error import MessageError
from ...models.update_campaign_response_200 import UpdateCampaignResponse200
from ...models.update_campaign_response_422_object import UpdateCampaignResponse422Object
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: CampaignInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/campaigns/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    MessageError
    | WpError
    | UpdateCampaignResponse200
    | UpdateCampaignResponse422Object
    | ValidationErrors
    | WpError
    | None
):
    if response.status_code == 200:
        response_200 = UpdateCampaignResponse200.from_dict(response.json())

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

        def _parse_response_422(data: object) -> UpdateCampaignResponse422Object | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrors.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_response_422_object = UpdateCampaignResponse422Object.from_dict(data)

            return response_422_response_422_object

        response_422 = _parse_response_422(response.json())

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
) -> Response[
    MessageError | WpError | UpdateCampaignResponse200 | UpdateCampaignResponse422Object | ValidationErrors | WpError
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
    body: CampaignInput,
) -> Response[
    MessageError | WpError | UpdateCampaignResponse200 | UpdateCampaignResponse422Object | ValidationErrors | WpError
]:
    """Update a campaign

     Saves the editor's fields (title, subject, pre-header, body, UTM fields, design, settings) and
    returns the campaign. `title` is required and must be unique; that check runs before the id is
    looked up, so an unknown id with a valid title is 404. `next_step` records the editor step; `2` also
    enforces the compliance rule. The prose documentation differs: the body fields are all optional.
    `title` is required and must be unique (422 otherwise), even when only other fields change. (See
    `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignInput): The editor fields `PUT /campaigns/{id}` saves. Only `title` is
            required; keys left out keep their stored values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | UpdateCampaignResponse200 | UpdateCampaignResponse422Object | ValidationErrors | WpError]
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
    body: CampaignInput,
) -> (
    MessageError
    | WpError
    | UpdateCampaignResponse200
    | UpdateCampaignResponse422Object
    | ValidationErrors
    | WpError
    | None
):
    """Update a campaign

     Saves the editor's fields (title, subject, pre-header, body, UTM fields, design, settings) and
    returns the campaign. `title` is required and must be unique; that check runs before the id is
    looked up, so an unknown id with a valid title is 404. `next_step` records the editor step; `2` also
    enforces the compliance rule. The prose documentation differs: the body fields are all optional.
    `title` is required and must be unique (422 otherwise), even when only other fields change. (See
    `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignInput): The editor fields `PUT /campaigns/{id}` saves. Only `title` is
            required; keys left out keep their stored values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | UpdateCampaignResponse200 | UpdateCampaignResponse422Object | ValidationErrors | WpError
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
    body: CampaignInput,
) -> Response[
    MessageError | WpError | UpdateCampaignResponse200 | UpdateCampaignResponse422Object | ValidationErrors | WpError
]:
    """Update a campaign

     Saves the editor's fields (title, subject, pre-header, body, UTM fields, design, settings) and
    returns the campaign. `title` is required and must be unique; that check runs before the id is
    looked up, so an unknown id with a valid title is 404. `next_step` records the editor step; `2` also
    enforces the compliance rule. The prose documentation differs: the body fields are all optional.
    `title` is required and must be unique (422 otherwise), even when only other fields change. (See
    `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignInput): The editor fields `PUT /campaigns/{id}` saves. Only `title` is
            required; keys left out keep their stored values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | UpdateCampaignResponse200 | UpdateCampaignResponse422Object | ValidationErrors | WpError]
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
    body: CampaignInput,
) -> (
    MessageError
    | WpError
    | UpdateCampaignResponse200
    | UpdateCampaignResponse422Object
    | ValidationErrors
    | WpError
    | None
):
    """Update a campaign

     Saves the editor's fields (title, subject, pre-header, body, UTM fields, design, settings) and
    returns the campaign. `title` is required and must be unique; that check runs before the id is
    looked up, so an unknown id with a valid title is 404. `next_step` records the editor step; `2` also
    enforces the compliance rule. The prose documentation differs: the body fields are all optional.
    `title` is required and must be unique (422 otherwise), even when only other fields change. (See
    `x-doc-differences` for the rest.)

    Args:
        id (int):
        body (CampaignInput): The editor fields `PUT /campaigns/{id}` saves. Only `title` is
            required; keys left out keep their stored values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | UpdateCampaignResponse200 | UpdateCampaignResponse422Object | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
