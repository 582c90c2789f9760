from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.funnel_saved_response import FunnelSavedResponse
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnels/{id}/clone".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | FunnelSavedResponse | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = FunnelSavedResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | FunnelSavedResponse | MessageError | WpError | WpError]:
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
) -> Response[CriticalError | FunnelSavedResponse | MessageError | WpError | WpError]:
    """Copy a funnel

     Creates a draft copy titled `[Copy] <title>` with the same trigger, settings, conditions, labels and
    steps. The
    copy's contacts start empty. The funnel in the answer is the freshly inserted model (`created_by` an
    integer).

    The prose documentation calls this `POST /funnels/{id}/duplicate`; the route is `POST
    /funnels/{id}/clone`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | FunnelSavedResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CriticalError | FunnelSavedResponse | MessageError | WpError | WpError | None:
    """Copy a funnel

     Creates a draft copy titled `[Copy] <title>` with the same trigger, settings, conditions, labels and
    steps. The
    copy's contacts start empty. The funnel in the answer is the freshly inserted model (`created_by` an
    integer).

    The prose documentation calls this `POST /funnels/{id}/duplicate`; the route is `POST
    /funnels/{id}/clone`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | FunnelSavedResponse | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CriticalError | FunnelSavedResponse | MessageError | WpError | WpError]:
    """Copy a funnel

     Creates a draft copy titled `[Copy] <title>` with the same trigger, settings, conditions, labels and
    steps. The
    copy's contacts start empty. The funnel in the answer is the freshly inserted model (`created_by` an
    integer).

    The prose documentation calls this `POST /funnels/{id}/duplicate`; the route is `POST
    /funnels/{id}/clone`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | FunnelSavedResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CriticalError | FunnelSavedResponse | MessageError | WpError | WpError | None:
    """Copy a funnel

     Creates a draft copy titled `[Copy] <title>` with the same trigger, settings, conditions, labels and
    steps. The
    copy's contacts start empty. The funnel in the answer is the freshly inserted model (`created_by` an
    integer).

    The prose documentation calls this `POST /funnels/{id}/duplicate`; the route is `POST
    /funnels/{id}/clone`.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | FunnelSavedResponse | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
