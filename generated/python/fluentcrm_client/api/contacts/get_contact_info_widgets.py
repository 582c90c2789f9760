from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.all_info_widgets_response import AllInfoWidgetsResponse
from ...models.message_error import MessageError
from ...models.one_info_widget_response import OneInfoWidgetResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    by_widget: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["by_widget"] = by_widget

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/info-widgets".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AllInfoWidgetsResponse | OneInfoWidgetResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_info_widgets_response_type_0 = AllInfoWidgetsResponse.from_dict(data)

                return componentsschemas_info_widgets_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_info_widgets_response_type_1 = OneInfoWidgetResponse.from_dict(data)

            return componentsschemas_info_widgets_response_type_1

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

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError]:
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
    by_widget: str | Unset = UNSET,
) -> Response[AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError]:
    """Get the side widgets of a contact's profile

     Returns the widgets integrations add to a contact's profile: without `by_widget`, all of them in
    `widgets`
    (empty lists and a count of `0` on the free plugin alone); with `by_widget`, the first widget of
    that kind in
    `widget`, or `{"content": "No content found"}`. A contact that does not exist gives 404; FluentCRM
    2.9.84
    crashes (500) on id `0`, where the emulator answers 404.

    The prose documentation agrees on the two shapes; the server adds `__bench` and answers `No content
    found` for an unknown widget.

    Args:
        id (int):
        by_widget (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        by_widget=by_widget,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    by_widget: str | Unset = UNSET,
) -> AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError | None:
    """Get the side widgets of a contact's profile

     Returns the widgets integrations add to a contact's profile: without `by_widget`, all of them in
    `widgets`
    (empty lists and a count of `0` on the free plugin alone); with `by_widget`, the first widget of
    that kind in
    `widget`, or `{"content": "No content found"}`. A contact that does not exist gives 404; FluentCRM
    2.9.84
    crashes (500) on id `0`, where the emulator answers 404.

    The prose documentation agrees on the two shapes; the server adds `__bench` and answers `No content
    found` for an unknown widget.

    Args:
        id (int):
        by_widget (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        by_widget=by_widget,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    by_widget: str | Unset = UNSET,
) -> Response[AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError]:
    """Get the side widgets of a contact's profile

     Returns the widgets integrations add to a contact's profile: without `by_widget`, all of them in
    `widgets`
    (empty lists and a count of `0` on the free plugin alone); with `by_widget`, the first widget of
    that kind in
    `widget`, or `{"content": "No content found"}`. A contact that does not exist gives 404; FluentCRM
    2.9.84
    crashes (500) on id `0`, where the emulator answers 404.

    The prose documentation agrees on the two shapes; the server adds `__bench` and answers `No content
    found` for an unknown widget.

    Args:
        id (int):
        by_widget (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        by_widget=by_widget,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    by_widget: str | Unset = UNSET,
) -> AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError | None:
    """Get the side widgets of a contact's profile

     Returns the widgets integrations add to a contact's profile: without `by_widget`, all of them in
    `widgets`
    (empty lists and a count of `0` on the free plugin alone); with `by_widget`, the first widget of
    that kind in
    `widget`, or `{"content": "No content found"}`. A contact that does not exist gives 404; FluentCRM
    2.9.84
    crashes (500) on id `0`, where the emulator answers 404.

    The prose documentation agrees on the two shapes; the server adds `__bench` and answers `No content
    found` for an unknown widget.

    Args:
        id (int):
        by_widget (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllInfoWidgetsResponse | OneInfoWidgetResponse | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            by_widget=by_widget,
        )
    ).parsed
