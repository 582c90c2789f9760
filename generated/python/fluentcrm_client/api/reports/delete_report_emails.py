from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.message_with_bench import MessageWithBench
from ...models.report_emails_delete_input import ReportEmailsDeleteInput
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReportEmailsDeleteInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/reports/emails",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | MessageWithBench | WpError | None:
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

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReportEmailsDeleteInput | Unset = UNSET,
) -> Response[CriticalError | MessageWithBench | WpError]:
    """Delete campaign e-mails

     Deletes the campaign e-mails whose ids are in `email_ids`, whichever campaign they belong to. Ids
    that match
    nothing, an empty list and a missing `email_ids` are not errors: the answer is the same
    confirmation. An
    `email_ids` that is not a list crashes FluentCRM 2.9.84 (500); the emulator answers 400.

    The prose documentation says: The answer is `Selected emails have been deleted`. The server differs:
    The
    answer is `Selected emails has been deleted`, with `__bench`. The prose documentation says:
    `email_ids` is
    required. The server differs: Without `email_ids` (or with an empty body) the server answers the
    same 200
    and deletes nothing.

    Args:
        body (ReportEmailsDeleteInput | Unset): The e-mails to delete, by id, from any campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageWithBench | WpError]
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
    body: ReportEmailsDeleteInput | Unset = UNSET,
) -> CriticalError | MessageWithBench | WpError | None:
    """Delete campaign e-mails

     Deletes the campaign e-mails whose ids are in `email_ids`, whichever campaign they belong to. Ids
    that match
    nothing, an empty list and a missing `email_ids` are not errors: the answer is the same
    confirmation. An
    `email_ids` that is not a list crashes FluentCRM 2.9.84 (500); the emulator answers 400.

    The prose documentation says: The answer is `Selected emails have been deleted`. The server differs:
    The
    answer is `Selected emails has been deleted`, with `__bench`. The prose documentation says:
    `email_ids` is
    required. The server differs: Without `email_ids` (or with an empty body) the server answers the
    same 200
    and deletes nothing.

    Args:
        body (ReportEmailsDeleteInput | Unset): The e-mails to delete, by id, from any campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReportEmailsDeleteInput | Unset = UNSET,
) -> Response[CriticalError | MessageWithBench | WpError]:
    """Delete campaign e-mails

     Deletes the campaign e-mails whose ids are in `email_ids`, whichever campaign they belong to. Ids
    that match
    nothing, an empty list and a missing `email_ids` are not errors: the answer is the same
    confirmation. An
    `email_ids` that is not a list crashes FluentCRM 2.9.84 (500); the emulator answers 400.

    The prose documentation says: The answer is `Selected emails have been deleted`. The server differs:
    The
    answer is `Selected emails has been deleted`, with `__bench`. The prose documentation says:
    `email_ids` is
    required. The server differs: Without `email_ids` (or with an empty body) the server answers the
    same 200
    and deletes nothing.

    Args:
        body (ReportEmailsDeleteInput | Unset): The e-mails to delete, by id, from any campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReportEmailsDeleteInput | Unset = UNSET,
) -> CriticalError | MessageWithBench | WpError | None:
    """Delete campaign e-mails

     Deletes the campaign e-mails whose ids are in `email_ids`, whichever campaign they belong to. Ids
    that match
    nothing, an empty list and a missing `email_ids` are not errors: the answer is the same
    confirmation. An
    `email_ids` that is not a list crashes FluentCRM 2.9.84 (500); the emulator answers 400.

    The prose documentation says: The answer is `Selected emails have been deleted`. The server differs:
    The
    answer is `Selected emails has been deleted`, with `__bench`. The prose documentation says:
    `email_ids` is
    required. The server differs: Without `email_ids` (or with an empty body) the server answers the
    same 200
    and deletes nothing.

    Args:
        body (ReportEmailsDeleteInput | Unset): The e-mails to delete, by id, from any campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
