from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_notes_response import CompanyNotesResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{id}/notes".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyNotesResponse | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyNotesResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyNotesResponse | WpError]:
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
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> Response[CompanyNotesResponse | WpError]:
    """List a company's notes

     Returns one page of the company's notes, newest first, each with its author (`added_by`), and the
    note form
    (`fields`, whose `type` options are the note types). `search` filters by title. An unknown company
    id gives an
    empty page, not 404.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyNotesResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        per_page=per_page,
        page=page,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> CompanyNotesResponse | WpError | None:
    """List a company's notes

     Returns one page of the company's notes, newest first, each with its author (`added_by`), and the
    note form
    (`fields`, whose `type` options are the note types). `search` filters by title. An unknown company
    id gives an
    empty page, not 404.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyNotesResponse | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        per_page=per_page,
        page=page,
        search=search,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> Response[CompanyNotesResponse | WpError]:
    """List a company's notes

     Returns one page of the company's notes, newest first, each with its author (`added_by`), and the
    note form
    (`fields`, whose `type` options are the note types). `search` filters by title. An unknown company
    id gives an
    empty page, not 404.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyNotesResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        per_page=per_page,
        page=page,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 15,
    page: int | Unset = 1,
    search: str | Unset = UNSET,
) -> CompanyNotesResponse | WpError | None:
    """List a company's notes

     Returns one page of the company's notes, newest first, each with its author (`added_by`), and the
    note form
    (`fields`, whose `type` options are the note types). `search` filters by title. An unknown company
    id gives an
    empty page, not 404.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        per_page (int | Unset):  Default: 15.
        page (int | Unset):  Default: 1.
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyNotesResponse | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            per_page=per_page,
            page=page,
            search=search,
        )
    ).parsed
