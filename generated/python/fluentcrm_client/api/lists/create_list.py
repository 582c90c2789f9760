from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_create_response import ListCreateResponse
from ...models.list_input import ListInput
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["title"] = title

    params["slug"] = slug

    params["description"] = description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists",
        "params": params,
    }

    if isinstance(body, ListInput):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ListInput):
        if not isinstance(body, Unset):
            _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListCreateResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = ListCreateResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ValidationErrors.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListCreateResponse | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[ListCreateResponse | ValidationErrors | WpError]:
    """Create a contact list

     Creates a list. `title` is required; `slug` is derived from the title when left out, and is always
    sanitised
    (lower-case, spaces turned into hyphens). The fields can be sent as query parameters (the style of
    the prose
    documentation), as a form body or as a JSON body.

    The new list is returned twice, under `lists` and under `item`. The prose documentation shows only
    `lists`.
    Use `lists.id` for the other `/lists/{id}` operations.

    Args:
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCreateResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
        title=title,
        slug=slug,
        description=description,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> ListCreateResponse | ValidationErrors | WpError | None:
    """Create a contact list

     Creates a list. `title` is required; `slug` is derived from the title when left out, and is always
    sanitised
    (lower-case, spaces turned into hyphens). The fields can be sent as query parameters (the style of
    the prose
    documentation), as a form body or as a JSON body.

    The new list is returned twice, under `lists` and under `item`. The prose documentation shows only
    `lists`.
    Use `lists.id` for the other `/lists/{id}` operations.

    Args:
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCreateResponse | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
        title=title,
        slug=slug,
        description=description,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[ListCreateResponse | ValidationErrors | WpError]:
    """Create a contact list

     Creates a list. `title` is required; `slug` is derived from the title when left out, and is always
    sanitised
    (lower-case, spaces turned into hyphens). The fields can be sent as query parameters (the style of
    the prose
    documentation), as a form body or as a JSON body.

    The new list is returned twice, under `lists` and under `item`. The prose documentation shows only
    `lists`.
    Use `lists.id` for the other `/lists/{id}` operations.

    Args:
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListCreateResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
        title=title,
        slug=slug,
        description=description,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListInput | ListInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> ListCreateResponse | ValidationErrors | WpError | None:
    """Create a contact list

     Creates a list. `title` is required; `slug` is derived from the title when left out, and is always
    sanitised
    (lower-case, spaces turned into hyphens). The fields can be sent as query parameters (the style of
    the prose
    documentation), as a form body or as a JSON body.

    The new list is returned twice, under `lists` and under `item`. The prose documentation shows only
    `lists`.
    Use `lists.id` for the other `/lists/{id}` operations.

    Args:
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.
        body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent
            as query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListCreateResponse | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            title=title,
            slug=slug,
            description=description,
        )
    ).parsed
