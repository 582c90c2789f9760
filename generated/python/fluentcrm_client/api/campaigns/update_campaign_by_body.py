from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_by_body_input import CampaignByBodyInput
from ...models.message_error import MessageError
from ...models.update_campaign_by_body_response_200 import UpdateCampaignByBodyResponse200
from ...models.update_campaign_by_body_response_422_object import UpdateCampaignByBodyResponse422Object
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: CampaignByBodyInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/update-single-campaign",
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
    | UpdateCampaignByBodyResponse200
    | UpdateCampaignByBodyResponse422Object
    | ValidationErrors
    | WpError
    | None
):
    if response.status_code == 200:
        response_200 = UpdateCampaignByBodyResponse200.from_dict(response.json())

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

        def _parse_response_422(data: object) -> UpdateCampaignByBodyResponse422Object | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrors.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_response_422_object = UpdateCampaignByBodyResponse422Object.from_dict(data)

            return response_422_response_422_object

        response_422 = _parse_response_422(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MessageError
    | WpError
    | UpdateCampaignByBodyResponse200
    | UpdateCampaignByBodyResponse422Object
    | ValidationErrors
    | WpError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignByBodyInput,
) -> Response[
    MessageError
    | WpError
    | UpdateCampaignByBodyResponse200
    | UpdateCampaignByBodyResponse422Object
    | ValidationErrors
    | WpError
]:
    """Update a campaign named in the body

     The same as `PUT /campaigns/{id}` with the id in `campaign_id`; without it the answer is 404. The
    prose documentation differs: the body fields besides `campaign_id` are optional. `title` is required
    and unique, as on `PUT /campaigns/{id}`; without `campaign_id` the answer is 404. (See `x-doc-
    differences` for the rest.)

    Args:
        body (CampaignByBodyInput): `CampaignInput` with the campaign's id in the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | UpdateCampaignByBodyResponse200 | UpdateCampaignByBodyResponse422Object | ValidationErrors | WpError]
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
    body: CampaignByBodyInput,
) -> (
    MessageError
    | WpError
    | UpdateCampaignByBodyResponse200
    | UpdateCampaignByBodyResponse422Object
    | ValidationErrors
    | WpError
    | None
):
    """Update a campaign named in the body

     The same as `PUT /campaigns/{id}` with the id in `campaign_id`; without it the answer is 404. The
    prose documentation differs: the body fields besides `campaign_id` are optional. `title` is required
    and unique, as on `PUT /campaigns/{id}`; without `campaign_id` the answer is 404. (See `x-doc-
    differences` for the rest.)

    Args:
        body (CampaignByBodyInput): `CampaignInput` with the campaign's id in the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | UpdateCampaignByBodyResponse200 | UpdateCampaignByBodyResponse422Object | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignByBodyInput,
) -> Response[
    MessageError
    | WpError
    | UpdateCampaignByBodyResponse200
    | UpdateCampaignByBodyResponse422Object
    | ValidationErrors
    | WpError
]:
    """Update a campaign named in the body

     The same as `PUT /campaigns/{id}` with the id in `campaign_id`; without it the answer is 404. The
    prose documentation differs: the body fields besides `campaign_id` are optional. `title` is required
    and unique, as on `PUT /campaigns/{id}`; without `campaign_id` the answer is 404. (See `x-doc-
    differences` for the rest.)

    Args:
        body (CampaignByBodyInput): `CampaignInput` with the campaign's id in the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | WpError | UpdateCampaignByBodyResponse200 | UpdateCampaignByBodyResponse422Object | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignByBodyInput,
) -> (
    MessageError
    | WpError
    | UpdateCampaignByBodyResponse200
    | UpdateCampaignByBodyResponse422Object
    | ValidationErrors
    | WpError
    | None
):
    """Update a campaign named in the body

     The same as `PUT /campaigns/{id}` with the id in `campaign_id`; without it the answer is 404. The
    prose documentation differs: the body fields besides `campaign_id` are optional. `title` is required
    and unique, as on `PUT /campaigns/{id}`; without `campaign_id` the answer is 404. (See `x-doc-
    differences` for the rest.)

    Args:
        body (CampaignByBodyInput): `CampaignInput` with the campaign's id in the body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | WpError | UpdateCampaignByBodyResponse200 | UpdateCampaignByBodyResponse422Object | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
