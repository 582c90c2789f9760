from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_find_response import CompanyFindResponse
from ...models.get_company_find_by import GetCompanyFindBy
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    find_by: GetCompanyFindBy | Unset = UNSET,
    find_by_value: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_find_by: str | Unset = UNSET
    if not isinstance(find_by, Unset):
        json_find_by = find_by

    params["find_by"] = json_find_by

    params["find_by_value"] = find_by_value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyFindResponse | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyFindResponse.from_dict(response.json())

        return response_200

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

    if response.status_code == 500:
        response_500 = WpError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyFindResponse | MessageError | WpError | WpError]:
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
    find_by: GetCompanyFindBy | Unset = UNSET,
    find_by_value: str | Unset = UNSET,
) -> Response[CompanyFindResponse | MessageError | WpError | WpError]:
    """Get one company

     Returns the company under `company`, with `contacts_count` and its owner contact, who here also
    carries e-mail
    `stats`. An unknown id gives 404.

    The controller also offers a lookup by column (`find_by=name|email|phone&find_by_value=...`), but in
    FluentCRM
    2.9.84 it always crashes with a 500; an id of 0 crashes as well (an HTML error page). The emulator
    does the
    lookup (404 `Company not found` when nothing matches) and answers 404 for id 0.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        find_by (GetCompanyFindBy | Unset):
        find_by_value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyFindResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        find_by=find_by,
        find_by_value=find_by_value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    find_by: GetCompanyFindBy | Unset = UNSET,
    find_by_value: str | Unset = UNSET,
) -> CompanyFindResponse | MessageError | WpError | WpError | None:
    """Get one company

     Returns the company under `company`, with `contacts_count` and its owner contact, who here also
    carries e-mail
    `stats`. An unknown id gives 404.

    The controller also offers a lookup by column (`find_by=name|email|phone&find_by_value=...`), but in
    FluentCRM
    2.9.84 it always crashes with a 500; an id of 0 crashes as well (an HTML error page). The emulator
    does the
    lookup (404 `Company not found` when nothing matches) and answers 404 for id 0.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        find_by (GetCompanyFindBy | Unset):
        find_by_value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyFindResponse | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        find_by=find_by,
        find_by_value=find_by_value,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    find_by: GetCompanyFindBy | Unset = UNSET,
    find_by_value: str | Unset = UNSET,
) -> Response[CompanyFindResponse | MessageError | WpError | WpError]:
    """Get one company

     Returns the company under `company`, with `contacts_count` and its owner contact, who here also
    carries e-mail
    `stats`. An unknown id gives 404.

    The controller also offers a lookup by column (`find_by=name|email|phone&find_by_value=...`), but in
    FluentCRM
    2.9.84 it always crashes with a 500; an id of 0 crashes as well (an HTML error page). The emulator
    does the
    lookup (404 `Company not found` when nothing matches) and answers 404 for id 0.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        find_by (GetCompanyFindBy | Unset):
        find_by_value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyFindResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        find_by=find_by,
        find_by_value=find_by_value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    find_by: GetCompanyFindBy | Unset = UNSET,
    find_by_value: str | Unset = UNSET,
) -> CompanyFindResponse | MessageError | WpError | WpError | None:
    """Get one company

     Returns the company under `company`, with `contacts_count` and its owner contact, who here also
    carries e-mail
    `stats`. An unknown id gives 404.

    The controller also offers a lookup by column (`find_by=name|email|phone&find_by_value=...`), but in
    FluentCRM
    2.9.84 it always crashes with a 500; an id of 0 crashes as well (an HTML error page). The emulator
    does the
    lookup (404 `Company not found` when nothing matches) and answers 404 for id 0.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        find_by (GetCompanyFindBy | Unset):
        find_by_value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyFindResponse | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            find_by=find_by,
            find_by_value=find_by_value,
        )
    ).parsed
