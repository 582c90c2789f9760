from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.report_emails_response import ReportEmailsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/emails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | ReportEmailsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = ReportEmailsResponse.from_dict(response.json())

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
) -> Response[CriticalError | ReportEmailsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[CriticalError | ReportEmailsResponse | WpError]:
    """Campaign e-mail history

     Pages through every campaign e-mail (the `fc_campaign_emails` table), latest `scheduled_at` first,
    each with
    its contact and its campaign; `status` keeps one delivery state only. When the request carries
    `page=1` the
    answer also counts the e-mails of each status over the whole table (`statuses`, numeric strings);
    without
    `page`, or for any other page, `statuses` is `null`.

    `per_page=0` crashes FluentCRM 2.9.84 (500, a division by zero in the paginator); a negative
    `per_page` is
    echoed and gives an empty page. The emulator answers 400 for both.

    The prose documentation says: `campaign_id`, `subscriber_id`, `is_open` and `click_counter` are
    integers,
    and `statuses` counts are integers. The server differs: They are numeric strings (`"1"`), as are the
    `statuses` counts; only `id` is an integer. The prose documentation says: `statuses` is an object of
    counts
    on page 1, `null` otherwise. The server differs: On page 1 of an empty table (or a status that
    matches
    nothing) `statuses` is the empty JSON array `[]`. The prose documentation says: The body holds
    `emails` and
    `statuses`. The server differs: The body also holds `__bench`.

    Args:
        status (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ReportEmailsResponse | WpError]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> CriticalError | ReportEmailsResponse | WpError | None:
    """Campaign e-mail history

     Pages through every campaign e-mail (the `fc_campaign_emails` table), latest `scheduled_at` first,
    each with
    its contact and its campaign; `status` keeps one delivery state only. When the request carries
    `page=1` the
    answer also counts the e-mails of each status over the whole table (`statuses`, numeric strings);
    without
    `page`, or for any other page, `statuses` is `null`.

    `per_page=0` crashes FluentCRM 2.9.84 (500, a division by zero in the paginator); a negative
    `per_page` is
    echoed and gives an empty page. The emulator answers 400 for both.

    The prose documentation says: `campaign_id`, `subscriber_id`, `is_open` and `click_counter` are
    integers,
    and `statuses` counts are integers. The server differs: They are numeric strings (`"1"`), as are the
    `statuses` counts; only `id` is an integer. The prose documentation says: `statuses` is an object of
    counts
    on page 1, `null` otherwise. The server differs: On page 1 of an empty table (or a status that
    matches
    nothing) `statuses` is the empty JSON array `[]`. The prose documentation says: The body holds
    `emails` and
    `statuses`. The server differs: The body also holds `__bench`.

    Args:
        status (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ReportEmailsResponse | WpError
    """

    return sync_detailed(
        client=client,
        status=status,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[CriticalError | ReportEmailsResponse | WpError]:
    """Campaign e-mail history

     Pages through every campaign e-mail (the `fc_campaign_emails` table), latest `scheduled_at` first,
    each with
    its contact and its campaign; `status` keeps one delivery state only. When the request carries
    `page=1` the
    answer also counts the e-mails of each status over the whole table (`statuses`, numeric strings);
    without
    `page`, or for any other page, `statuses` is `null`.

    `per_page=0` crashes FluentCRM 2.9.84 (500, a division by zero in the paginator); a negative
    `per_page` is
    echoed and gives an empty page. The emulator answers 400 for both.

    The prose documentation says: `campaign_id`, `subscriber_id`, `is_open` and `click_counter` are
    integers,
    and `statuses` counts are integers. The server differs: They are numeric strings (`"1"`), as are the
    `statuses` counts; only `id` is an integer. The prose documentation says: `statuses` is an object of
    counts
    on page 1, `null` otherwise. The server differs: On page 1 of an empty table (or a status that
    matches
    nothing) `statuses` is the empty JSON array `[]`. The prose documentation says: The body holds
    `emails` and
    `statuses`. The server differs: The body also holds `__bench`.

    Args:
        status (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ReportEmailsResponse | WpError]
    """

    kwargs = _get_kwargs(
        status=status,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> CriticalError | ReportEmailsResponse | WpError | None:
    """Campaign e-mail history

     Pages through every campaign e-mail (the `fc_campaign_emails` table), latest `scheduled_at` first,
    each with
    its contact and its campaign; `status` keeps one delivery state only. When the request carries
    `page=1` the
    answer also counts the e-mails of each status over the whole table (`statuses`, numeric strings);
    without
    `page`, or for any other page, `statuses` is `null`.

    `per_page=0` crashes FluentCRM 2.9.84 (500, a division by zero in the paginator); a negative
    `per_page` is
    echoed and gives an empty page. The emulator answers 400 for both.

    The prose documentation says: `campaign_id`, `subscriber_id`, `is_open` and `click_counter` are
    integers,
    and `statuses` counts are integers. The server differs: They are numeric strings (`"1"`), as are the
    `statuses` counts; only `id` is an integer. The prose documentation says: `statuses` is an object of
    counts
    on page 1, `null` otherwise. The server differs: On page 1 of an empty table (or a status that
    matches
    nothing) `statuses` is the empty JSON array `[]`. The prose documentation says: The body holds
    `emails` and
    `statuses`. The server differs: The body also holds `__bench`.

    Args:
        status (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ReportEmailsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            page=page,
            per_page=per_page,
        )
    ).parsed
