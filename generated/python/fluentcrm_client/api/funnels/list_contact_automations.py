from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_contact_automations_response_200 import ListContactAutomationsResponse200
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subscriber_id: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funnels/subscriber/{subscriber_id}/automations".format(
            subscriber_id=quote(str(subscriber_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListContactAutomationsResponse200 | MessageError | WpError | WpError | str | None:
    if response.status_code == 200:
        response_200 = ListContactAutomationsResponse200.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListContactAutomationsResponse200 | MessageError | WpError | WpError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscriber_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[ListContactAutomationsResponse200 | MessageError | WpError | WpError | str]:
    """List a contact's funnels

     Returns the contact's funnel-subscriber rows, newest first, wrapped in `automations`; each row
    carries its
    funnel (as stored, `settings` printed as `[]` when empty), the last step done and the next step due.
    An unknown
    contact, or a non-numeric id, gives an empty page, not 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        subscriber_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListContactAutomationsResponse200 | MessageError | WpError | WpError | str]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscriber_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> ListContactAutomationsResponse200 | MessageError | WpError | WpError | str | None:
    """List a contact's funnels

     Returns the contact's funnel-subscriber rows, newest first, wrapped in `automations`; each row
    carries its
    funnel (as stored, `settings` printed as `[]` when empty), the last step done and the next step due.
    An unknown
    contact, or a non-numeric id, gives an empty page, not 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        subscriber_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListContactAutomationsResponse200 | MessageError | WpError | WpError | str
    """

    return sync_detailed(
        subscriber_id=subscriber_id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    subscriber_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[ListContactAutomationsResponse200 | MessageError | WpError | WpError | str]:
    """List a contact's funnels

     Returns the contact's funnel-subscriber rows, newest first, wrapped in `automations`; each row
    carries its
    funnel (as stored, `settings` printed as `[]` when empty), the last step done and the next step due.
    An unknown
    contact, or a non-numeric id, gives an empty page, not 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        subscriber_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListContactAutomationsResponse200 | MessageError | WpError | WpError | str]
    """

    kwargs = _get_kwargs(
        subscriber_id=subscriber_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscriber_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> ListContactAutomationsResponse200 | MessageError | WpError | WpError | str | None:
    """List a contact's funnels

     Returns the contact's funnel-subscriber rows, newest first, wrapped in `automations`; each row
    carries its
    funnel (as stored, `settings` printed as `[]` when empty), the last step done and the next step due.
    An unknown
    contact, or a non-numeric id, gives an empty page, not 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        subscriber_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListContactAutomationsResponse200 | MessageError | WpError | WpError | str
    """

    return (
        await asyncio_detailed(
            subscriber_id=subscriber_id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
