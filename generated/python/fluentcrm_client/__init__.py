"""A typed Python client for the FluentCRM REST API, generated from its OpenAPI description (API version 2.9.84)."""

from .client import AuthenticatedClient, Client
from .exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    FluentCRMError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    QueryError,
    RateLimitError,
    RedirectError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from .retry import RetryPolicy
from .sdk import AsyncFluentCRM, FluentCRM

__version__ = "0.1.0"

__all__ = (
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncFluentCRM",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "FluentCRM",
    "FluentCRMError",
    "InvalidArgumentError",
    "NotFoundError",
    "PermissionDeniedError",
    "QueryError",
    "RateLimitError",
    "RedirectError",
    "RetryPolicy",
    "ServerError",
    "UnexpectedResponseError",
    "ValidationError",
)
