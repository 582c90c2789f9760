from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.get_funnel_subscriber_report_response_200 import GetFunnelSubscriberReportResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
    contact_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funnels/{id}/subscribers/{contact_id}".format(
            id=quote(str(id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = GetFunnelSubscriberReportResponse200.from_dict(response.json())

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
) -> Response[CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError]:
    """Get a contact's progress in a funnel

     Returns the contact's progress row in the funnel (with last and next step and metrics) and the
    funnel's steps. A
    contact that never entered the funnel gives `funnel_subscriber: null` with 200; an unknown funnel or
    contact
    gives 404 with the model message of whichever is missing (the funnel is checked first).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError | None:
    """Get a contact's progress in a funnel

     Returns the contact's progress row in the funnel (with last and next step and metrics) and the
    funnel's steps. A
    contact that never entered the funnel gives `funnel_subscriber: null` with 200; an unknown funnel or
    contact
    gives 404 with the model message of whichever is missing (the funnel is checked first).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        contact_id=contact_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError]:
    """Get a contact's progress in a funnel

     Returns the contact's progress row in the funnel (with last and next step and metrics) and the
    funnel's steps. A
    contact that never entered the funnel gives `funnel_subscriber: null` with 200; an unknown funnel or
    contact
    gives 404 with the model message of whichever is missing (the funnel is checked first).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    contact_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError | None:
    """Get a contact's progress in a funnel

     Returns the contact's progress row in the funnel (with last and next step and metrics) and the
    funnel's steps. A
    contact that never entered the funnel gives `funnel_subscriber: null` with 200; an unknown funnel or
    contact
    gives 404 with the model message of whichever is missing (the funnel is checked first).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        contact_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | GetFunnelSubscriberReportResponse200 | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            contact_id=contact_id,
            client=client,
        )
    ).parsed
