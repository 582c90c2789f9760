from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tag_create_response import TagCreateResponse
from ...models.tag_input import TagInput
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TagInput | TagInput | Unset = UNSET,
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
        "url": "/tags",
        "params": params,
    }

    if isinstance(body, TagInput):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, TagInput):
        if not isinstance(body, Unset):
            _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TagCreateResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = TagCreateResponse.from_dict(response.json())

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
) -> Response[TagCreateResponse | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TagInput | TagInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[TagCreateResponse | ValidationErrors | WpError]:
    """Create a tag

     Creates a tag. `title` is required; `slug` is derived from the title when left out. A slug that is
    sent is stored
    verbatim: unlike list slugs, tag slugs are not sanitised, so `My Spacey Slug` stays as it is. The
    fields can be
    sent as query parameters (the style of the prose documentation), as a form body or as a JSON body.

    The new tag is returned twice, under `lists` (the key really is `lists`) and under `item`, next to
    `message` and
    `__bench`. The prose documentation shows only `lists` and `message`. Use `lists.id` (or `item.id`)
    for the other
    `/tags/{id}` operations.

    Args:
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as
            query parameters, a form body or a JSON body.
        body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as
            query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagCreateResponse | ValidationErrors | WpError]
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
    body: TagInput | TagInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> TagCreateResponse | ValidationErrors | WpError | None:
    """Create a tag

     Creates a tag. `title` is required; `slug` is derived from the title when left out. A slug that is
    sent is stored
    verbatim: unlike list slugs, tag slugs are not sanitised, so `My Spacey Slug` stays as it is. The
    fields can be
    sent as query parameters (the style of the prose documentation), as a form body or as a JSON body.

    The new tag is returned twice, under `lists` (the key really is `lists`) and under `item`, next to
    `message` and
    `__bench`. The prose documentation shows only `lists` and `message`. Use `lists.id` (or `item.id`)
    for the other
    `/tags/{id}` operations.

    Args:
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as
            query parameters, a form body or a JSON body.
        body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as
            query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagCreateResponse | ValidationErrors | WpError
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
    body: TagInput | TagInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[TagCreateResponse | ValidationErrors | WpError]:
    """Create a tag

     Creates a tag. `title` is required; `slug` is derived from the title when left out. A slug that is
    sent is stored
    verbatim: unlike list slugs, tag slugs are not sanitised, so `My Spacey Slug` stays as it is. The
    fields can be
    sent as query parameters (the style of the prose documentation), as a form body or as a JSON body.

    The new tag is returned twice, under `lists` (the key really is `lists`) and under `item`, next to
    `message` and
    `__bench`. The prose documentation shows only `lists` and `message`. Use `lists.id` (or `item.id`)
    for the other
    `/tags/{id}` operations.

    Args:
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as
            query parameters, a form body or a JSON body.
        body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as
            query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagCreateResponse | ValidationErrors | WpError]
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
    body: TagInput | TagInput | Unset = UNSET,
    title: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> TagCreateResponse | ValidationErrors | WpError | None:
    """Create a tag

     Creates a tag. `title` is required; `slug` is derived from the title when left out. A slug that is
    sent is stored
    verbatim: unlike list slugs, tag slugs are not sanitised, so `My Spacey Slug` stays as it is. The
    fields can be
    sent as query parameters (the style of the prose documentation), as a form body or as a JSON body.

    The new tag is returned twice, under `lists` (the key really is `lists`) and under `item`, next to
    `message` and
    `__bench`. The prose documentation shows only `lists` and `message`. Use `lists.id` (or `item.id`)
    for the other
    `/tags/{id}` operations.

    Args:
        title (str | Unset):
        slug (str | Unset):
        description (str | Unset):
        body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as
            query parameters, a form body or a JSON body.
        body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as
            query parameters, a form body or a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagCreateResponse | ValidationErrors | WpError
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
