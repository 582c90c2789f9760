from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_stats import DashboardStats
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/dashboard-stats",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DashboardStats | WpError | None:
    if response.status_code == 200:
        response_200 = DashboardStats.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = WpError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = WpError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DashboardStats | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DashboardStats | WpError]:
    """Dashboard overview

     Returns what the FluentCRM dashboard shows: counter tiles, revenue figures from commerce
    integrations, admin
    notices, the first-run checklist, quick links, the Fluent Forms integration state, an upgrade
    suggestion and a
    maintenance tip.

    Several members depend on the site and change type accordingly: `sales` is `[]` without a commerce
    integration,
    `onboarding` becomes `null` once every step is done, `recommendation` is `false` unless a supported
    third-party
    plugin is detected (always `false` with FluentCRM Pro), and `system_tips` is `""` unless a clean-up
    of a very
    large e-mail history is advised. Counter tiles beyond the six always present (for example
    `email_pending`) may
    appear.

    The prose documentation differs from the server. It shows only `stats`, `sales`, `onboarding`,
    `quick_links`
    and `ff_config`; the server also sends `dashboard_notices`, `recommendation`, `system_tips` and
    `__bench`. Its
    `total_subscribers` tile is titled "Total Contacts"; the server's is titled "Active Contacts" and
    counts only
    contacts whose status is `subscribed`. The server adds a `total_automations` tile, and its quick
    links are a
    different set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardStats | WpError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> DashboardStats | WpError | None:
    """Dashboard overview

     Returns what the FluentCRM dashboard shows: counter tiles, revenue figures from commerce
    integrations, admin
    notices, the first-run checklist, quick links, the Fluent Forms integration state, an upgrade
    suggestion and a
    maintenance tip.

    Several members depend on the site and change type accordingly: `sales` is `[]` without a commerce
    integration,
    `onboarding` becomes `null` once every step is done, `recommendation` is `false` unless a supported
    third-party
    plugin is detected (always `false` with FluentCRM Pro), and `system_tips` is `""` unless a clean-up
    of a very
    large e-mail history is advised. Counter tiles beyond the six always present (for example
    `email_pending`) may
    appear.

    The prose documentation differs from the server. It shows only `stats`, `sales`, `onboarding`,
    `quick_links`
    and `ff_config`; the server also sends `dashboard_notices`, `recommendation`, `system_tips` and
    `__bench`. Its
    `total_subscribers` tile is titled "Total Contacts"; the server's is titled "Active Contacts" and
    counts only
    contacts whose status is `subscribed`. The server adds a `total_automations` tile, and its quick
    links are a
    different set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardStats | WpError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[DashboardStats | WpError]:
    """Dashboard overview

     Returns what the FluentCRM dashboard shows: counter tiles, revenue figures from commerce
    integrations, admin
    notices, the first-run checklist, quick links, the Fluent Forms integration state, an upgrade
    suggestion and a
    maintenance tip.

    Several members depend on the site and change type accordingly: `sales` is `[]` without a commerce
    integration,
    `onboarding` becomes `null` once every step is done, `recommendation` is `false` unless a supported
    third-party
    plugin is detected (always `false` with FluentCRM Pro), and `system_tips` is `""` unless a clean-up
    of a very
    large e-mail history is advised. Counter tiles beyond the six always present (for example
    `email_pending`) may
    appear.

    The prose documentation differs from the server. It shows only `stats`, `sales`, `onboarding`,
    `quick_links`
    and `ff_config`; the server also sends `dashboard_notices`, `recommendation`, `system_tips` and
    `__bench`. Its
    `total_subscribers` tile is titled "Total Contacts"; the server's is titled "Active Contacts" and
    counts only
    contacts whose status is `subscribed`. The server adds a `total_automations` tile, and its quick
    links are a
    different set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardStats | WpError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> DashboardStats | WpError | None:
    """Dashboard overview

     Returns what the FluentCRM dashboard shows: counter tiles, revenue figures from commerce
    integrations, admin
    notices, the first-run checklist, quick links, the Fluent Forms integration state, an upgrade
    suggestion and a
    maintenance tip.

    Several members depend on the site and change type accordingly: `sales` is `[]` without a commerce
    integration,
    `onboarding` becomes `null` once every step is done, `recommendation` is `false` unless a supported
    third-party
    plugin is detected (always `false` with FluentCRM Pro), and `system_tips` is `""` unless a clean-up
    of a very
    large e-mail history is advised. Counter tiles beyond the six always present (for example
    `email_pending`) may
    appear.

    The prose documentation differs from the server. It shows only `stats`, `sales`, `onboarding`,
    `quick_links`
    and `ff_config`; the server also sends `dashboard_notices`, `recommendation`, `system_tips` and
    `__bench`. Its
    `total_subscribers` tile is titled "Total Contacts"; the server's is titled "Active Contacts" and
    counts only
    contacts whose status is `subscribed`. The server adds a `total_automations` tile, and its quick
    links are a
    different set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardStats | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
