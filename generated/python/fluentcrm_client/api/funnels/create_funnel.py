from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.funnel_create_input import FunnelCreateInput
from ...models.funnel_saved_response import FunnelSavedResponse
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FunnelCreateInput | FunnelCreateInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnels",
    }

    if isinstance(body, FunnelCreateInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, FunnelCreateInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FunnelSavedResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = FunnelSavedResponse.from_dict(response.json())

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
        response_422 = ValidationErrors.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FunnelSavedResponse | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelCreateInput | FunnelCreateInput | Unset = UNSET,
) -> Response[FunnelSavedResponse | ValidationErrors | WpError]:
    """Create a funnel

     Creates a draft funnel for a trigger. The fields go inside a `funnel` wrapper; only `trigger_name`
    is required.
    Without a title the server makes one from the trigger's label and today's date ("New User Sign Up
    (Created at
    2026-11-26)"). Triggers that the free plugin marks `disabled` are accepted too. The new funnel is
    always a
    `draft` with empty `settings` and `conditions`, which are printed as `[]`, and `created_by` as an
    integer.

    Without the `funnel` wrapper FluentCRM 2.9.84 crashes (500); the emulator answers the 422 of a
    missing
    `trigger_name`. The answer is 200, not 201.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelCreateInput): A new funnel, wrapped in `funnel`.
        body (FunnelCreateInput): A new funnel, wrapped in `funnel`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelSavedResponse | ValidationErrors | WpError]
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
    body: FunnelCreateInput | FunnelCreateInput | Unset = UNSET,
) -> FunnelSavedResponse | ValidationErrors | WpError | None:
    """Create a funnel

     Creates a draft funnel for a trigger. The fields go inside a `funnel` wrapper; only `trigger_name`
    is required.
    Without a title the server makes one from the trigger's label and today's date ("New User Sign Up
    (Created at
    2026-11-26)"). Triggers that the free plugin marks `disabled` are accepted too. The new funnel is
    always a
    `draft` with empty `settings` and `conditions`, which are printed as `[]`, and `created_by` as an
    integer.

    Without the `funnel` wrapper FluentCRM 2.9.84 crashes (500); the emulator answers the 422 of a
    missing
    `trigger_name`. The answer is 200, not 201.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelCreateInput): A new funnel, wrapped in `funnel`.
        body (FunnelCreateInput): A new funnel, wrapped in `funnel`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelSavedResponse | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelCreateInput | FunnelCreateInput | Unset = UNSET,
) -> Response[FunnelSavedResponse | ValidationErrors | WpError]:
    """Create a funnel

     Creates a draft funnel for a trigger. The fields go inside a `funnel` wrapper; only `trigger_name`
    is required.
    Without a title the server makes one from the trigger's label and today's date ("New User Sign Up
    (Created at
    2026-11-26)"). Triggers that the free plugin marks `disabled` are accepted too. The new funnel is
    always a
    `draft` with empty `settings` and `conditions`, which are printed as `[]`, and `created_by` as an
    integer.

    Without the `funnel` wrapper FluentCRM 2.9.84 crashes (500); the emulator answers the 422 of a
    missing
    `trigger_name`. The answer is 200, not 201.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelCreateInput): A new funnel, wrapped in `funnel`.
        body (FunnelCreateInput): A new funnel, wrapped in `funnel`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelSavedResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelCreateInput | FunnelCreateInput | Unset = UNSET,
) -> FunnelSavedResponse | ValidationErrors | WpError | None:
    """Create a funnel

     Creates a draft funnel for a trigger. The fields go inside a `funnel` wrapper; only `trigger_name`
    is required.
    Without a title the server makes one from the trigger's label and today's date ("New User Sign Up
    (Created at
    2026-11-26)"). Triggers that the free plugin marks `disabled` are accepted too. The new funnel is
    always a
    `draft` with empty `settings` and `conditions`, which are printed as `[]`, and `created_by` as an
    integer.

    Without the `funnel` wrapper FluentCRM 2.9.84 crashes (500); the emulator answers the 422 of a
    missing
    `trigger_name`. The answer is 200, not 201.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelCreateInput): A new funnel, wrapped in `funnel`.
        body (FunnelCreateInput): A new funnel, wrapped in `funnel`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelSavedResponse | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
