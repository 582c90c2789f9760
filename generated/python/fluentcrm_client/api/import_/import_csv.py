from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.csv_import_input import CsvImportInput
from ...models.csv_import_response import CsvImportResponse
from ...models.import_csv_response_422_object import ImportCsvResponse422Object
from ...models.message_error import MessageError
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: CsvImportInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/csv-import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError | None:
    if response.status_code == 200:
        response_200 = CsvImportResponse.from_dict(response.json())

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

        def _parse_response_422(data: object) -> ImportCsvResponse422Object | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = MessageError.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_response_422_object = ImportCsvResponse422Object.from_dict(data)

            return response_422_response_422_object

        response_422 = _parse_response_422(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CsvImportInput,
) -> Response[CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError]:
    """Import contacts from a staged CSV file

     Imports one page (500 rows) of a file staged with `POST /import/csv-upload`, mapping columns as
    `map` says.
    Rows with an invalid e-mail are reported in `invalid_contacts`, and a repeated e-mail is dropped
    silently. A
    contact whose e-mail already exists is updated only with `update: true` (the string `"yes"` does not
    update). Call again with the next `importing_page` while `has_more` is true; once the
    last page is done the server deletes the staged file, so importing it again fails.

    Errors: a missing `file` gives 422 `The array can not be empty`; a `file` that is not staged (or was
    already
    imported) and a `map` that is not a list give 422 `Expected data must be a string or stringable`; a
    `map`
    without an `email` column gives 422 `{"email": "The email field is required."}`.

    The prose documentation says: Records are processed 100 per request. The server differs: A page
    holds 500
    rows (`total_page` counts pages of 500). The prose documentation says: A missing `email` mapping
    gives 422
    `{"message": "The email field is required."}`. The server differs: The body is `{"email": "The email
    field
    is required."}`.

    Args:
        body (CsvImportInput): Import one page (500 rows) of a staged CSV file. Repeat with
            `importing_page` increased while `has_more` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError]
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
    body: CsvImportInput,
) -> CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError | None:
    """Import contacts from a staged CSV file

     Imports one page (500 rows) of a file staged with `POST /import/csv-upload`, mapping columns as
    `map` says.
    Rows with an invalid e-mail are reported in `invalid_contacts`, and a repeated e-mail is dropped
    silently. A
    contact whose e-mail already exists is updated only with `update: true` (the string `"yes"` does not
    update). Call again with the next `importing_page` while `has_more` is true; once the
    last page is done the server deletes the staged file, so importing it again fails.

    Errors: a missing `file` gives 422 `The array can not be empty`; a `file` that is not staged (or was
    already
    imported) and a `map` that is not a list give 422 `Expected data must be a string or stringable`; a
    `map`
    without an `email` column gives 422 `{"email": "The email field is required."}`.

    The prose documentation says: Records are processed 100 per request. The server differs: A page
    holds 500
    rows (`total_page` counts pages of 500). The prose documentation says: A missing `email` mapping
    gives 422
    `{"message": "The email field is required."}`. The server differs: The body is `{"email": "The email
    field
    is required."}`.

    Args:
        body (CsvImportInput): Import one page (500 rows) of a staged CSV file. Repeat with
            `importing_page` increased while `has_more` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CsvImportInput,
) -> Response[CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError]:
    """Import contacts from a staged CSV file

     Imports one page (500 rows) of a file staged with `POST /import/csv-upload`, mapping columns as
    `map` says.
    Rows with an invalid e-mail are reported in `invalid_contacts`, and a repeated e-mail is dropped
    silently. A
    contact whose e-mail already exists is updated only with `update: true` (the string `"yes"` does not
    update). Call again with the next `importing_page` while `has_more` is true; once the
    last page is done the server deletes the staged file, so importing it again fails.

    Errors: a missing `file` gives 422 `The array can not be empty`; a `file` that is not staged (or was
    already
    imported) and a `map` that is not a list give 422 `Expected data must be a string or stringable`; a
    `map`
    without an `email` column gives 422 `{"email": "The email field is required."}`.

    The prose documentation says: Records are processed 100 per request. The server differs: A page
    holds 500
    rows (`total_page` counts pages of 500). The prose documentation says: A missing `email` mapping
    gives 422
    `{"message": "The email field is required."}`. The server differs: The body is `{"email": "The email
    field
    is required."}`.

    Args:
        body (CsvImportInput): Import one page (500 rows) of a staged CSV file. Repeat with
            `importing_page` increased while `has_more` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CsvImportInput,
) -> CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError | None:
    """Import contacts from a staged CSV file

     Imports one page (500 rows) of a file staged with `POST /import/csv-upload`, mapping columns as
    `map` says.
    Rows with an invalid e-mail are reported in `invalid_contacts`, and a repeated e-mail is dropped
    silently. A
    contact whose e-mail already exists is updated only with `update: true` (the string `"yes"` does not
    update). Call again with the next `importing_page` while `has_more` is true; once the
    last page is done the server deletes the staged file, so importing it again fails.

    Errors: a missing `file` gives 422 `The array can not be empty`; a `file` that is not staged (or was
    already
    imported) and a `map` that is not a list give 422 `Expected data must be a string or stringable`; a
    `map`
    without an `email` column gives 422 `{"email": "The email field is required."}`.

    The prose documentation says: Records are processed 100 per request. The server differs: A page
    holds 500
    rows (`total_page` counts pages of 500). The prose documentation says: A missing `email` mapping
    gives 422
    `{"message": "The email field is required."}`. The server differs: The body is `{"email": "The email
    field
    is required."}`.

    Args:
        body (CsvImportInput): Import one page (500 rows) of a staged CSV file. Repeat with
            `importing_page` increased while `has_more` is true.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CsvImportResponse | ImportCsvResponse422Object | MessageError | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
