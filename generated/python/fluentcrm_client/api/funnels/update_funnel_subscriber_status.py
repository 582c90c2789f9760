from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.funnel_subscriber_status_change import FunnelSubscriberStatusChange
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    subscriber_id: int,
    *,
    body: FunnelSubscriberStatusChange | FunnelSubscriberStatusChange | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/funnels/{id}/subscribers/{subscriber_id}/status".format(
            id=quote(str(id), safe=""),
            subscriber_id=quote(str(subscriber_id), safe=""),
        ),
    }

    if isinstance(body, FunnelSubscriberStatusChange):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, FunnelSubscriberStatusChange):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

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
    subscriber_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSubscriberStatusChange | FunnelSubscriberStatusChange | Unset = UNSET,
) -> Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]:
    """Change a contact's status in a funnel

     Sets the status of the contact's progress row, e.g. `cancelled` to stop it or `active` to resume it.
    FluentCRM
    2.9.84 stores any non-empty string. 422 when `status` is missing, when the contact has no row in the
    funnel ("No
    Corresponding report found"), and when the row is already `completed`. The funnel itself is not
    looked up, so an
    unknown funnel also gives the "no report" 422.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        subscriber_id (int):
        body (FunnelSubscriberStatusChange): The new status of a contact's progress row.
        body (FunnelSubscriberStatusChange): The new status of a contact's progress row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        subscriber_id=subscriber_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    subscriber_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSubscriberStatusChange | FunnelSubscriberStatusChange | Unset = UNSET,
) -> CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError | None:
    """Change a contact's status in a funnel

     Sets the status of the contact's progress row, e.g. `cancelled` to stop it or `active` to resume it.
    FluentCRM
    2.9.84 stores any non-empty string. 422 when `status` is missing, when the contact has no row in the
    funnel ("No
    Corresponding report found"), and when the row is already `completed`. The funnel itself is not
    looked up, so an
    unknown funnel also gives the "no report" 422.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        subscriber_id (int):
        body (FunnelSubscriberStatusChange): The new status of a contact's progress row.
        body (FunnelSubscriberStatusChange): The new status of a contact's progress row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError
    """

    return sync_detailed(
        id=id,
        subscriber_id=subscriber_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    subscriber_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSubscriberStatusChange | FunnelSubscriberStatusChange | Unset = UNSET,
) -> Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]:
    """Change a contact's status in a funnel

     Sets the status of the contact's progress row, e.g. `cancelled` to stop it or `active` to resume it.
    FluentCRM
    2.9.84 stores any non-empty string. 422 when `status` is missing, when the contact has no row in the
    funnel ("No
    Corresponding report found"), and when the row is already `completed`. The funnel itself is not
    looked up, so an
    unknown funnel also gives the "no report" 422.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        subscriber_id (int):
        body (FunnelSubscriberStatusChange): The new status of a contact's progress row.
        body (FunnelSubscriberStatusChange): The new status of a contact's progress row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        subscriber_id=subscriber_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    subscriber_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSubscriberStatusChange | FunnelSubscriberStatusChange | Unset = UNSET,
) -> CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError | None:
    """Change a contact's status in a funnel

     Sets the status of the contact's progress row, e.g. `cancelled` to stop it or `active` to resume it.
    FluentCRM
    2.9.84 stores any non-empty string. 422 when `status` is missing, when the contact has no row in the
    funnel ("No
    Corresponding report found"), and when the row is already `completed`. The funnel itself is not
    looked up, so an
    unknown funnel also gives the "no report" 422.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        subscriber_id (int):
        body (FunnelSubscriberStatusChange): The new status of a contact's progress row.
        body (FunnelSubscriberStatusChange): The new status of a contact's progress row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | MessageError | WpError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            subscriber_id=subscriber_id,
            client=client,
            body=body,
        )
    ).parsed
