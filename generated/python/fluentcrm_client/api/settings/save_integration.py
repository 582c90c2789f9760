from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_save_input import IntegrationSaveInput
from ...models.message_error import MessageError
from ...models.save_integration_response_200 import SaveIntegrationResponse200
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: IntegrationSaveInput | IntegrationSaveInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/setting/integrations",
    }

    if isinstance(body, IntegrationSaveInput):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, IntegrationSaveInput):
        if not isinstance(body, Unset):
            _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | SaveIntegrationResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = SaveIntegrationResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | SaveIntegrationResponse200 | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationSaveInput | IntegrationSaveInput | Unset = UNSET,
) -> Response[MessageError | SaveIntegrationResponse200 | WpError]:
    """Save or synchronise a deep integration

     Hands the request to the add-on that registered `provider`: `action=sync` synchronises, anything
    else saves
    its settings, and the add-on's answer is returned as it is. Without such an add-on (always on the
    free plugin)
    the answer is 422 `Sorry, the provided provider does not exist`.

    Args:
        body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its
            settings. An add-on handles the request; without one every
            provider is unknown (422).
        body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its
            settings. An add-on handles the request; without one every
            provider is unknown (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | SaveIntegrationResponse200 | WpError]
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
    body: IntegrationSaveInput | IntegrationSaveInput | Unset = UNSET,
) -> MessageError | SaveIntegrationResponse200 | WpError | None:
    """Save or synchronise a deep integration

     Hands the request to the add-on that registered `provider`: `action=sync` synchronises, anything
    else saves
    its settings, and the add-on's answer is returned as it is. Without such an add-on (always on the
    free plugin)
    the answer is 422 `Sorry, the provided provider does not exist`.

    Args:
        body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its
            settings. An add-on handles the request; without one every
            provider is unknown (422).
        body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its
            settings. An add-on handles the request; without one every
            provider is unknown (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | SaveIntegrationResponse200 | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationSaveInput | IntegrationSaveInput | Unset = UNSET,
) -> Response[MessageError | SaveIntegrationResponse200 | WpError]:
    """Save or synchronise a deep integration

     Hands the request to the add-on that registered `provider`: `action=sync` synchronises, anything
    else saves
    its settings, and the add-on's answer is returned as it is. Without such an add-on (always on the
    free plugin)
    the answer is 422 `Sorry, the provided provider does not exist`.

    Args:
        body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its
            settings. An add-on handles the request; without one every
            provider is unknown (422).
        body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its
            settings. An add-on handles the request; without one every
            provider is unknown (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | SaveIntegrationResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationSaveInput | IntegrationSaveInput | Unset = UNSET,
) -> MessageError | SaveIntegrationResponse200 | WpError | None:
    """Save or synchronise a deep integration

     Hands the request to the add-on that registered `provider`: `action=sync` synchronises, anything
    else saves
    its settings, and the add-on's answer is returned as it is. Without such an add-on (always on the
    free plugin)
    the answer is 422 `Sorry, the provided provider does not exist`.

    Args:
        body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its
            settings. An add-on handles the request; without one every
            provider is unknown (422).
        body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its
            settings. An add-on handles the request; without one every
            provider is unknown (422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | SaveIntegrationResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
