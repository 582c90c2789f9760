from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.remove_funnel_subscriber_rows_body import RemoveFunnelSubscriberRowsBody
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: RemoveFunnelSubscriberRowsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnels/remove-bulk-subscribers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | MessageWithBench | WpError | None:
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

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RemoveFunnelSubscriberRowsBody,
) -> Response[MessageError | MessageWithBench | WpError]:
    """Remove funnel-subscriber rows

     Deletes the given funnel-subscriber rows (the `id` of `FunnelSubscriber`, not contact ids) and their
    metrics, in
    whatever funnels they belong to. Unknown ids are ignored. Without ids the answer is 422.


    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (RemoveFunnelSubscriberRowsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageWithBench | WpError]
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
    body: RemoveFunnelSubscriberRowsBody,
) -> MessageError | MessageWithBench | WpError | None:
    """Remove funnel-subscriber rows

     Deletes the given funnel-subscriber rows (the `id` of `FunnelSubscriber`, not contact ids) and their
    metrics, in
    whatever funnels they belong to. Unknown ids are ignored. Without ids the answer is 422.


    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (RemoveFunnelSubscriberRowsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RemoveFunnelSubscriberRowsBody,
) -> Response[MessageError | MessageWithBench | WpError]:
    """Remove funnel-subscriber rows

     Deletes the given funnel-subscriber rows (the `id` of `FunnelSubscriber`, not contact ids) and their
    metrics, in
    whatever funnels they belong to. Unknown ids are ignored. Without ids the answer is 422.


    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (RemoveFunnelSubscriberRowsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RemoveFunnelSubscriberRowsBody,
) -> MessageError | MessageWithBench | WpError | None:
    """Remove funnel-subscriber rows

     Deletes the given funnel-subscriber rows (the `id` of `FunnelSubscriber`, not contact ids) and their
    metrics, in
    whatever funnels they belong to. Unknown ids are ignored. Without ids the answer is 422.


    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (RemoveFunnelSubscriberRowsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
