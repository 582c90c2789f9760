from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.rest_key_create_input import RestKeyCreateInput
from ...models.rest_key_create_response import RestKeyCreateResponse
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RestKeyCreateInput | RestKeyCreateInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/setting/rest-keys",
    }

    if isinstance(body, RestKeyCreateInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, RestKeyCreateInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | ValidationErrors | RestKeyCreateResponse | WpError | None:
    if response.status_code == 200:
        response_200 = RestKeyCreateResponse.from_dict(response.json())

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

        def _parse_response_422(data: object) -> MessageError | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrors.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = MessageError.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | ValidationErrors | RestKeyCreateResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RestKeyCreateInput | RestKeyCreateInput | Unset = UNSET,
) -> Response[MessageError | ValidationErrors | RestKeyCreateResponse | WpError]:
    """Create a REST API key for a manager

     Creates a WordPress application password named `api_name` for the user `api_user_id` and returns it
    once, in
    `item.info.api_password`. The user must have FluentCRM access (a manager role of FluentCRM Pro);
    anyone else,
    including every user of the free plugin, is refused with 422.

    Args:
        body (RestKeyCreateInput): A name for the new application password and the user it belongs
            to, who must have FluentCRM access.
        body (RestKeyCreateInput): A name for the new application password and the user it belongs
            to, who must have FluentCRM access.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | RestKeyCreateResponse | WpError]
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
    body: RestKeyCreateInput | RestKeyCreateInput | Unset = UNSET,
) -> MessageError | ValidationErrors | RestKeyCreateResponse | WpError | None:
    """Create a REST API key for a manager

     Creates a WordPress application password named `api_name` for the user `api_user_id` and returns it
    once, in
    `item.info.api_password`. The user must have FluentCRM access (a manager role of FluentCRM Pro);
    anyone else,
    including every user of the free plugin, is refused with 422.

    Args:
        body (RestKeyCreateInput): A name for the new application password and the user it belongs
            to, who must have FluentCRM access.
        body (RestKeyCreateInput): A name for the new application password and the user it belongs
            to, who must have FluentCRM access.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | RestKeyCreateResponse | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RestKeyCreateInput | RestKeyCreateInput | Unset = UNSET,
) -> Response[MessageError | ValidationErrors | RestKeyCreateResponse | WpError]:
    """Create a REST API key for a manager

     Creates a WordPress application password named `api_name` for the user `api_user_id` and returns it
    once, in
    `item.info.api_password`. The user must have FluentCRM access (a manager role of FluentCRM Pro);
    anyone else,
    including every user of the free plugin, is refused with 422.

    Args:
        body (RestKeyCreateInput): A name for the new application password and the user it belongs
            to, who must have FluentCRM access.
        body (RestKeyCreateInput): A name for the new application password and the user it belongs
            to, who must have FluentCRM access.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | RestKeyCreateResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RestKeyCreateInput | RestKeyCreateInput | Unset = UNSET,
) -> MessageError | ValidationErrors | RestKeyCreateResponse | WpError | None:
    """Create a REST API key for a manager

     Creates a WordPress application password named `api_name` for the user `api_user_id` and returns it
    once, in
    `item.info.api_password`. The user must have FluentCRM access (a manager role of FluentCRM Pro);
    anyone else,
    including every user of the free plugin, is refused with 422.

    Args:
        body (RestKeyCreateInput): A name for the new application password and the user it belongs
            to, who must have FluentCRM access.
        body (RestKeyCreateInput): A name for the new application password and the user it belongs
            to, who must have FluentCRM access.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | RestKeyCreateResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
