from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.funnel_sequences_fallback_input import FunnelSequencesFallbackInput
from ...models.funnel_sequences_save_response import FunnelSequencesSaveResponse
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: FunnelSequencesFallbackInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnels/funnel/save-funnel-sequences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = FunnelSequencesSaveResponse.from_dict(response.json())

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
) -> Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSequencesFallbackInput,
) -> Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]:
    """Save a funnel's steps (funnel id in the body)

     The same as `POST /funnels/{id}/sequences`, for hosts that block that path: the funnel id travels in
    the body as
    `funnel_id`. A missing or unknown `funnel_id` gives 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelSequencesFallbackInput): `FunnelSequencesInput` with the id of the funnel to
            save in `funnel_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]
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
    body: FunnelSequencesFallbackInput,
) -> FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError | None:
    """Save a funnel's steps (funnel id in the body)

     The same as `POST /funnels/{id}/sequences`, for hosts that block that path: the funnel id travels in
    the body as
    `funnel_id`. A missing or unknown `funnel_id` gives 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelSequencesFallbackInput): `FunnelSequencesInput` with the id of the funnel to
            save in `funnel_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSequencesFallbackInput,
) -> Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]:
    """Save a funnel's steps (funnel id in the body)

     The same as `POST /funnels/{id}/sequences`, for hosts that block that path: the funnel id travels in
    the body as
    `funnel_id`. A missing or unknown `funnel_id` gives 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelSequencesFallbackInput): `FunnelSequencesInput` with the id of the funnel to
            save in `funnel_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSequencesFallbackInput,
) -> FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError | None:
    """Save a funnel's steps (funnel id in the body)

     The same as `POST /funnels/{id}/sequences`, for hosts that block that path: the funnel id travels in
    the body as
    `funnel_id`. A missing or unknown `funnel_id` gives 404.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        body (FunnelSequencesFallbackInput): `FunnelSequencesInput` with the id of the funnel to
            save in `funnel_id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
