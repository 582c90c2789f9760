from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.note_index_response import NoteIndexResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/notes".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NoteIndexResponse | WpError | None:
    if response.status_code == 200:
        response_200 = NoteIndexResponse.from_dict(response.json())

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
        response_404 = WpError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NoteIndexResponse | WpError]:
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
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[NoteIndexResponse | WpError]:
    """List a contact's notes

     Returns the notes kept on a contact, newest first, 15 to a page, together with the definition of the
    note form
    (`fields`). `search` keeps the notes whose title contains the text. A contact that does not exist
    (including id
    `0`) has no notes: the answer is an empty page, not 404.

    In the stored rows `subscriber_id`, `created_by` and `is_private` are numeric strings, and each row
    adds its
    author as `added_by`. A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500); the
    emulator answers
    400 instead.

    The prose documentation shows integer `subscriber_id`, an `added_by` name string and empty `fields`;
    the server sends numeric strings, an author object and the note form.

    Args:
        id (int):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoteIndexResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        search=search,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> NoteIndexResponse | WpError | None:
    """List a contact's notes

     Returns the notes kept on a contact, newest first, 15 to a page, together with the definition of the
    note form
    (`fields`). `search` keeps the notes whose title contains the text. A contact that does not exist
    (including id
    `0`) has no notes: the answer is an empty page, not 404.

    In the stored rows `subscriber_id`, `created_by` and `is_private` are numeric strings, and each row
    adds its
    author as `added_by`. A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500); the
    emulator answers
    400 instead.

    The prose documentation shows integer `subscriber_id`, an `added_by` name string and empty `fields`;
    the server sends numeric strings, an author object and the note form.

    Args:
        id (int):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoteIndexResponse | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        search=search,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> Response[NoteIndexResponse | WpError]:
    """List a contact's notes

     Returns the notes kept on a contact, newest first, 15 to a page, together with the definition of the
    note form
    (`fields`). `search` keeps the notes whose title contains the text. A contact that does not exist
    (including id
    `0`) has no notes: the answer is an empty page, not 404.

    In the stored rows `subscriber_id`, `created_by` and `is_private` are numeric strings, and each row
    adds its
    author as `added_by`. A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500); the
    emulator answers
    400 instead.

    The prose documentation shows integer `subscriber_id`, an `added_by` name string and empty `fields`;
    the server sends numeric strings, an author object and the note form.

    Args:
        id (int):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoteIndexResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        search=search,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
) -> NoteIndexResponse | WpError | None:
    """List a contact's notes

     Returns the notes kept on a contact, newest first, 15 to a page, together with the definition of the
    note form
    (`fields`). `search` keeps the notes whose title contains the text. A contact that does not exist
    (including id
    `0`) has no notes: the answer is an empty page, not 404.

    In the stored rows `subscriber_id`, `created_by` and `is_private` are numeric strings, and each row
    adds its
    author as `added_by`. A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500); the
    emulator answers
    400 instead.

    The prose documentation shows integer `subscriber_id`, an `added_by` name string and empty `fields`;
    the server sends numeric strings, an author object and the note form.

    Args:
        id (int):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoteIndexResponse | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            search=search,
            page=page,
            per_page=per_page,
        )
    ).parsed
