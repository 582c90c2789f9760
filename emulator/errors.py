"""Error responses exactly as WordPress and FluentCRM 2.9.84 send them.

Handlers raise :class:`ApiError`; the application turns it into a JSON response. Each constructor below names
the situation in which the real server produces that body, so the mapping from behaviour to bytes lives in one place.
"""

from __future__ import annotations

from typing import Any

MODEL_CLASSES = {
    "subscriber": "FluentCrm\\App\\Models\\Subscriber",
    "list": "FluentCrm\\App\\Models\\Lists",
    "tag": "FluentCrm\\App\\Models\\Tag",
    "funnel": "FluentCrm\\App\\Models\\Funnel",
    "webhook": "FluentCrm\\App\\Models\\Webhook",
}


class ApiError(Exception):
    """A finished error response: HTTP status plus the JSON body to send."""

    def __init__(self, status: int, body: Any, *, allow_header: bool = True) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.body = body
        self.allow_header = allow_header


def wp_error(status: int, code: str, message: str, **data: Any) -> ApiError:
    return ApiError(status, {"code": code, "message": message, "data": {"status": status, **data}})


def no_route() -> ApiError:
    """WordPress answers an unknown path and a known path with the wrong method alike, never with 405."""
    return wp_error(404, "rest_no_route", "No route was found matching the URL and request method.")


def forbidden(status: int) -> ApiError:
    """401 for anonymous callers (including bad passwords), 403 for signed-in non-administrators."""
    return ApiError(
        status,
        {
            "code": "rest_forbidden",
            "message": "Sorry, you are not allowed to do that.",
            "data": {"status": status},
        },
        allow_header=False,
    )


def invalid_json() -> ApiError:
    return wp_error(
        400,
        "rest_invalid_json",
        "Invalid JSON body passed.",
        json_error_code=4,
        json_error_message="Syntax error",
    )


def invalid_param(name: str, reason: str) -> ApiError:
    """The emulator's clear answer where FluentCRM crashes (documented in docs/emulator.md)."""
    return wp_error(400, "rest_invalid_param", f"Invalid parameter(s): {name}", params={name: reason})


def model_not_found(model: str) -> ApiError:
    return ApiError(404, {"message": f"No query results for model [{MODEL_CLASSES[model]}]."})


def validation(errors: dict[str, dict[str, str]]) -> ApiError:
    return ApiError(422, errors)


def message(status: int, text: str) -> ApiError:
    return ApiError(status, {"message": text})
