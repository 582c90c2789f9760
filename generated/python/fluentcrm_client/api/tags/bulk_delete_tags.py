from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_with_bench import MessageWithBench
from ...models.tag_bulk_delete_form_input import TagBulkDeleteFormInput
from ...models.tag_bulk_delete_input import TagBulkDeleteInput
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TagBulkDeleteInput | TagBulkDeleteFormInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tags/do-bulk-action",
    }

    if isinstance(body, TagBulkDeleteInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, TagBulkDeleteFormInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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
) -> Response[MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TagBulkDeleteInput | TagBulkDeleteFormInput | Unset = UNSET,
) -> Response[MessageWithBench | WpError]:
    """Delete several tags

     Deletes the tags whose ids are in `tagIds`, and their links to contacts. Ids that match nothing and
    `0` are
    skipped; an empty or missing `tagIds` deletes nothing. The answer is the same in every case.

    The prose documentation does not describe this operation.

    Args:
        body (TagBulkDeleteInput): Ids of the tags to delete. Ids with no tag, and `0`, are
            skipped; an empty or missing list deletes nothing.
        body (TagBulkDeleteFormInput): The form-encoded equivalent of `TagBulkDeleteInput`,
            `tagIds[]` repeated. Ids of the tags to delete. Ids with no tag, and `0`, are skipped; an
            empty or missing list deletes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
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
    body: TagBulkDeleteInput | TagBulkDeleteFormInput | Unset = UNSET,
) -> MessageWithBench | WpError | None:
    """Delete several tags

     Deletes the tags whose ids are in `tagIds`, and their links to contacts. Ids that match nothing and
    `0` are
    skipped; an empty or missing `tagIds` deletes nothing. The answer is the same in every case.

    The prose documentation does not describe this operation.

    Args:
        body (TagBulkDeleteInput): Ids of the tags to delete. Ids with no tag, and `0`, are
            skipped; an empty or missing list deletes nothing.
        body (TagBulkDeleteFormInput): The form-encoded equivalent of `TagBulkDeleteInput`,
            `tagIds[]` repeated. Ids of the tags to delete. Ids with no tag, and `0`, are skipped; an
            empty or missing list deletes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TagBulkDeleteInput | TagBulkDeleteFormInput | Unset = UNSET,
) -> Response[MessageWithBench | WpError]:
    """Delete several tags

     Deletes the tags whose ids are in `tagIds`, and their links to contacts. Ids that match nothing and
    `0` are
    skipped; an empty or missing `tagIds` deletes nothing. The answer is the same in every case.

    The prose documentation does not describe this operation.

    Args:
        body (TagBulkDeleteInput): Ids of the tags to delete. Ids with no tag, and `0`, are
            skipped; an empty or missing list deletes nothing.
        body (TagBulkDeleteFormInput): The form-encoded equivalent of `TagBulkDeleteInput`,
            `tagIds[]` repeated. Ids of the tags to delete. Ids with no tag, and `0`, are skipped; an
            empty or missing list deletes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TagBulkDeleteInput | TagBulkDeleteFormInput | Unset = UNSET,
) -> MessageWithBench | WpError | None:
    """Delete several tags

     Deletes the tags whose ids are in `tagIds`, and their links to contacts. Ids that match nothing and
    `0` are
    skipped; an empty or missing `tagIds` deletes nothing. The answer is the same in every case.

    The prose documentation does not describe this operation.

    Args:
        body (TagBulkDeleteInput): Ids of the tags to delete. Ids with no tag, and `0`, are
            skipped; an empty or missing list deletes nothing.
        body (TagBulkDeleteFormInput): The form-encoded equivalent of `TagBulkDeleteInput`,
            `tagIds[]` repeated. Ids of the tags to delete. Ids with no tag, and `0`, are skipped; an
            empty or missing list deletes nothing.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
