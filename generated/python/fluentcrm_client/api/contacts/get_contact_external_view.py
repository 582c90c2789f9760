from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_view import ExternalView
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    section_provider: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["section_provider"] = section_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/external_view".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExternalView | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = ExternalView.from_dict(response.json())

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
) -> Response[ExternalView | MessageError | WpError | WpError]:
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
    section_provider: str | Unset = UNSET,
) -> Response[ExternalView | MessageError | WpError | WpError]:
    """Get a profile section drawn by an integration

     Returns the heading and HTML of a profile section provided by an integration (`section_provider`).
    When no
    integration answers for that name, both are empty strings. A contact that does not exist gives 404;
    FluentCRM 2.9.84 crashes (500) on id `0`, where the emulator answers 404.

    The prose documentation marks `section_provider` as required; the server answers empty strings when
    no integration draws the section.

    Args:
        id (int):
        section_provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalView | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        section_provider=section_provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    section_provider: str | Unset = UNSET,
) -> ExternalView | MessageError | WpError | WpError | None:
    """Get a profile section drawn by an integration

     Returns the heading and HTML of a profile section provided by an integration (`section_provider`).
    When no
    integration answers for that name, both are empty strings. A contact that does not exist gives 404;
    FluentCRM 2.9.84 crashes (500) on id `0`, where the emulator answers 404.

    The prose documentation marks `section_provider` as required; the server answers empty strings when
    no integration draws the section.

    Args:
        id (int):
        section_provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalView | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        section_provider=section_provider,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    section_provider: str | Unset = UNSET,
) -> Response[ExternalView | MessageError | WpError | WpError]:
    """Get a profile section drawn by an integration

     Returns the heading and HTML of a profile section provided by an integration (`section_provider`).
    When no
    integration answers for that name, both are empty strings. A contact that does not exist gives 404;
    FluentCRM 2.9.84 crashes (500) on id `0`, where the emulator answers 404.

    The prose documentation marks `section_provider` as required; the server answers empty strings when
    no integration draws the section.

    Args:
        id (int):
        section_provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalView | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        section_provider=section_provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    section_provider: str | Unset = UNSET,
) -> ExternalView | MessageError | WpError | WpError | None:
    """Get a profile section drawn by an integration

     Returns the heading and HTML of a profile section provided by an integration (`section_provider`).
    When no
    integration answers for that name, both are empty strings. A contact that does not exist gives 404;
    FluentCRM 2.9.84 crashes (500) on id `0`, where the emulator answers 404.

    The prose documentation marks `section_provider` as required; the server answers empty strings when
    no integration draws the section.

    Args:
        id (int):
        section_provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalView | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            section_provider=section_provider,
        )
    ).parsed
