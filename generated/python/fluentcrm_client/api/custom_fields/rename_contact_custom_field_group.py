from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_group_rename_input import CustomFieldGroupRenameInput
from ...models.custom_fields_save_response import CustomFieldsSaveResponse
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CustomFieldGroupRenameInput | CustomFieldGroupRenameInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom-fields/contacts/update_group_name",
    }

    if isinstance(body, CustomFieldGroupRenameInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CustomFieldGroupRenameInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldsSaveResponse | WpError | None:
    if response.status_code == 200:
        response_200 = CustomFieldsSaveResponse.from_dict(response.json())

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
) -> Response[CustomFieldsSaveResponse | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldGroupRenameInput | CustomFieldGroupRenameInput | Unset = UNSET,
) -> Response[CustomFieldsSaveResponse | WpError]:
    """Rename a custom-field group

     Moves every contact custom field whose `group` is `old_name` to `new_name`, and answers with the
    whole set of
    definitions. Missing or unmatched names change nothing and still answer 200.

    The prose documentation does not describe this operation.

    Args:
        body (CustomFieldGroupRenameInput): The group title to replace and its new title.
        body (CustomFieldGroupRenameInput): The group title to replace and its new title.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsSaveResponse | WpError]
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
    body: CustomFieldGroupRenameInput | CustomFieldGroupRenameInput | Unset = UNSET,
) -> CustomFieldsSaveResponse | WpError | None:
    """Rename a custom-field group

     Moves every contact custom field whose `group` is `old_name` to `new_name`, and answers with the
    whole set of
    definitions. Missing or unmatched names change nothing and still answer 200.

    The prose documentation does not describe this operation.

    Args:
        body (CustomFieldGroupRenameInput): The group title to replace and its new title.
        body (CustomFieldGroupRenameInput): The group title to replace and its new title.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsSaveResponse | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldGroupRenameInput | CustomFieldGroupRenameInput | Unset = UNSET,
) -> Response[CustomFieldsSaveResponse | WpError]:
    """Rename a custom-field group

     Moves every contact custom field whose `group` is `old_name` to `new_name`, and answers with the
    whole set of
    definitions. Missing or unmatched names change nothing and still answer 200.

    The prose documentation does not describe this operation.

    Args:
        body (CustomFieldGroupRenameInput): The group title to replace and its new title.
        body (CustomFieldGroupRenameInput): The group title to replace and its new title.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsSaveResponse | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldGroupRenameInput | CustomFieldGroupRenameInput | Unset = UNSET,
) -> CustomFieldsSaveResponse | WpError | None:
    """Rename a custom-field group

     Moves every contact custom field whose `group` is `old_name` to `new_name`, and answers with the
    whole set of
    definitions. Missing or unmatched names change nothing and still answer 200.

    The prose documentation does not describe this operation.

    Args:
        body (CustomFieldGroupRenameInput): The group title to replace and its new title.
        body (CustomFieldGroupRenameInput): The group title to replace and its new title.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsSaveResponse | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
