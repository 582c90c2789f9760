from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/subscribers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | MessageError | WpError | MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | MessageError | WpError | MessageWithBench | WpError]:
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
) -> Response[CriticalError | MessageError | WpError | MessageWithBench | WpError]:
    """Delete a contact

     Deletes one contact. A missing (or already deleted) id gives 404.

    The prose documentation shows the bulk route's message ("Selected Subscribers has been deleted") and
    asks for a
    `subscribers[]` parameter; this route needs neither and answers "Selected Subscriber has been
    deleted
    successfully".

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | WpError | MessageWithBench | WpError]
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
) -> CriticalError | MessageError | WpError | MessageWithBench | WpError | None:
    """Delete a contact

     Deletes one contact. A missing (or already deleted) id gives 404.

    The prose documentation shows the bulk route's message ("Selected Subscribers has been deleted") and
    asks for a
    `subscribers[]` parameter; this route needs neither and answers "Selected Subscriber has been
    deleted
    successfully".

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | WpError | MessageWithBench | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CriticalError | MessageError | WpError | MessageWithBench | WpError]:
    """Delete a contact

     Deletes one contact. A missing (or already deleted) id gives 404.

    The prose documentation shows the bulk route's message ("Selected Subscribers has been deleted") and
    asks for a
    `subscribers[]` parameter; this route needs neither and answers "Selected Subscriber has been
    deleted
    successfully".

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | WpError | MessageWithBench | WpError]
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
) -> CriticalError | MessageError | WpError | MessageWithBench | WpError | None:
    """Delete a contact

     Deletes one contact. A missing (or already deleted) id gives 404.

    The prose documentation shows the bulk route's message ("Selected Subscribers has been deleted") and
    asks for a
    `subscribers[]` parameter; this route needs neither and answers "Selected Subscriber has been
    deleted
    successfully".

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | WpError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
