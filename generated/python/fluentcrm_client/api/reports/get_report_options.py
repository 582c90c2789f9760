from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.get_report_options_with_count_item import (
    GetReportOptionsWithCountItem,
)
from ...models.message_error import MessageError
from ...models.report_options_response import ReportOptionsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str,
    with_count: list[GetReportOptionsWithCountItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    json_with_count: list[str] | Unset = UNSET
    if not isinstance(with_count, Unset):
        json_with_count = []
        for with_count_item_data in with_count:
            with_count_item: str = with_count_item_data
            json_with_count.append(with_count_item)

    params["with_count[]"] = json_with_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/options",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | MessageError | ReportOptionsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = ReportOptionsResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | MessageError | ReportOptionsResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str,
    with_count: list[GetReportOptionsWithCountItem] | Unset = UNSET,
) -> Response[CriticalError | MessageError | ReportOptionsResponse | WpError]:
    """Option lists for the admin screens

     Returns the option lists named in `fields` (comma-separated): `lists`, `tags`, `campaigns`,
    `statuses`,
    `editable_statuses`, `contact_types`, `email_sequences`, `automation_funnels`, `segments`,
    `countries`,
    `custom_fields`, `profile_sections`, `sampleCsv`, `user_roles_options`, and more on sites with add-
    ons. Names the
    server does not know are skipped without an error; when none is known, `options` is the empty JSON
    array `[]`.
    `with_count[]=lists` adds to each list the number of its subscribed contacts.

    Without `fields` (or with `fields=0`, which PHP counts as empty) the server answers 422 `Missing
    requested
    fields field.`. `fields` must be one string:
    sent as an array (`fields[]=lists`), FluentCRM 2.9.84 crashes (500).

    The prose documentation says: `options` is an object keyed by the requested fields. The server
    differs: When
    no requested field is known, `options` is the empty JSON array `[]`. The prose documentation says: A
    status
    option is `{id, title}`. The server differs: Status, type and role options also carry `slug`.

    Args:
        fields (str): Not empty and not `0` (PHP counts both as missing).
        with_count (list[GetReportOptionsWithCountItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | ReportOptionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        fields=fields,
        with_count=with_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields: str,
    with_count: list[GetReportOptionsWithCountItem] | Unset = UNSET,
) -> CriticalError | MessageError | ReportOptionsResponse | WpError | None:
    """Option lists for the admin screens

     Returns the option lists named in `fields` (comma-separated): `lists`, `tags`, `campaigns`,
    `statuses`,
    `editable_statuses`, `contact_types`, `email_sequences`, `automation_funnels`, `segments`,
    `countries`,
    `custom_fields`, `profile_sections`, `sampleCsv`, `user_roles_options`, and more on sites with add-
    ons. Names the
    server does not know are skipped without an error; when none is known, `options` is the empty JSON
    array `[]`.
    `with_count[]=lists` adds to each list the number of its subscribed contacts.

    Without `fields` (or with `fields=0`, which PHP counts as empty) the server answers 422 `Missing
    requested
    fields field.`. `fields` must be one string:
    sent as an array (`fields[]=lists`), FluentCRM 2.9.84 crashes (500).

    The prose documentation says: `options` is an object keyed by the requested fields. The server
    differs: When
    no requested field is known, `options` is the empty JSON array `[]`. The prose documentation says: A
    status
    option is `{id, title}`. The server differs: Status, type and role options also carry `slug`.

    Args:
        fields (str): Not empty and not `0` (PHP counts both as missing).
        with_count (list[GetReportOptionsWithCountItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | ReportOptionsResponse | WpError
    """

    return sync_detailed(
        client=client,
        fields=fields,
        with_count=with_count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str,
    with_count: list[GetReportOptionsWithCountItem] | Unset = UNSET,
) -> Response[CriticalError | MessageError | ReportOptionsResponse | WpError]:
    """Option lists for the admin screens

     Returns the option lists named in `fields` (comma-separated): `lists`, `tags`, `campaigns`,
    `statuses`,
    `editable_statuses`, `contact_types`, `email_sequences`, `automation_funnels`, `segments`,
    `countries`,
    `custom_fields`, `profile_sections`, `sampleCsv`, `user_roles_options`, and more on sites with add-
    ons. Names the
    server does not know are skipped without an error; when none is known, `options` is the empty JSON
    array `[]`.
    `with_count[]=lists` adds to each list the number of its subscribed contacts.

    Without `fields` (or with `fields=0`, which PHP counts as empty) the server answers 422 `Missing
    requested
    fields field.`. `fields` must be one string:
    sent as an array (`fields[]=lists`), FluentCRM 2.9.84 crashes (500).

    The prose documentation says: `options` is an object keyed by the requested fields. The server
    differs: When
    no requested field is known, `options` is the empty JSON array `[]`. The prose documentation says: A
    status
    option is `{id, title}`. The server differs: Status, type and role options also carry `slug`.

    Args:
        fields (str): Not empty and not `0` (PHP counts both as missing).
        with_count (list[GetReportOptionsWithCountItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | MessageError | ReportOptionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        fields=fields,
        with_count=with_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str,
    with_count: list[GetReportOptionsWithCountItem] | Unset = UNSET,
) -> CriticalError | MessageError | ReportOptionsResponse | WpError | None:
    """Option lists for the admin screens

     Returns the option lists named in `fields` (comma-separated): `lists`, `tags`, `campaigns`,
    `statuses`,
    `editable_statuses`, `contact_types`, `email_sequences`, `automation_funnels`, `segments`,
    `countries`,
    `custom_fields`, `profile_sections`, `sampleCsv`, `user_roles_options`, and more on sites with add-
    ons. Names the
    server does not know are skipped without an error; when none is known, `options` is the empty JSON
    array `[]`.
    `with_count[]=lists` adds to each list the number of its subscribed contacts.

    Without `fields` (or with `fields=0`, which PHP counts as empty) the server answers 422 `Missing
    requested
    fields field.`. `fields` must be one string:
    sent as an array (`fields[]=lists`), FluentCRM 2.9.84 crashes (500).

    The prose documentation says: `options` is an object keyed by the requested fields. The server
    differs: When
    no requested field is known, `options` is the empty JSON array `[]`. The prose documentation says: A
    status
    option is `{id, title}`. The server differs: Status, type and role options also carry `slug`.

    Args:
        fields (str): Not empty and not `0` (PHP counts both as missing).
        with_count (list[GetReportOptionsWithCountItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | MessageError | ReportOptionsResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            with_count=with_count,
        )
    ).parsed
