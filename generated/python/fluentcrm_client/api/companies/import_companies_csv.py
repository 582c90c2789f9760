from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_csv_import_input import CompanyCsvImportInput
from ...models.company_csv_import_response import CompanyCsvImportResponse
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: CompanyCsvImportInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies/csv-import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyCsvImportResponse | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = CompanyCsvImportResponse.from_dict(response.json())

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
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyCsvImportResponse | MessageError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyCsvImportInput,
) -> Response[CompanyCsvImportResponse | MessageError | WpError]:
    """Import a page of companies from an uploaded CSV

     Imports the next page of a CSV file uploaded before through the CSV upload route, mapping its
    columns with
    `map`. The answer reports the progress. Without an uploaded `file` FluentCRM answers 422 with the
    message of the
    exception it hit. The emulator keeps no uploaded files, so it always answers that 422.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyCsvImportInput): One page of a company import from a CSV file that was
            uploaded before (the upload route answers with the stored
            file name). `map` pairs CSV columns with company columns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCsvImportResponse | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyCsvImportInput,
) -> CompanyCsvImportResponse | MessageError | WpError | None:
    """Import a page of companies from an uploaded CSV

     Imports the next page of a CSV file uploaded before through the CSV upload route, mapping its
    columns with
    `map`. The answer reports the progress. Without an uploaded `file` FluentCRM answers 422 with the
    message of the
    exception it hit. The emulator keeps no uploaded files, so it always answers that 422.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyCsvImportInput): One page of a company import from a CSV file that was
            uploaded before (the upload route answers with the stored
            file name). `map` pairs CSV columns with company columns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCsvImportResponse | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyCsvImportInput,
) -> Response[CompanyCsvImportResponse | MessageError | WpError]:
    """Import a page of companies from an uploaded CSV

     Imports the next page of a CSV file uploaded before through the CSV upload route, mapping its
    columns with
    `map`. The answer reports the progress. Without an uploaded `file` FluentCRM answers 422 with the
    message of the
    exception it hit. The emulator keeps no uploaded files, so it always answers that 422.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyCsvImportInput): One page of a company import from a CSV file that was
            uploaded before (the upload route answers with the stored
            file name). `map` pairs CSV columns with company columns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyCsvImportResponse | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyCsvImportInput,
) -> CompanyCsvImportResponse | MessageError | WpError | None:
    """Import a page of companies from an uploaded CSV

     Imports the next page of a CSV file uploaded before through the CSV upload route, mapping its
    columns with
    `map`. The answer reports the progress. Without an uploaded `file` FluentCRM answers 422 with the
    message of the
    exception it hit. The emulator keeps no uploaded files, so it always answers that 422.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyCsvImportInput): One page of a company import from a CSV file that was
            uploaded before (the upload route answers with the stored
            file name). `map` pairs CSV columns with company columns.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyCsvImportResponse | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
