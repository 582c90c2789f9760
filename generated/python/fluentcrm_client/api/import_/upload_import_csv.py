from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.csv_upload_input import CsvUploadInput
from ...models.csv_upload_response import CsvUploadResponse
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...types import Response


def _get_kwargs(
    *,
    body: CsvUploadInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/import/csv-upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CsvUploadResponse | ValidationErrors | WpError | None:
    if response.status_code == 200:
        response_200 = CsvUploadResponse.from_dict(response.json())

        return response_200

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
) -> Response[CsvUploadResponse | ValidationErrors | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CsvUploadInput,
) -> Response[CsvUploadResponse | ValidationErrors | WpError]:
    """Stage a CSV file for import

     Stores a CSV file on the server and proposes a mapping of its columns, the first step of a CSV
    import. Pass the
    returned `file` and a (possibly edited) `map` to `POST /import/csv-import`. With `type=company` the
    columns are
    mapped to company fields instead (for the company import of the company module).

    A part that is not a CSV file (a name without a `.csv` or `.txt` extension, or binary content) is
    refused with
    422 `{"file": {"mimetypes": "The file must be a valid CSV."}}`. A request without a file is not
    refused: the
    answer is 200 with `file: null`, no headers and an empty map. The answer has no `__bench`.

    The prose documentation says: `file` is required. The server differs: Without a file the server
    answers 200
    with `file: null`, no headers and an empty map. The prose documentation says: A file that is not a
    CSV gives
    422 `{"message": "The file must be a valid CSV."}`. The server differs: The 422 body is a validation
    map:
    `{"file": {"mimetypes": "The file must be a valid CSV."}}`.

    Args:
        body (CsvUploadInput): The CSV file to stage for an import, as `multipart/form-data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CsvUploadResponse | ValidationErrors | WpError]
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
    body: CsvUploadInput,
) -> CsvUploadResponse | ValidationErrors | WpError | None:
    """Stage a CSV file for import

     Stores a CSV file on the server and proposes a mapping of its columns, the first step of a CSV
    import. Pass the
    returned `file` and a (possibly edited) `map` to `POST /import/csv-import`. With `type=company` the
    columns are
    mapped to company fields instead (for the company import of the company module).

    A part that is not a CSV file (a name without a `.csv` or `.txt` extension, or binary content) is
    refused with
    422 `{"file": {"mimetypes": "The file must be a valid CSV."}}`. A request without a file is not
    refused: the
    answer is 200 with `file: null`, no headers and an empty map. The answer has no `__bench`.

    The prose documentation says: `file` is required. The server differs: Without a file the server
    answers 200
    with `file: null`, no headers and an empty map. The prose documentation says: A file that is not a
    CSV gives
    422 `{"message": "The file must be a valid CSV."}`. The server differs: The 422 body is a validation
    map:
    `{"file": {"mimetypes": "The file must be a valid CSV."}}`.

    Args:
        body (CsvUploadInput): The CSV file to stage for an import, as `multipart/form-data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CsvUploadResponse | ValidationErrors | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CsvUploadInput,
) -> Response[CsvUploadResponse | ValidationErrors | WpError]:
    """Stage a CSV file for import

     Stores a CSV file on the server and proposes a mapping of its columns, the first step of a CSV
    import. Pass the
    returned `file` and a (possibly edited) `map` to `POST /import/csv-import`. With `type=company` the
    columns are
    mapped to company fields instead (for the company import of the company module).

    A part that is not a CSV file (a name without a `.csv` or `.txt` extension, or binary content) is
    refused with
    422 `{"file": {"mimetypes": "The file must be a valid CSV."}}`. A request without a file is not
    refused: the
    answer is 200 with `file: null`, no headers and an empty map. The answer has no `__bench`.

    The prose documentation says: `file` is required. The server differs: Without a file the server
    answers 200
    with `file: null`, no headers and an empty map. The prose documentation says: A file that is not a
    CSV gives
    422 `{"message": "The file must be a valid CSV."}`. The server differs: The 422 body is a validation
    map:
    `{"file": {"mimetypes": "The file must be a valid CSV."}}`.

    Args:
        body (CsvUploadInput): The CSV file to stage for an import, as `multipart/form-data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CsvUploadResponse | ValidationErrors | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CsvUploadInput,
) -> CsvUploadResponse | ValidationErrors | WpError | None:
    """Stage a CSV file for import

     Stores a CSV file on the server and proposes a mapping of its columns, the first step of a CSV
    import. Pass the
    returned `file` and a (possibly edited) `map` to `POST /import/csv-import`. With `type=company` the
    columns are
    mapped to company fields instead (for the company import of the company module).

    A part that is not a CSV file (a name without a `.csv` or `.txt` extension, or binary content) is
    refused with
    422 `{"file": {"mimetypes": "The file must be a valid CSV."}}`. A request without a file is not
    refused: the
    answer is 200 with `file: null`, no headers and an empty map. The answer has no `__bench`.

    The prose documentation says: `file` is required. The server differs: Without a file the server
    answers 200
    with `file: null`, no headers and an empty map. The prose documentation says: A file that is not a
    CSV gives
    422 `{"message": "The file must be a valid CSV."}`. The server differs: The 422 body is a validation
    map:
    `{"file": {"mimetypes": "The file must be a valid CSV."}}`.

    Args:
        body (CsvUploadInput): The CSV file to stage for an import, as `multipart/form-data`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CsvUploadResponse | ValidationErrors | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
