from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.funnel_sequences_input import FunnelSequencesInput
from ...models.funnel_sequences_save_response import FunnelSequencesSaveResponse
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: FunnelSequencesInput | FunnelSequencesInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/funnels/{id}/sequences".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, FunnelSequencesInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, FunnelSequencesInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSequencesInput | FunnelSequencesInput | Unset = UNSET,
) -> Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]:
    """Save a funnel's steps and settings

     Saves the whole funnel the way FluentCRM's editor does: its trigger settings, entry conditions,
    status, title,
    description and the full list of steps. The three structured fields are JSON **encoded into
    strings**. Steps get
    string `sequence` positions (1, 2, 3...), `delay` and cumulative `c_delay` in seconds; a wait step's
    delay is
    stored on the step after it.

    `status` sets the funnel's status: `published` makes it run. Without a `conditions` string FluentCRM
    2.9.84
    crashes (500), even for a funnel that does not exist.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
            `conditions` and `sequences` are **JSON documents
            encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes
            the funnel's status:
            send `draft` to save without running. The saved steps replace the funnel's steps: a step
            sent with its `id` is
            updated, one without is created, and a stored step not sent is deleted.
        body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
            `conditions` and `sequences` are **JSON documents
            encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes
            the funnel's status:
            send `draft` to save without running. The saved steps replace the funnel's steps: a step
            sent with its `id` is
            updated, one without is created, and a stored step not sent is deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSequencesInput | FunnelSequencesInput | Unset = UNSET,
) -> FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError | None:
    """Save a funnel's steps and settings

     Saves the whole funnel the way FluentCRM's editor does: its trigger settings, entry conditions,
    status, title,
    description and the full list of steps. The three structured fields are JSON **encoded into
    strings**. Steps get
    string `sequence` positions (1, 2, 3...), `delay` and cumulative `c_delay` in seconds; a wait step's
    delay is
    stored on the step after it.

    `status` sets the funnel's status: `published` makes it run. Without a `conditions` string FluentCRM
    2.9.84
    crashes (500), even for a funnel that does not exist.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
            `conditions` and `sequences` are **JSON documents
            encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes
            the funnel's status:
            send `draft` to save without running. The saved steps replace the funnel's steps: a step
            sent with its `id` is
            updated, one without is created, and a stored step not sent is deleted.
        body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
            `conditions` and `sequences` are **JSON documents
            encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes
            the funnel's status:
            send `draft` to save without running. The saved steps replace the funnel's steps: a step
            sent with its `id` is
            updated, one without is created, and a stored step not sent is deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSequencesInput | FunnelSequencesInput | Unset = UNSET,
) -> Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]:
    """Save a funnel's steps and settings

     Saves the whole funnel the way FluentCRM's editor does: its trigger settings, entry conditions,
    status, title,
    description and the full list of steps. The three structured fields are JSON **encoded into
    strings**. Steps get
    string `sequence` positions (1, 2, 3...), `delay` and cumulative `c_delay` in seconds; a wait step's
    delay is
    stored on the step after it.

    `status` sets the funnel's status: `published` makes it run. Without a `conditions` string FluentCRM
    2.9.84
    crashes (500), even for a funnel that does not exist.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
            `conditions` and `sequences` are **JSON documents
            encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes
            the funnel's status:
            send `draft` to save without running. The saved steps replace the funnel's steps: a step
            sent with its `id` is
            updated, one without is created, and a stored step not sent is deleted.
        body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
            `conditions` and `sequences` are **JSON documents
            encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes
            the funnel's status:
            send `draft` to save without running. The saved steps replace the funnel's steps: a step
            sent with its `id` is
            updated, one without is created, and a stored step not sent is deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FunnelSequencesInput | FunnelSequencesInput | Unset = UNSET,
) -> FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError | None:
    """Save a funnel's steps and settings

     Saves the whole funnel the way FluentCRM's editor does: its trigger settings, entry conditions,
    status, title,
    description and the full list of steps. The three structured fields are JSON **encoded into
    strings**. Steps get
    string `sequence` positions (1, 2, 3...), `delay` and cumulative `c_delay` in seconds; a wait step's
    delay is
    stored on the step after it.

    `status` sets the funnel's status: `published` makes it run. Without a `conditions` string FluentCRM
    2.9.84
    crashes (500), even for a funnel that does not exist.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
            `conditions` and `sequences` are **JSON documents
            encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes
            the funnel's status:
            send `draft` to save without running. The saved steps replace the funnel's steps: a step
            sent with its `id` is
            updated, one without is created, and a stored step not sent is deleted.
        body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
            `conditions` and `sequences` are **JSON documents
            encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes
            the funnel's status:
            send `draft` to save without running. The saved steps replace the funnel's steps: a step
            sent with its `id` is
            updated, one without is created, and a stored step not sent is deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FunnelSequencesSaveResponse | MessageError | WpError | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
