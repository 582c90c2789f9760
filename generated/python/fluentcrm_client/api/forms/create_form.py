from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_form_response_200 import CreateFormResponse200
from ...models.form_create_input import FormCreateInput
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: FormCreateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/forms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateFormResponse200 | MessageError | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CreateFormResponse200.from_dict(response.json())

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

    if response.status_code == 423:
        response_423 = MessageError.from_dict(response.json())

        return response_423

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateFormResponse200 | MessageError | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FormCreateInput,
) -> Response[CreateFormResponse200 | MessageError | ValidationErrors | WpError]:
    """Create an opt-in form

     Creates a Fluent Forms form from one of the templates of `GET /forms/templates`, wired to add
    contacts to
    `selected_list` with `selected_tags`. All four of `template_id`, `title`, `selected_tags` and
    `selected_list`
    are required (422). Without Fluent Forms installed the insert into its missing table fails and the
    answer is
    423 with the SQL error (`Table '...fluentform_forms' doesn't exist`).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FormCreateInput): A new opt-in form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFormResponse200 | MessageError | ValidationErrors | WpError]
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
    body: FormCreateInput,
) -> CreateFormResponse200 | MessageError | ValidationErrors | WpError | None:
    """Create an opt-in form

     Creates a Fluent Forms form from one of the templates of `GET /forms/templates`, wired to add
    contacts to
    `selected_list` with `selected_tags`. All four of `template_id`, `title`, `selected_tags` and
    `selected_list`
    are required (422). Without Fluent Forms installed the insert into its missing table fails and the
    answer is
    423 with the SQL error (`Table '...fluentform_forms' doesn't exist`).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FormCreateInput): A new opt-in form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFormResponse200 | MessageError | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FormCreateInput,
) -> Response[CreateFormResponse200 | MessageError | ValidationErrors | WpError]:
    """Create an opt-in form

     Creates a Fluent Forms form from one of the templates of `GET /forms/templates`, wired to add
    contacts to
    `selected_list` with `selected_tags`. All four of `template_id`, `title`, `selected_tags` and
    `selected_list`
    are required (422). Without Fluent Forms installed the insert into its missing table fails and the
    answer is
    423 with the SQL error (`Table '...fluentform_forms' doesn't exist`).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FormCreateInput): A new opt-in form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFormResponse200 | MessageError | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FormCreateInput,
) -> CreateFormResponse200 | MessageError | ValidationErrors | WpError | None:
    """Create an opt-in form

     Creates a Fluent Forms form from one of the templates of `GET /forms/templates`, wired to add
    contacts to
    `selected_list` with `selected_tags`. All four of `template_id`, `title`, `selected_tags` and
    `selected_list`
    are required (422). Without Fluent Forms installed the insert into its missing table fails and the
    answer is
    423 with the SQL error (`Table '...fluentform_forms' doesn't exist`).

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FormCreateInput): A new opt-in form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFormResponse200 | MessageError | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
