from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.remove_funnel_subscribers_body import RemoveFunnelSubscribersBody
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: RemoveFunnelSubscribersBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/funnels/{id}/subscribers".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]:
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
    body: RemoveFunnelSubscribersBody,
) -> Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]:
    """Take contacts out of a funnel

     Removes the given contacts (contact ids, unlike `POST /funnels/remove-bulk-subscribers`) from the
    funnel: their
    progress rows and metrics are deleted. The ids travel in the body of the DELETE. Without ids the
    answer is 422.

    The prose documentation describes `DELETE /funnels/{id}/subscribers/{subscriber_id}` and a
    `POST /funnels/{id}/subscribers` that adds contacts; neither route exists. Contacts leave a funnel
    through this
    operation, with their ids in the body, and cannot be added through the API.

    Args:
        id (int):
        body (RemoveFunnelSubscribersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]
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
    body: RemoveFunnelSubscribersBody,
) -> CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError | None:
    """Take contacts out of a funnel

     Removes the given contacts (contact ids, unlike `POST /funnels/remove-bulk-subscribers`) from the
    funnel: their
    progress rows and metrics are deleted. The ids travel in the body of the DELETE. Without ids the
    answer is 422.

    The prose documentation describes `DELETE /funnels/{id}/subscribers/{subscriber_id}` and a
    `POST /funnels/{id}/subscribers` that adds contacts; neither route exists. Contacts leave a funnel
    through this
    operation, with their ids in the body, and cannot be added through the API.

    Args:
        id (int):
        body (RemoveFunnelSubscribersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError
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
    body: RemoveFunnelSubscribersBody,
) -> Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]:
    """Take contacts out of a funnel

     Removes the given contacts (contact ids, unlike `POST /funnels/remove-bulk-subscribers`) from the
    funnel: their
    progress rows and metrics are deleted. The ids travel in the body of the DELETE. Without ids the
    answer is 422.

    The prose documentation describes `DELETE /funnels/{id}/subscribers/{subscriber_id}` and a
    `POST /funnels/{id}/subscribers` that adds contacts; neither route exists. Contacts leave a funnel
    through this
    operation, with their ids in the body, and cannot be added through the API.

    Args:
        id (int):
        body (RemoveFunnelSubscribersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]
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
    body: RemoveFunnelSubscribersBody,
) -> CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError | None:
    """Take contacts out of a funnel

     Removes the given contacts (contact ids, unlike `POST /funnels/remove-bulk-subscribers`) from the
    funnel: their
    progress rows and metrics are deleted. The ids travel in the body of the DELETE. Without ids the
    answer is 422.

    The prose documentation describes `DELETE /funnels/{id}/subscribers/{subscriber_id}` and a
    `POST /funnels/{id}/subscribers` that adds contacts; neither route exists. Contacts leave a funnel
    through this
    operation, with their ids in the body, and cannot be added through the API.

    Args:
        id (int):
        body (RemoveFunnelSubscribersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
