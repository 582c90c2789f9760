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


def id_zero(model: str, raw_id: str) -> None:
    """The id ``0`` never reaches FluentCRM 2.9.84's controllers (they crash with ``ArgumentCountError``, a 500).

    The emulator answers what ``findOrFail`` would: 404 with the model-not-found message. ``00`` is an ordinary id.
    """
    if raw_id == "0":
        raise model_not_found(model)


def must_be_text(name: str, value: object) -> None:
    """A query parameter FluentCRM 2.9.84 hands to a string function crashes it when sent as an array (a 500);
    the emulator answers WordPress's 400 ``rest_invalid_param`` instead."""
    if isinstance(value, (list, dict)):
        raise invalid_param(name, f"{name} must be a string.")


def must_be_list(name: str, value: object) -> None:
    """A query parameter FluentCRM 2.9.84 searches with ``in_array()`` crashes it when it is a non-empty scalar
    (``with=stats`` instead of ``with[]=stats``, a 500); the emulator answers 400 ``rest_invalid_param`` instead."""
    if value not in (None, "") and not isinstance(value, (list, dict)):
        raise invalid_param(name, f"{name} must be an array; send {name}[]=...")


def must_hold_no_lists(name: str, value: object) -> None:
    """A filter list whose items are themselves arrays (``tags[a][]=1``) crashes FluentCRM 2.9.84's sanitising
    (a 500); the emulator answers 400 ``rest_invalid_param`` instead."""
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    if any(isinstance(item, (list, dict)) for item in items):
        raise invalid_param(name, f"{name} must be a list of ids or titles.")


def must_be_object(field: str, value: object) -> None:
    """A member FluentCRM 2.9.84 uses as an array without checking crashes it when it is a non-empty scalar (a 500;
    PHP's empty values fall back to defaults first); the emulator answers 422 naming the member instead."""
    if value not in (None, "", "0", 0, False) and not isinstance(value, (dict, list)):
        raise validation({field: {"array": f"The {field.replace('_', ' ')} field must be an object."}})


def must_hold_scalars(field: str, value: object) -> None:
    """Ids or titles in a relation list (``tags``, ``attach_lists``...) are sanitised as strings by FluentCRM 2.9.84,
    which crashes on an object or array among them (a 500); the emulator answers 422 naming the member instead."""
    if isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        raise validation({field: {"array": f"Each item of {field} must be an id or a title."}})


def validation(errors: dict[str, dict[str, str]]) -> ApiError:
    return ApiError(422, errors)


def message(status: int, text: str) -> ApiError:
    return ApiError(status, {"message": text})
