from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.list_input import ListInput
from ...models.list_update_response import ListUpdateResponse
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["title"] = title

    params["slug"] = slug

    params["description"] = description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, ListInput):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ListInput):
        if not isinstance(body, Unset):
            _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = ListUpdateResponse.from_dict(response.json())

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
                componentsschemas_message_or_route_error_type_0 = MessageError.from_dict(data)

                return componentsschemas_message_or_route_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_message_or_route_error_type_1 = WpError.from_dict(data)

            return componentsschemas_message_or_route_error_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 422:

        def _parse_response_422(data: object) -> MessageError | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_field_or_message_error_type_0 = ValidationErrors.from_dict(data)

                return componentsschemas_field_or_message_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_field_or_message_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_field_or_message_error_type_1

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
) -> Response[CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]:
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
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]:
    """Rename a contact list

     Updates the title and description of a list. `title` is required. The fields can be sent as query
    parameters
    (the style of the prose documentation), as a form body or as a JSON body.

    The `slug` parameter is not honoured: when a non-empty slug is sent, the server stores the slugified
    *title*
    instead; when none is sent, the slug is left as it is. If that slug belongs to another list the
    update is refused
    with 422.

    The prose documentation shows `"lists": "1"` in the response; the server sends the number of changed
    rows as an
    integer, `1`, or `0` when nothing changed. It also presents `slug` as an updatable field, which it
    is not.

    Args:
        id (int):
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        title=title,
        slug=slug,
        description=description,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError | None:
    """Rename a contact list

     Updates the title and description of a list. `title` is required. The fields can be sent as query
    parameters
    (the style of the prose documentation), as a form body or as a JSON body.

    The `slug` parameter is not honoured: when a non-empty slug is sent, the server stores the slugified
    *title*
    instead; when none is sent, the slug is left as it is. If that slug belongs to another list the
    update is refused
    with 422.

    The prose documentation shows `"lists": "1"` in the response; the server sends the number of changed
    rows as an
    integer, `1`, or `0` when nothing changed. It also presents `slug` as an updatable field, which it
    is not.

    Args:
        id (int):
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        title=title,
        slug=slug,
        description=description,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]:
    """Rename a contact list

     Updates the title and description of a list. `title` is required. The fields can be sent as query
    parameters
    (the style of the prose documentation), as a form body or as a JSON body.

    The `slug` parameter is not honoured: when a non-empty slug is sent, the server stores the slugified
    *title*
    instead; when none is sent, the slug is left as it is. If that slug belongs to another list the
    update is refused
    with 422.

    The prose documentation shows `"lists": "1"` in the response; the server sends the number of changed
    rows as an
    integer, `1`, or `0` when nothing changed. It also presents `slug` as an updatable field, which it
    is not.

    Args:
        id (int):
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        title=title,
        slug=slug,
        description=description,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError | None:
    """Rename a contact list

     Updates the title and description of a list. `title` is required. The fields can be sent as query
    parameters
    (the style of the prose documentation), as a form body or as a JSON body.

    The `slug` parameter is not honoured: when a non-empty slug is sent, the server stores the slugified
    *title*
    instead; when none is sent, the slug is left as it is. If that slug belongs to another list the
    update is refused
    with 422.

    The prose documentation shows `"lists": "1"` in the response; the server sends the number of changed
    rows as an
    integer, `1`, or `0` when nothing changed. It also presents `slug` as an updatable field, which it
    is not.

    Args:
        id (int):
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | ListUpdateResponse | MessageError | ValidationErrors | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            title=title,
            slug=slug,
            description=description,
        )
    ).parsed
