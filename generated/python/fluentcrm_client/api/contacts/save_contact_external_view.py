from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_view_save_input import ExternalViewSaveInput
from ...models.integration_answer import IntegrationAnswer
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ExternalViewSaveInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscribers/{id}/external_view".format(
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
) -> IntegrationAnswer | MessageError | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = IntegrationAnswer.from_dict(response.json())

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
                componentsschemas_message_or_route_error_type_0 = MessageError.from_dict(data)

                return componentsschemas_message_or_route_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_message_or_route_error_type_1 = WpError.from_dict(data)

            return componentsschemas_message_or_route_error_type_1

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
) -> Response[IntegrationAnswer | MessageError | MessageError | WpError | WpError]:
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
    body: ExternalViewSaveInput | Unset = UNSET,
) -> Response[IntegrationAnswer | MessageError | MessageError | WpError | WpError]:
    """Save data of a profile section drawn by an integration

     Hands `data` to the integration that provides the profile section `section_provider`, which answers
    in its
    own format. Without such an integration (the free plugin alone) the answer is always 422 `Handled
    could not be
    found.` (sic). With an integration, the success body is whatever that integration returns (FluentCRM
    adds
    `__bench` when it is an object); the recorded example comes from a stand-in integration. A contact
    that does not exist gives 404; FluentCRM 2.9.84 crashes (500) on id `0`, where the
    emulator answers 404.

    The prose documentation shows a 200 `Data saved successfully`; that text comes from an integration,
    and without
    one the server always answers 422.

    Args:
        id (int):
        body (ExternalViewSaveInput | Unset): Data for the integration that draws a profile
            section; what `data` holds is up to that integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationAnswer | MessageError | MessageError | WpError | WpError]
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
    body: ExternalViewSaveInput | Unset = UNSET,
) -> IntegrationAnswer | MessageError | MessageError | WpError | WpError | None:
    """Save data of a profile section drawn by an integration

     Hands `data` to the integration that provides the profile section `section_provider`, which answers
    in its
    own format. Without such an integration (the free plugin alone) the answer is always 422 `Handled
    could not be
    found.` (sic). With an integration, the success body is whatever that integration returns (FluentCRM
    adds
    `__bench` when it is an object); the recorded example comes from a stand-in integration. A contact
    that does not exist gives 404; FluentCRM 2.9.84 crashes (500) on id `0`, where the
    emulator answers 404.

    The prose documentation shows a 200 `Data saved successfully`; that text comes from an integration,
    and without
    one the server always answers 422.

    Args:
        id (int):
        body (ExternalViewSaveInput | Unset): Data for the integration that draws a profile
            section; what `data` holds is up to that integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationAnswer | MessageError | MessageError | WpError | WpError
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
    body: ExternalViewSaveInput | Unset = UNSET,
) -> Response[IntegrationAnswer | MessageError | MessageError | WpError | WpError]:
    """Save data of a profile section drawn by an integration

     Hands `data` to the integration that provides the profile section `section_provider`, which answers
    in its
    own format. Without such an integration (the free plugin alone) the answer is always 422 `Handled
    could not be
    found.` (sic). With an integration, the success body is whatever that integration returns (FluentCRM
    adds
    `__bench` when it is an object); the recorded example comes from a stand-in integration. A contact
    that does not exist gives 404; FluentCRM 2.9.84 crashes (500) on id `0`, where the
    emulator answers 404.

    The prose documentation shows a 200 `Data saved successfully`; that text comes from an integration,
    and without
    one the server always answers 422.

    Args:
        id (int):
        body (ExternalViewSaveInput | Unset): Data for the integration that draws a profile
            section; what `data` holds is up to that integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationAnswer | MessageError | MessageError | WpError | WpError]
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
    body: ExternalViewSaveInput | Unset = UNSET,
) -> IntegrationAnswer | MessageError | MessageError | WpError | WpError | None:
    """Save data of a profile section drawn by an integration

     Hands `data` to the integration that provides the profile section `section_provider`, which answers
    in its
    own format. Without such an integration (the free plugin alone) the answer is always 422 `Handled
    could not be
    found.` (sic). With an integration, the success body is whatever that integration returns (FluentCRM
    adds
    `__bench` when it is an object); the recorded example comes from a stand-in integration. A contact
    that does not exist gives 404; FluentCRM 2.9.84 crashes (500) on id `0`, where the
    emulator answers 404.

    The prose documentation shows a 200 `Data saved successfully`; that text comes from an integration,
    and without
    one the server always answers 422.

    Args:
        id (int):
        body (ExternalViewSaveInput | Unset): Data for the integration that draws a profile
            section; what `data` holds is up to that integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationAnswer | MessageError | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
