from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_update_fields import ContactUpdateFields
from ...models.contact_update_form_input import ContactUpdateFormInput
from ...models.contact_update_response import ContactUpdateResponse
from ...models.critical_error import CriticalError
from ...models.message_error import MessageError
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...models.wrapped_contact_update import WrappedContactUpdate
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ContactUpdateFields | WrappedContactUpdate | ContactUpdateFormInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/subscribers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if isinstance(body, ContactUpdateFields | WrappedContactUpdate):
        if isinstance(body, WrappedContactUpdate):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ContactUpdateFormInput):
        if not isinstance(body, Unset):
            _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = ContactUpdateResponse.from_dict(response.json())

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
        response_422 = ValidationErrors.from_dict(response.json())

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
) -> Response[ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError]:
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
    body: ContactUpdateFields | WrappedContactUpdate | ContactUpdateFormInput | Unset = UNSET,
) -> Response[ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError]:
    """Update a contact

     Changes the given fields of a contact; fields that are not sent stay as they are. The body may be
    JSON, wrapped
    in `subscriber` or flat, or form-encoded. Tags and lists change with `attach_tags`, `detach_tags`,
    `attach_lists` and `detach_lists`. The answer says in `isDirty` whether a column changed and echoes
    the sent
    custom values in `values`.

    The prose documentation says `email` and `status` are required and that `tags`/`lists` (and `photo`)
    can be
    set; the server requires nothing and ignores `tags`, `lists` and `photo` on update. An unknown
    `status` is ignored (200, `isDirty: false`). The
    returned `contact` has no `tags` or `lists` unless the update attached or detached some.

    Args:
        id (int):
        body (ContactUpdateFields | Unset | WrappedContactUpdate): JSON body of `PUT
            /subscribers/{id}`: the fields either wrapped in `subscriber` (as the prose documentation
            shows)
            or flat at the top level; the server accepts both.
        body (ContactUpdateFormInput | Unset): Form-encoded body of `PUT /subscribers/{id}`, flat,
            with PHP bracket syntax for arrays (`attach_tags[]=5`) and
            custom values (`custom_values[plan]=pro`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError]
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
    body: ContactUpdateFields | WrappedContactUpdate | ContactUpdateFormInput | Unset = UNSET,
) -> ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError | None:
    """Update a contact

     Changes the given fields of a contact; fields that are not sent stay as they are. The body may be
    JSON, wrapped
    in `subscriber` or flat, or form-encoded. Tags and lists change with `attach_tags`, `detach_tags`,
    `attach_lists` and `detach_lists`. The answer says in `isDirty` whether a column changed and echoes
    the sent
    custom values in `values`.

    The prose documentation says `email` and `status` are required and that `tags`/`lists` (and `photo`)
    can be
    set; the server requires nothing and ignores `tags`, `lists` and `photo` on update. An unknown
    `status` is ignored (200, `isDirty: false`). The
    returned `contact` has no `tags` or `lists` unless the update attached or detached some.

    Args:
        id (int):
        body (ContactUpdateFields | Unset | WrappedContactUpdate): JSON body of `PUT
            /subscribers/{id}`: the fields either wrapped in `subscriber` (as the prose documentation
            shows)
            or flat at the top level; the server accepts both.
        body (ContactUpdateFormInput | Unset): Form-encoded body of `PUT /subscribers/{id}`, flat,
            with PHP bracket syntax for arrays (`attach_tags[]=5`) and
            custom values (`custom_values[plan]=pro`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError
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
    body: ContactUpdateFields | WrappedContactUpdate | ContactUpdateFormInput | Unset = UNSET,
) -> Response[ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError]:
    """Update a contact

     Changes the given fields of a contact; fields that are not sent stay as they are. The body may be
    JSON, wrapped
    in `subscriber` or flat, or form-encoded. Tags and lists change with `attach_tags`, `detach_tags`,
    `attach_lists` and `detach_lists`. The answer says in `isDirty` whether a column changed and echoes
    the sent
    custom values in `values`.

    The prose documentation says `email` and `status` are required and that `tags`/`lists` (and `photo`)
    can be
    set; the server requires nothing and ignores `tags`, `lists` and `photo` on update. An unknown
    `status` is ignored (200, `isDirty: false`). The
    returned `contact` has no `tags` or `lists` unless the update attached or detached some.

    Args:
        id (int):
        body (ContactUpdateFields | Unset | WrappedContactUpdate): JSON body of `PUT
            /subscribers/{id}`: the fields either wrapped in `subscriber` (as the prose documentation
            shows)
            or flat at the top level; the server accepts both.
        body (ContactUpdateFormInput | Unset): Form-encoded body of `PUT /subscribers/{id}`, flat,
            with PHP bracket syntax for arrays (`attach_tags[]=5`) and
            custom values (`custom_values[plan]=pro`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError]
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
    body: ContactUpdateFields | WrappedContactUpdate | ContactUpdateFormInput | Unset = UNSET,
) -> ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError | None:
    """Update a contact

     Changes the given fields of a contact; fields that are not sent stay as they are. The body may be
    JSON, wrapped
    in `subscriber` or flat, or form-encoded. Tags and lists change with `attach_tags`, `detach_tags`,
    `attach_lists` and `detach_lists`. The answer says in `isDirty` whether a column changed and echoes
    the sent
    custom values in `values`.

    The prose documentation says `email` and `status` are required and that `tags`/`lists` (and `photo`)
    can be
    set; the server requires nothing and ignores `tags`, `lists` and `photo` on update. An unknown
    `status` is ignored (200, `isDirty: false`). The
    returned `contact` has no `tags` or `lists` unless the update attached or detached some.

    Args:
        id (int):
        body (ContactUpdateFields | Unset | WrappedContactUpdate): JSON body of `PUT
            /subscribers/{id}`: the fields either wrapped in `subscriber` (as the prose documentation
            shows)
            or flat at the top level; the server accepts both.
        body (ContactUpdateFormInput | Unset): Form-encoded body of `PUT /subscribers/{id}`, flat,
            with PHP bracket syntax for arrays (`attach_tags[]=5`) and
            custom values (`custom_values[plan]=pro`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactUpdateResponse | CriticalError | MessageError | WpError | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
