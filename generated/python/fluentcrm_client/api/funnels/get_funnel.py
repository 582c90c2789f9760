from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.critical_error import CriticalError
from ...models.funnel_find_response import FunnelFindResponse
from ...models.get_funnel_with_item import GetFunnelWithItem
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    include: list[GetFunnelWithItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for with_item_data in include:
            with_item: str = with_item_data
            json_include.append(with_item)

    params["with[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/funnels/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CriticalError | FunnelFindResponse | MessageError | WpError | WpError | None:
    if response.status_code == 200:
        response_200 = FunnelFindResponse.from_dict(response.json())

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
        response_500 = CriticalError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CriticalError | FunnelFindResponse | MessageError | WpError | WpError]:
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
    include: list[GetFunnelWithItem] | Unset = UNSET,
) -> Response[CriticalError | FunnelFindResponse | MessageError | WpError | WpError]:
    """Get one funnel

     Returns the funnel in `funnel` with its description and trigger definition. Unlike the list,
    `settings` is always
    an object here (`{}` when empty). The trigger's editor may add trigger-specific keys and fill in
    default settings
    (a `user_register` funnel gets `settingsFields` and `conditionFields`). Options in `with[]`:
    `blocks` adds the
    catalogue of actions, benchmarks and conditions, `block_fields` their editor forms and
    `composer_context_codes`,
    `funnel_sequences` the funnel's steps. The catalogues are free-form editor data keyed by block name.

    The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server
    answers 404
    with FluentCRM's model message.

    The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server
    answers 404
    with FluentCRM's model message.

    Args:
        id (int):
        include (list[GetFunnelWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | FunnelFindResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetFunnelWithItem] | Unset = UNSET,
) -> CriticalError | FunnelFindResponse | MessageError | WpError | WpError | None:
    """Get one funnel

     Returns the funnel in `funnel` with its description and trigger definition. Unlike the list,
    `settings` is always
    an object here (`{}` when empty). The trigger's editor may add trigger-specific keys and fill in
    default settings
    (a `user_register` funnel gets `settingsFields` and `conditionFields`). Options in `with[]`:
    `blocks` adds the
    catalogue of actions, benchmarks and conditions, `block_fields` their editor forms and
    `composer_context_codes`,
    `funnel_sequences` the funnel's steps. The catalogues are free-form editor data keyed by block name.

    The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server
    answers 404
    with FluentCRM's model message.

    The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server
    answers 404
    with FluentCRM's model message.

    Args:
        id (int):
        include (list[GetFunnelWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | FunnelFindResponse | MessageError | WpError | WpError
    """

    return sync_detailed(
        id=id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetFunnelWithItem] | Unset = UNSET,
) -> Response[CriticalError | FunnelFindResponse | MessageError | WpError | WpError]:
    """Get one funnel

     Returns the funnel in `funnel` with its description and trigger definition. Unlike the list,
    `settings` is always
    an object here (`{}` when empty). The trigger's editor may add trigger-specific keys and fill in
    default settings
    (a `user_register` funnel gets `settingsFields` and `conditionFields`). Options in `with[]`:
    `blocks` adds the
    catalogue of actions, benchmarks and conditions, `block_fields` their editor forms and
    `composer_context_codes`,
    `funnel_sequences` the funnel's steps. The catalogues are free-form editor data keyed by block name.

    The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server
    answers 404
    with FluentCRM's model message.

    The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server
    answers 404
    with FluentCRM's model message.

    Args:
        id (int):
        include (list[GetFunnelWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CriticalError | FunnelFindResponse | MessageError | WpError | WpError]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    include: list[GetFunnelWithItem] | Unset = UNSET,
) -> CriticalError | FunnelFindResponse | MessageError | WpError | WpError | None:
    """Get one funnel

     Returns the funnel in `funnel` with its description and trigger definition. Unlike the list,
    `settings` is always
    an object here (`{}` when empty). The trigger's editor may add trigger-specific keys and fill in
    default settings
    (a `user_register` funnel gets `settingsFields` and `conditionFields`). Options in `with[]`:
    `blocks` adds the
    catalogue of actions, benchmarks and conditions, `block_fields` their editor forms and
    `composer_context_codes`,
    `funnel_sequences` the funnel's steps. The catalogues are free-form editor data keyed by block name.

    The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server
    answers 404
    with FluentCRM's model message.

    The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server
    answers 404
    with FluentCRM's model message.

    Args:
        id (int):
        include (list[GetFunnelWithItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CriticalError | FunnelFindResponse | MessageError | WpError | WpError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include=include,
        )
    ).parsed
