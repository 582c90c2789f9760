from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_template_response_200 import CreateTemplateResponse200
from ...models.message_error import MessageError
from ...models.template_input import TemplateInput
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: TemplateInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = CreateTemplateResponse200.from_dict(response.json())

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

    if response.status_code == 404:

        def _parse_response_404(data: object) -> MessageError | WpError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = MessageError.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = WpError.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

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
) -> Response[CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateInput,
) -> Response[CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError]:
    """Create an e-mail template

     Creates a template (a draft `fc_template` post) from `template`: title, HTML body, excerpt, subject,
    edit type, design and settings. Everything is optional: an empty `template` gets the title `Email
    Template @ <time>`. With `template_id` the call updates that template instead (see `PUT
    /templates/{id}`). Without a `template` key FluentCRM 2.9.84 crashes (500); the emulator answers
    422. The prose documentation differs: `template` holds the content. Without a `template` object the
    server crashes (500); with `template_id` the call updates that template. (See `x-doc-differences`
    for the rest.)

    Args:
        body (TemplateInput): A template's content, wrapped in `template`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError]
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
    body: TemplateInput,
) -> CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError | None:
    """Create an e-mail template

     Creates a template (a draft `fc_template` post) from `template`: title, HTML body, excerpt, subject,
    edit type, design and settings. Everything is optional: an empty `template` gets the title `Email
    Template @ <time>`. With `template_id` the call updates that template instead (see `PUT
    /templates/{id}`). Without a `template` key FluentCRM 2.9.84 crashes (500); the emulator answers
    422. The prose documentation differs: `template` holds the content. Without a `template` object the
    server crashes (500); with `template_id` the call updates that template. (See `x-doc-differences`
    for the rest.)

    Args:
        body (TemplateInput): A template's content, wrapped in `template`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateInput,
) -> Response[CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError]:
    """Create an e-mail template

     Creates a template (a draft `fc_template` post) from `template`: title, HTML body, excerpt, subject,
    edit type, design and settings. Everything is optional: an empty `template` gets the title `Email
    Template @ <time>`. With `template_id` the call updates that template instead (see `PUT
    /templates/{id}`). Without a `template` key FluentCRM 2.9.84 crashes (500); the emulator answers
    422. The prose documentation differs: `template` holds the content. Without a `template` object the
    server crashes (500); with `template_id` the call updates that template. (See `x-doc-differences`
    for the rest.)

    Args:
        body (TemplateInput): A template's content, wrapped in `template`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateInput,
) -> CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError | None:
    """Create an e-mail template

     Creates a template (a draft `fc_template` post) from `template`: title, HTML body, excerpt, subject,
    edit type, design and settings. Everything is optional: an empty `template` gets the title `Email
    Template @ <time>`. With `template_id` the call updates that template instead (see `PUT
    /templates/{id}`). Without a `template` key FluentCRM 2.9.84 crashes (500); the emulator answers
    422. The prose documentation differs: `template` holds the content. Without a `template` object the
    server crashes (500); with `template_id` the call updates that template. (See `x-doc-differences`
    for the rest.)

    Args:
        body (TemplateInput): A template's content, wrapped in `template`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTemplateResponse200 | MessageError | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
