from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_template_response_200 import GetTemplateResponse200
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTemplateResponse200 | WpError | None:
    if response.status_code == 200:
        response_200 = GetTemplateResponse200.from_dict(response.json())

        return response_200

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
) -> Response[GetTemplateResponse200 | WpError]:
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
) -> Response[GetTemplateResponse200 | WpError]:
    """Get an e-mail template

     The editable content of a template (without its id). For an id that names no template the answer is
    still 200, with a blank template: empty title and body, `design_template` `simple` and the default
    design settings. The prose documentation differs: a template by id. An unknown id answers 200 with a
    blank default template, not 404. (See `x-doc-differences` for the rest.)

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTemplateResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> GetTemplateResponse200 | WpError | None:
    """Get an e-mail template

     The editable content of a template (without its id). For an id that names no template the answer is
    still 200, with a blank template: empty title and body, `design_template` `simple` and the default
    design settings. The prose documentation differs: a template by id. An unknown id answers 200 with a
    blank default template, not 404. (See `x-doc-differences` for the rest.)

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTemplateResponse200 | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetTemplateResponse200 | WpError]:
    """Get an e-mail template

     The editable content of a template (without its id). For an id that names no template the answer is
    still 200, with a blank template: empty title and body, `design_template` `simple` and the default
    design settings. The prose documentation differs: a template by id. An unknown id answers 200 with a
    blank default template, not 404. (See `x-doc-differences` for the rest.)

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTemplateResponse200 | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> GetTemplateResponse200 | WpError | None:
    """Get an e-mail template

     The editable content of a template (without its id). For an id that names no template the answer is
    still 200, with a blank template: empty title and body, `design_template` `simple` and the default
    design settings. The prose documentation differs: a template by id. An unknown id answers 200 with a
    blank default template, not 404. (See `x-doc-differences` for the rest.)

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTemplateResponse200 | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
