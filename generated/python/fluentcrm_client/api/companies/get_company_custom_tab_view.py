from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_tab_view import CompanyTabView
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    section_provider: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["section_provider"] = section_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{id}/custom_tab_view".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyTabView | MessageError | WpError | WpError | str | None:
    if response.status_code == 200:
        response_200 = CompanyTabView.from_dict(response.json())

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
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyTabView | MessageError | WpError | WpError | str]:
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
    section_provider: str | Unset = UNSET,
) -> Response[CompanyTabView | MessageError | WpError | WpError | str]:
    """Get a custom tab of a company profile

     Returns the heading and HTML a plugin provides for the company-profile tab `section_provider`. With
    no plugin
    answering, both are empty strings. The company must exist (404); id 0 crashes FluentCRM 2.9.84 with
    an HTML
    error page.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        section_provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyTabView | MessageError | WpError | WpError | str]
    """

    kwargs = _get_kwargs(
        id=id,
        section_provider=section_provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    section_provider: str | Unset = UNSET,
) -> CompanyTabView | MessageError | WpError | WpError | str | None:
    """Get a custom tab of a company profile

     Returns the heading and HTML a plugin provides for the company-profile tab `section_provider`. With
    no plugin
    answering, both are empty strings. The company must exist (404); id 0 crashes FluentCRM 2.9.84 with
    an HTML
    error page.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        section_provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyTabView | MessageError | WpError | WpError | str
    """

    return sync_detailed(
        id=id,
        client=client,
        section_provider=section_provider,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    section_provider: str | Unset = UNSET,
) -> Response[CompanyTabView | MessageError | WpError | WpError | str]:
    """Get a custom tab of a company profile

     Returns the heading and HTML a plugin provides for the company-profile tab `section_provider`. With
    no plugin
    answering, both are empty strings. The company must exist (404); id 0 crashes FluentCRM 2.9.84 with
    an HTML
    error page.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        section_provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyTabView | MessageError | WpError | WpError | str]
    """

    kwargs = _get_kwargs(
        id=id,
        section_provider=section_provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    section_provider: str | Unset = UNSET,
) -> CompanyTabView | MessageError | WpError | WpError | str | None:
    """Get a custom tab of a company profile

     Returns the heading and HTML a plugin provides for the company-profile tab `section_provider`. With
    no plugin
    answering, both are empty strings. The company must exist (404); id 0 crashes FluentCRM 2.9.84 with
    an HTML
    error page.

    The prose documentation does not describe this operation.

    Args:
        id (int):
        section_provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyTabView | MessageError | WpError | WpError | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            section_provider=section_provider,
        )
    ).parsed
