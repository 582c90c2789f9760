from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.report_stats import ReportStats
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_range: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_range: list[str] | Unset = UNSET
    if not isinstance(date_range, Unset):
        json_date_range = date_range

    params["date_range[]"] = json_date_range

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/email-sents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | ReportStats | WpError | None:
    if response.status_code == 200:
        response_200 = ReportStats.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = WpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WpError.from_dict(response.json())

        return response_403

    if response.status_code == 423:
        response_423 = MessageError.from_dict(response.json())

        return response_423

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | ReportStats | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_range: list[str] | Unset = UNSET,
) -> Response[MessageError | ReportStats | WpError]:
    """E-mails sent over time

     Counts campaign e-mails sent per period: rows of the campaign e-mail table whose status is `sent`,
    by their scheduled time.

    The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`):
    `date_range[]`
    gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30
    days up to
    tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is
    included). Buckets are daily (`YYYY-MM-DD`) up to
    62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week keys stay 0 and counts land
    under extra day
    keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is present, with 0 where nothing
    happened. If the
    end lies before the start, `stats` is an empty JSON array `[]`; a date that cannot be parsed gives
    423.

    The prose documentation gives the path as `/reports/reports/email-sents`; that path answers 404
    `rest_no_route` and is
    deliberately absent from this description. Only `/reports/email-sents`, the path of its curl
    example, exists. The
    documentation's example also shows daily keys for a two-year window, where the server sends monthly
    `Mon YYYY` keys, and it omits `__bench`.

    The prose documentation presents the second `date_range[]` date as the last day of the window; the
    server
    stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

    Args:
        date_range (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ReportStats | WpError]
    """

    kwargs = _get_kwargs(
        date_range=date_range,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    date_range: list[str] | Unset = UNSET,
) -> MessageError | ReportStats | WpError | None:
    """E-mails sent over time

     Counts campaign e-mails sent per period: rows of the campaign e-mail table whose status is `sent`,
    by their scheduled time.

    The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`):
    `date_range[]`
    gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30
    days up to
    tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is
    included). Buckets are daily (`YYYY-MM-DD`) up to
    62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week keys stay 0 and counts land
    under extra day
    keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is present, with 0 where nothing
    happened. If the
    end lies before the start, `stats` is an empty JSON array `[]`; a date that cannot be parsed gives
    423.

    The prose documentation gives the path as `/reports/reports/email-sents`; that path answers 404
    `rest_no_route` and is
    deliberately absent from this description. Only `/reports/email-sents`, the path of its curl
    example, exists. The
    documentation's example also shows daily keys for a two-year window, where the server sends monthly
    `Mon YYYY` keys, and it omits `__bench`.

    The prose documentation presents the second `date_range[]` date as the last day of the window; the
    server
    stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

    Args:
        date_range (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ReportStats | WpError
    """

    return sync_detailed(
        client=client,
        date_range=date_range,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    date_range: list[str] | Unset = UNSET,
) -> Response[MessageError | ReportStats | WpError]:
    """E-mails sent over time

     Counts campaign e-mails sent per period: rows of the campaign e-mail table whose status is `sent`,
    by their scheduled time.

    The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`):
    `date_range[]`
    gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30
    days up to
    tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is
    included). Buckets are daily (`YYYY-MM-DD`) up to
    62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week keys stay 0 and counts land
    under extra day
    keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is present, with 0 where nothing
    happened. If the
    end lies before the start, `stats` is an empty JSON array `[]`; a date that cannot be parsed gives
    423.

    The prose documentation gives the path as `/reports/reports/email-sents`; that path answers 404
    `rest_no_route` and is
    deliberately absent from this description. Only `/reports/email-sents`, the path of its curl
    example, exists. The
    documentation's example also shows daily keys for a two-year window, where the server sends monthly
    `Mon YYYY` keys, and it omits `__bench`.

    The prose documentation presents the second `date_range[]` date as the last day of the window; the
    server
    stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

    Args:
        date_range (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ReportStats | WpError]
    """

    kwargs = _get_kwargs(
        date_range=date_range,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    date_range: list[str] | Unset = UNSET,
) -> MessageError | ReportStats | WpError | None:
    """E-mails sent over time

     Counts campaign e-mails sent per period: rows of the campaign e-mail table whose status is `sent`,
    by their scheduled time.

    The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`):
    `date_range[]`
    gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30
    days up to
    tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is
    included). Buckets are daily (`YYYY-MM-DD`) up to
    62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week keys stay 0 and counts land
    under extra day
    keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is present, with 0 where nothing
    happened. If the
    end lies before the start, `stats` is an empty JSON array `[]`; a date that cannot be parsed gives
    423.

    The prose documentation gives the path as `/reports/reports/email-sents`; that path answers 404
    `rest_no_route` and is
    deliberately absent from this description. Only `/reports/email-sents`, the path of its curl
    example, exists. The
    documentation's example also shows daily keys for a two-year window, where the server sends monthly
    `Mon YYYY` keys, and it omits `__bench`.

    The prose documentation presents the second `date_range[]` date as the last day of the window; the
    server
    stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

    Args:
        date_range (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ReportStats | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            date_range=date_range,
        )
    ).parsed
