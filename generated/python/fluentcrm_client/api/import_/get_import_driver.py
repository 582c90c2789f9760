from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.user_import_driver import UserImportDriver
from ...models.user_import_summary import UserImportSummary
from ...models.wp_error import WpError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    driver: str,
    *,
    summary: str | Unset = UNSET,
    configroles: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["summary"] = summary

    json_configroles: list[str] | Unset = UNSET
    if not isinstance(configroles, Unset):
        json_configroles = configroles

    params["config[roles][]"] = json_configroles

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/import/drivers/{driver}".format(
            driver=quote(str(driver), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | UserImportDriver | UserImportSummary | WpError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> UserImportDriver | UserImportSummary:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UserImportDriver.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = UserImportSummary.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | UserImportDriver | UserImportSummary | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    driver: str,
    *,
    client: AuthenticatedClient | Client,
    summary: str | Unset = UNSET,
    configroles: list[str] | Unset = UNSET,
) -> Response[MessageError | UserImportDriver | UserImportSummary | WpError]:
    """An import source's form, or a preview

     For `users`, returns the form of the WordPress-user import (the roles to choose from and the
    wizard's button
    labels), or, with `summary=1`, a preview: up to five users with the roles in `config[roles][]`
    (every role when
    none is given) and their total, without `__bench`. Any other driver, `csv` included, gives 422
    `Sorry no driver
    found for this import` on the free plugin.

    The prose documentation says: `csv` is an example of a driver this route serves. The server differs:
    `csv`
    gives 422 `Sorry no driver found for this import`; only `users` is served.

    Args:
        driver (str):
        summary (str | Unset):
        configroles (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | UserImportDriver | UserImportSummary | WpError]
    """

    kwargs = _get_kwargs(
        driver=driver,
        summary=summary,
        configroles=configroles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    driver: str,
    *,
    client: AuthenticatedClient | Client,
    summary: str | Unset = UNSET,
    configroles: list[str] | Unset = UNSET,
) -> MessageError | UserImportDriver | UserImportSummary | WpError | None:
    """An import source's form, or a preview

     For `users`, returns the form of the WordPress-user import (the roles to choose from and the
    wizard's button
    labels), or, with `summary=1`, a preview: up to five users with the roles in `config[roles][]`
    (every role when
    none is given) and their total, without `__bench`. Any other driver, `csv` included, gives 422
    `Sorry no driver
    found for this import` on the free plugin.

    The prose documentation says: `csv` is an example of a driver this route serves. The server differs:
    `csv`
    gives 422 `Sorry no driver found for this import`; only `users` is served.

    Args:
        driver (str):
        summary (str | Unset):
        configroles (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | UserImportDriver | UserImportSummary | WpError
    """

    return sync_detailed(
        driver=driver,
        client=client,
        summary=summary,
        configroles=configroles,
    ).parsed


async def asyncio_detailed(
    driver: str,
    *,
    client: AuthenticatedClient | Client,
    summary: str | Unset = UNSET,
    configroles: list[str] | Unset = UNSET,
) -> Response[MessageError | UserImportDriver | UserImportSummary | WpError]:
    """An import source's form, or a preview

     For `users`, returns the form of the WordPress-user import (the roles to choose from and the
    wizard's button
    labels), or, with `summary=1`, a preview: up to five users with the roles in `config[roles][]`
    (every role when
    none is given) and their total, without `__bench`. Any other driver, `csv` included, gives 422
    `Sorry no driver
    found for this import` on the free plugin.

    The prose documentation says: `csv` is an example of a driver this route serves. The server differs:
    `csv`
    gives 422 `Sorry no driver found for this import`; only `users` is served.

    Args:
        driver (str):
        summary (str | Unset):
        configroles (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | UserImportDriver | UserImportSummary | WpError]
    """

    kwargs = _get_kwargs(
        driver=driver,
        summary=summary,
        configroles=configroles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    driver: str,
    *,
    client: AuthenticatedClient | Client,
    summary: str | Unset = UNSET,
    configroles: list[str] | Unset = UNSET,
) -> MessageError | UserImportDriver | UserImportSummary | WpError | None:
    """An import source's form, or a preview

     For `users`, returns the form of the WordPress-user import (the roles to choose from and the
    wizard's button
    labels), or, with `summary=1`, a preview: up to five users with the roles in `config[roles][]`
    (every role when
    none is given) and their total, without `__bench`. Any other driver, `csv` included, gives 422
    `Sorry no driver
    found for this import` on the free plugin.

    The prose documentation says: `csv` is an example of a driver this route serves. The server differs:
    `csv`
    gives 422 `Sorry no driver found for this import`; only `users` is served.

    Args:
        driver (str):
        summary (str | Unset):
        configroles (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | UserImportDriver | UserImportSummary | WpError
    """

    return (
        await asyncio_detailed(
            driver=driver,
            client=client,
            summary=summary,
            configroles=configroles,
        )
    ).parsed
