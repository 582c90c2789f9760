"""Encode nested values the way PHP reads ``application/x-www-form-urlencoded`` bodies.

httpx sends ``data={"tags": [1, 2]}`` as ``tags=1&tags=2`` and a nested mapping as its Python repr; PHP (and so
WordPress and FluentCRM) only understands brackets: ``tags[]=1&tags[]=2``, ``custom_values[slug]=v``. Booleans
become ``1``/``0`` and ``None`` is left out, as PHP's own ``http_build_query`` does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["php_form_fields"]


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _flatten(prefix: str, value: Any, out: dict[str, list[str]]) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flatten(f"{prefix}[{key}]", item, out)
    elif isinstance(value, (list, tuple)):
        if all(not isinstance(item, (Mapping, list, tuple)) for item in value):
            # A spec may already name the field with its brackets (`tags[]`); do not add a second pair.
            name = prefix if prefix.endswith("[]") else f"{prefix}[]"
            out.setdefault(name, []).extend(_scalar(item) for item in value if item is not None)
        else:
            for index, item in enumerate(value):
                _flatten(f"{prefix}[{index}]", item, out)
    else:
        out.setdefault(prefix, []).append(_scalar(value))


def php_form_fields(data: Mapping[str, Any]) -> dict[str, str | list[str]]:
    """``{"tags": [1, 2], "custom_values": {"plan": "pro"}}`` → ``{"tags[]": ["1", "2"], "custom_values[plan]": "pro"}``."""
    collected: dict[str, list[str]] = {}
    for key, value in data.items():
        _flatten(str(key), value, collected)
    return {
        key: values[0] if len(values) == 1 and not key.endswith("[]") else values
        for key, values in collected.items()
    }
