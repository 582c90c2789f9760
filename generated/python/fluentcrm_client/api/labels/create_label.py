from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.label_input import LabelInput
from ...models.label_save_response import LabelSaveResponse
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LabelInput | LabelInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labels",
    }

    if isinstance(body, LabelInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, LabelInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabelSaveResponse | WpError | None:
    if response.status_code == 200:
        response_200 = LabelSaveResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LabelSaveResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LabelInput | LabelInput | Unset = UNSET,
) -> Response[LabelSaveResponse | WpError]:
    """Create a label

     Creates a label from `label.slug`, `label.title` and `label.color`. Nothing is validated: a colour
    that is not
    a hex colour is stored as `null`, and a body without `label` creates a label with empty slug and
    title. Slugs
    need not be unique. The answer's message is the same as for an update.

    The prose documentation does not describe this operation.

    Args:
        body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is
            stored as `""` and a colour that is not a
            hex colour as `null`. Send all three fields.
        body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is
            stored as `""` and a colour that is not a
            hex colour as `null`. Send all three fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabelSaveResponse | WpError]
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
    body: LabelInput | LabelInput | Unset = UNSET,
) -> LabelSaveResponse | WpError | None:
    """Create a label

     Creates a label from `label.slug`, `label.title` and `label.color`. Nothing is validated: a colour
    that is not
    a hex colour is stored as `null`, and a body without `label` creates a label with empty slug and
    title. Slugs
    need not be unique. The answer's message is the same as for an update.

    The prose documentation does not describe this operation.

    Args:
        body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is
            stored as `""` and a colour that is not a
            hex colour as `null`. Send all three fields.
        body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is
            stored as `""` and a colour that is not a
            hex colour as `null`. Send all three fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabelSaveResponse | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LabelInput | LabelInput | Unset = UNSET,
) -> Response[LabelSaveResponse | WpError]:
    """Create a label

     Creates a label from `label.slug`, `label.title` and `label.color`. Nothing is validated: a colour
    that is not
    a hex colour is stored as `null`, and a body without `label` creates a label with empty slug and
    title. Slugs
    need not be unique. The answer's message is the same as for an update.

    The prose documentation does not describe this operation.

    Args:
        body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is
            stored as `""` and a colour that is not a
            hex colour as `null`. Send all three fields.
        body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is
            stored as `""` and a colour that is not a
            hex colour as `null`. Send all three fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabelSaveResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LabelInput | LabelInput | Unset = UNSET,
) -> LabelSaveResponse | WpError | None:
    """Create a label

     Creates a label from `label.slug`, `label.title` and `label.color`. Nothing is validated: a colour
    that is not
    a hex colour is stored as `null`, and a body without `label` creates a label with empty slug and
    title. Slugs
    need not be unique. The answer's message is the same as for an update.

    The prose documentation does not describe this operation.

    Args:
        body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is
            stored as `""` and a colour that is not a
            hex colour as `null`. Send all three fields.
        body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is
            stored as `""` and a colour that is not a
            hex colour as `null`. Send all three fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabelSaveResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
