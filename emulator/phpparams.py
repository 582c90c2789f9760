"""Query strings and form bodies decoded the way PHP fills ``$_GET`` and ``$_POST``.

FluentCRM reads ``tags[]=1&tags[]=2`` as a list and ``custom_values[plan]=pro`` as a map, and a repeated plain
key keeps its last value. Clients written against the real server depend on exactly that, so the emulator
decodes parameters with the same rules instead of using a generic multi-dict.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_plus

_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
MAX_DEPTH = 16


class PhpArray(dict[Any, Any]):
    """An ordered PHP array under construction: string or integer keys, ``[]`` appends."""

    def append(self, value: Any) -> None:
        int_keys = [k for k in self if isinstance(k, int)]
        self[max(int_keys) + 1 if int_keys else 0] = value


def _split_name(name: str) -> tuple[str, list[str]] | None:
    """``a[b][]`` → ``("a", ["b", ""])``; ``None`` when the name has no usable base."""
    bracket = name.find("[")
    if bracket <= 0:
        return (name, []) if name else None
    base, rest = name[:bracket], name[bracket:]
    segments: list[str] = []
    pos = 0
    while pos < len(rest) and len(segments) < MAX_DEPTH:
        match = _SEGMENT.match(rest, pos)
        if not match:
            break
        segments.append(match.group(1))
        pos = match.end()
    if not segments:
        # PHP turns an unmatched "[" into "_" and keeps the key flat.
        return base + "_" + rest[1:], []
    return base, segments


def _key(segment: str) -> str | int:
    if re.fullmatch(r"(0|-?[1-9][0-9]{0,17})", segment):
        return int(segment)
    return segment


def _finish(value: Any) -> Any:
    """Turn PHP arrays into JSON-like values: 0..n-1 keyed arrays become lists, others dicts."""
    if isinstance(value, PhpArray):
        items = {k: _finish(v) for k, v in value.items()}
        if list(items.keys()) == list(range(len(items))):
            return list(items.values())
        return {str(k): v for k, v in items.items()}
    return value


def parse_php_query(raw: str) -> dict[str, Any]:
    """Decode ``raw`` (a query string or form body) into nested dicts, lists and strings."""
    root = PhpArray()
    if not raw:
        return {}
    for pair in raw.split("&"):
        if not pair:
            continue
        name, _, value = pair.partition("=")
        name = unquote_plus(name)
        value = unquote_plus(value)
        split = _split_name(name)
        if split is None:
            continue
        base, segments = split
        # PHP replaces spaces and dots in the top-level name with underscores.
        base = base.replace(" ", "_").replace(".", "_")
        if not segments:
            root[base] = value
            continue
        container = root.get(base)
        if not isinstance(container, PhpArray):
            container = PhpArray()
            root[base] = container
        for index, segment in enumerate(segments):
            last = index == len(segments) - 1
            if last:
                if segment == "":
                    container.append(value)
                else:
                    container[_key(segment)] = value
                break
            if segment == "":
                child = PhpArray()
                container.append(child)
            else:
                key = _key(segment)
                existing = container.get(key)
                if isinstance(existing, PhpArray):
                    child = existing
                else:
                    child = PhpArray()
                    container[key] = child
            container = child
    result = _finish(root)
    return result if isinstance(result, dict) else {}
