from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form_submissions_response import FormSubmissionsResponse
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    provider: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["provider"] = provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribers/{id}/form-submissions".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FormSubmissionsResponse | WpError | None:
    if response.status_code == 200:
        response_200 = FormSubmissionsResponse.from_dict(response.json())

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
) -> Response[FormSubmissionsResponse | WpError]:
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
    provider: str | Unset = UNSET,
) -> Response[FormSubmissionsResponse | WpError]:
    """Get a contact's form submissions

     Returns the form entries a contact made, as reported by the form integration named in `provider`
    (such as
    `fluentform`). Without that plugin the list is empty and `total` is `0`. The contact is not checked:
    an unknown
    id (or `0`) gets the same empty answer.

    The prose documentation lists a 404 for a missing contact; the server answers 200 with an empty list
    for any id.

    Args:
        id (int):
        provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormSubmissionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
) -> FormSubmissionsResponse | WpError | None:
    """Get a contact's form submissions

     Returns the form entries a contact made, as reported by the form integration named in `provider`
    (such as
    `fluentform`). Without that plugin the list is empty and `total` is `0`. The contact is not checked:
    an unknown
    id (or `0`) gets the same empty answer.

    The prose documentation lists a 404 for a missing contact; the server answers 200 with an empty list
    for any id.

    Args:
        id (int):
        provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormSubmissionsResponse | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
) -> Response[FormSubmissionsResponse | WpError]:
    """Get a contact's form submissions

     Returns the form entries a contact made, as reported by the form integration named in `provider`
    (such as
    `fluentform`). Without that plugin the list is empty and `total` is `0`. The contact is not checked:
    an unknown
    id (or `0`) gets the same empty answer.

    The prose documentation lists a 404 for a missing contact; the server answers 200 with an empty list
    for any id.

    Args:
        id (int):
        provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormSubmissionsResponse | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    provider: str | Unset = UNSET,
) -> FormSubmissionsResponse | WpError | None:
    """Get a contact's form submissions

     Returns the form entries a contact made, as reported by the form integration named in `provider`
    (such as
    `fluentform`). Without that plugin the list is empty and `total` is `0`. The contact is not checked:
    an unknown
    id (or `0`) gets the same empty answer.

    The prose documentation lists a 404 for a missing contact; the server answers 200 with an empty list
    for any id.

    Args:
        id (int):
        provider (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormSubmissionsResponse | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            provider=provider,
        )
    ).parsed
