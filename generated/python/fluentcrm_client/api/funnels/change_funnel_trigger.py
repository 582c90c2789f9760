from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.funnel_saved_response import FunnelSavedResponse
from ...models.funnel_trigger_change import FunnelTriggerChange
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: FunnelTriggerChange | FunnelTriggerChange | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/funnels/{id}/change-trigger".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, FunnelTriggerChange):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, FunnelTriggerChange):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError | None:
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

    if response.status_code == 500:
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]:
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
    body: FunnelTriggerChange | FunnelTriggerChange | Unset = UNSET,
) -> Response[CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]:
    """Change a funnel's trigger

     Switches the funnel to another trigger and renames it; both `title` and `trigger_name` are required.
    The trigger's
    `settings` and `conditions` are reset to empty. Choosing the trigger it already has is refused with
    422 ("Trigger
    name is same"). The validation runs before the funnel is looked up, so a missing field gives 422
    even for an
    unknown id.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelTriggerChange): The new trigger and title of a funnel.
        body (FunnelTriggerChange): The new trigger and title of a funnel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]
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
    body: FunnelTriggerChange | FunnelTriggerChange | Unset = UNSET,
) -> CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError | None:
    """Change a funnel's trigger

     Switches the funnel to another trigger and renames it; both `title` and `trigger_name` are required.
    The trigger's
    `settings` and `conditions` are reset to empty. Choosing the trigger it already has is refused with
    422 ("Trigger
    name is same"). The validation runs before the funnel is looked up, so a missing field gives 422
    even for an
    unknown id.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelTriggerChange): The new trigger and title of a funnel.
        body (FunnelTriggerChange): The new trigger and title of a funnel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
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
    body: FunnelTriggerChange | FunnelTriggerChange | Unset = UNSET,
) -> Response[CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]:
    """Change a funnel's trigger

     Switches the funnel to another trigger and renames it; both `title` and `trigger_name` are required.
    The trigger's
    `settings` and `conditions` are reset to empty. Choosing the trigger it already has is refused with
    422 ("Trigger
    name is same"). The validation runs before the funnel is looked up, so a missing field gives 422
    even for an
    unknown id.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelTriggerChange): The new trigger and title of a funnel.
        body (FunnelTriggerChange): The new trigger and title of a funnel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]
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
    body: FunnelTriggerChange | FunnelTriggerChange | Unset = UNSET,
) -> CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError | None:
    """Change a funnel's trigger

     Switches the funnel to another trigger and renames it; both `title` and `trigger_name` are required.
    The trigger's
    `settings` and `conditions` are reset to empty. Choosing the trigger it already has is refused with
    422 ("Trigger
    name is same"). The validation runs before the funnel is looked up, so a missing field gives 422
    even for an
    unknown id.

    FluentCRM's prose documentation (its REST guide) does not describe this route.

    Args:
        id (int):
        body (FunnelTriggerChange): The new trigger and title of a funnel.
        body (FunnelTriggerChange): The new trigger and title of a funnel.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | FunnelSavedResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
