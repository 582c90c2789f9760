from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_property_form_input import CompanyPropertyFormInput
from ...models.company_property_input import CompanyPropertyInput
from ...models.message_error import MessageError
from ...models.message_with_bench import MessageWithBench
from ...models.validation_errors import ValidationErrors
from ...models.wp_error import WpError
from ...php_form import php_form_fields
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompanyPropertyInput | CompanyPropertyFormInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/companies-property",
    }

    if isinstance(body, CompanyPropertyInput):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CompanyPropertyFormInput):
        _kwargs["data"] = php_form_fields(body.to_dict())
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | ValidationErrors | MessageWithBench | WpError | None:
    if response.status_code == 200:
        response_200 = MessageWithBench.from_dict(response.json())

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

        def _parse_response_422(data: object) -> MessageError | ValidationErrors:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrors.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = MessageError.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | ValidationErrors | MessageWithBench | WpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyPropertyInput | CompanyPropertyFormInput | Unset = UNSET,
) -> Response[MessageError | ValidationErrors | MessageWithBench | WpError]:
    """Set one property on several companies

     Sets `type`, `logo` or `owner_id` to `value` on every company of `companies` (ids that match no
    company are
    skipped). A `type` must be one of the company types. `refetch_logo` downloads the logo from the
    first company's
    website; the emulator never makes outgoing requests and answers that it found no logo.

    Validation names the fields `column`, `value` and `company_ids`, although the request sends
    `property`,
    `value` and `companies`. Other refusals are 422 `{"message"}`.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyPropertyInput): One property to set on several companies. `property` must be
            `type`, `logo`, `owner_id` or `refetch_logo`; for
            `type` the value must be one of the company types. `refetch_logo` fetches the logo from
            the first company's
            website (an outgoing request from the server) and stops there.
        body (CompanyPropertyFormInput): The form-encoded equivalent of `CompanyPropertyInput`,
            `companies[]` repeated.
            One property to set on several companies. `property` must be `type`, `logo`, `owner_id` or
            `refetch_logo`; for
            `type` the value must be one of the company types. `refetch_logo` fetches the logo from
            the first company's
            website (an outgoing request from the server) and stops there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | MessageWithBench | WpError]
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
    body: CompanyPropertyInput | CompanyPropertyFormInput | Unset = UNSET,
) -> MessageError | ValidationErrors | MessageWithBench | WpError | None:
    """Set one property on several companies

     Sets `type`, `logo` or `owner_id` to `value` on every company of `companies` (ids that match no
    company are
    skipped). A `type` must be one of the company types. `refetch_logo` downloads the logo from the
    first company's
    website; the emulator never makes outgoing requests and answers that it found no logo.

    Validation names the fields `column`, `value` and `company_ids`, although the request sends
    `property`,
    `value` and `companies`. Other refusals are 422 `{"message"}`.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyPropertyInput): One property to set on several companies. `property` must be
            `type`, `logo`, `owner_id` or `refetch_logo`; for
            `type` the value must be one of the company types. `refetch_logo` fetches the logo from
            the first company's
            website (an outgoing request from the server) and stops there.
        body (CompanyPropertyFormInput): The form-encoded equivalent of `CompanyPropertyInput`,
            `companies[]` repeated.
            One property to set on several companies. `property` must be `type`, `logo`, `owner_id` or
            `refetch_logo`; for
            `type` the value must be one of the company types. `refetch_logo` fetches the logo from
            the first company's
            website (an outgoing request from the server) and stops there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | MessageWithBench | WpError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyPropertyInput | CompanyPropertyFormInput | Unset = UNSET,
) -> Response[MessageError | ValidationErrors | MessageWithBench | WpError]:
    """Set one property on several companies

     Sets `type`, `logo` or `owner_id` to `value` on every company of `companies` (ids that match no
    company are
    skipped). A `type` must be one of the company types. `refetch_logo` downloads the logo from the
    first company's
    website; the emulator never makes outgoing requests and answers that it found no logo.

    Validation names the fields `column`, `value` and `company_ids`, although the request sends
    `property`,
    `value` and `companies`. Other refusals are 422 `{"message"}`.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyPropertyInput): One property to set on several companies. `property` must be
            `type`, `logo`, `owner_id` or `refetch_logo`; for
            `type` the value must be one of the company types. `refetch_logo` fetches the logo from
            the first company's
            website (an outgoing request from the server) and stops there.
        body (CompanyPropertyFormInput): The form-encoded equivalent of `CompanyPropertyInput`,
            `companies[]` repeated.
            One property to set on several companies. `property` must be `type`, `logo`, `owner_id` or
            `refetch_logo`; for
            `type` the value must be one of the company types. `refetch_logo` fetches the logo from
            the first company's
            website (an outgoing request from the server) and stops there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | ValidationErrors | MessageWithBench | WpError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyPropertyInput | CompanyPropertyFormInput | Unset = UNSET,
) -> MessageError | ValidationErrors | MessageWithBench | WpError | None:
    """Set one property on several companies

     Sets `type`, `logo` or `owner_id` to `value` on every company of `companies` (ids that match no
    company are
    skipped). A `type` must be one of the company types. `refetch_logo` downloads the logo from the
    first company's
    website; the emulator never makes outgoing requests and answers that it found no logo.

    Validation names the fields `column`, `value` and `company_ids`, although the request sends
    `property`,
    `value` and `companies`. Other refusals are 422 `{"message"}`.

    The prose documentation does not describe this operation.

    Args:
        body (CompanyPropertyInput): One property to set on several companies. `property` must be
            `type`, `logo`, `owner_id` or `refetch_logo`; for
            `type` the value must be one of the company types. `refetch_logo` fetches the logo from
            the first company's
            website (an outgoing request from the server) and stops there.
        body (CompanyPropertyFormInput): The form-encoded equivalent of `CompanyPropertyInput`,
            `companies[]` repeated.
            One property to set on several companies. `property` must be `type`, `logo`, `owner_id` or
            `refetch_logo`; for
            `type` the value must be one of the company types. `refetch_logo` fetches the logo from
            the first company's
            website (an outgoing request from the server) and stops there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | ValidationErrors | MessageWithBench | WpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
