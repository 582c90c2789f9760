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
        "url": "/reports/subscribers",
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
    """Contact growth over time

     Counts new contacts per period: contacts whose status is `subscribed`, by the date they were
    created. Contacts
    with any other status are not counted.

    **Window.** `date_range[]` gives a start date (inclusive) and an end date (exclusive). Without it
    the window is
    the last 30 days up to tomorrow, which gives 31 daily buckets ending today. With a single date the
    window runs
    from that date to the current time tomorrow, so it ends with a (normally empty) bucket for tomorrow.
    If the end
    lies before the start, `stats` is an empty JSON array `[]` instead of an object. A date that cannot
    be parsed
    gives 423 with PHP's parser message.

    **Buckets.** The window's length decides the bucket size, and every bucket is present, with 0 where
    nothing
    happened:
    - up to 62 days: daily, keys `YYYY-MM-DD`;
    - 63 to 92 days: weekly, keys `YYYY-MM-DD`. This mode is broken in FluentCRM 2.9.84: every week key
    stays 0,
      and the counts appear under extra day keys that are not week starts (e.g. `"2026-10-30": 2`),
    appended after
      the week keys. Treat weekly results as unreliable and prefer a daily or monthly window;
    - more than 92 days: monthly, keys `Mon YYYY` (`Feb 2020`).

    The prose documentation gives the path as `/reports/reports/subscribers`; that path answers 404
    `rest_no_route` and is deliberately absent from this description. Only `/reports/subscribers`, the
    path of its
    curl example, exists. The server also adds `__bench`, which the documentation does not show.

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
    """Contact growth over time

     Counts new contacts per period: contacts whose status is `subscribed`, by the date they were
    created. Contacts
    with any other status are not counted.

    **Window.** `date_range[]` gives a start date (inclusive) and an end date (exclusive). Without it
    the window is
    the last 30 days up to tomorrow, which gives 31 daily buckets ending today. With a single date the
    window runs
    from that date to the current time tomorrow, so it ends with a (normally empty) bucket for tomorrow.
    If the end
    lies before the start, `stats` is an empty JSON array `[]` instead of an object. A date that cannot
    be parsed
    gives 423 with PHP's parser message.

    **Buckets.** The window's length decides the bucket size, and every bucket is present, with 0 where
    nothing
    happened:
    - up to 62 days: daily, keys `YYYY-MM-DD`;
    - 63 to 92 days: weekly, keys `YYYY-MM-DD`. This mode is broken in FluentCRM 2.9.84: every week key
    stays 0,
      and the counts appear under extra day keys that are not week starts (e.g. `"2026-10-30": 2`),
    appended after
      the week keys. Treat weekly results as unreliable and prefer a daily or monthly window;
    - more than 92 days: monthly, keys `Mon YYYY` (`Feb 2020`).

    The prose documentation gives the path as `/reports/reports/subscribers`; that path answers 404
    `rest_no_route` and is deliberately absent from this description. Only `/reports/subscribers`, the
    path of its
    curl example, exists. The server also adds `__bench`, which the documentation does not show.

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
    """Contact growth over time

     Counts new contacts per period: contacts whose status is `subscribed`, by the date they were
    created. Contacts
    with any other status are not counted.

    **Window.** `date_range[]` gives a start date (inclusive) and an end date (exclusive). Without it
    the window is
    the last 30 days up to tomorrow, which gives 31 daily buckets ending today. With a single date the
    window runs
    from that date to the current time tomorrow, so it ends with a (normally empty) bucket for tomorrow.
    If the end
    lies before the start, `stats` is an empty JSON array `[]` instead of an object. A date that cannot
    be parsed
    gives 423 with PHP's parser message.

    **Buckets.** The window's length decides the bucket size, and every bucket is present, with 0 where
    nothing
    happened:
    - up to 62 days: daily, keys `YYYY-MM-DD`;
    - 63 to 92 days: weekly, keys `YYYY-MM-DD`. This mode is broken in FluentCRM 2.9.84: every week key
    stays 0,
      and the counts appear under extra day keys that are not week starts (e.g. `"2026-10-30": 2`),
    appended after
      the week keys. Treat weekly results as unreliable and prefer a daily or monthly window;
    - more than 92 days: monthly, keys `Mon YYYY` (`Feb 2020`).

    The prose documentation gives the path as `/reports/reports/subscribers`; that path answers 404
    `rest_no_route` and is deliberately absent from this description. Only `/reports/subscribers`, the
    path of its
    curl example, exists. The server also adds `__bench`, which the documentation does not show.

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
    """Contact growth over time

     Counts new contacts per period: contacts whose status is `subscribed`, by the date they were
    created. Contacts
    with any other status are not counted.

    **Window.** `date_range[]` gives a start date (inclusive) and an end date (exclusive). Without it
    the window is
    the last 30 days up to tomorrow, which gives 31 daily buckets ending today. With a single date the
    window runs
    from that date to the current time tomorrow, so it ends with a (normally empty) bucket for tomorrow.
    If the end
    lies before the start, `stats` is an empty JSON array `[]` instead of an object. A date that cannot
    be parsed
    gives 423 with PHP's parser message.

    **Buckets.** The window's length decides the bucket size, and every bucket is present, with 0 where
    nothing
    happened:
    - up to 62 days: daily, keys `YYYY-MM-DD`;
    - 63 to 92 days: weekly, keys `YYYY-MM-DD`. This mode is broken in FluentCRM 2.9.84: every week key
    stays 0,
      and the counts appear under extra day keys that are not week starts (e.g. `"2026-10-30": 2`),
    appended after
      the week keys. Treat weekly results as unreliable and prefer a daily or monthly window;
    - more than 92 days: monthly, keys `Mon YYYY` (`Feb 2020`).

    The prose documentation gives the path as `/reports/reports/subscribers`; that path answers 404
    `rest_no_route` and is deliberately absent from this description. Only `/reports/subscribers`, the
    path of its
    curl example, exists. The server also adds `__bench`, which the documentation does not show.

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
