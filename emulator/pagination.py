"""FluentCRM's paginator: ``page``/``per_page`` parsing and the body it prints.

The page links are relative and carry only ``page`` (every other parameter is dropped), a page past the end
is an empty page with ``from``/``to`` null, and ``last_page`` is 0 for an empty result.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from emulator import errors

DEFAULT_PER_PAGE = 15
_SQLITE_MAX = 2**62
_POSITIVE = re.compile(r"^\s*\+?[0-9]+\s*$")


@dataclass(frozen=True)
class Page:
    number: int
    size: int

    @property
    def offset(self) -> int:
        return min((self.number - 1) * self.size, _SQLITE_MAX)

    @property
    def limit(self) -> int:
        return min(self.size, _SQLITE_MAX)


def parse_per_page(value: Any) -> int:
    """``per_page``: missing → 15; empty, 0, negative or not an integer → 400 (the real server crashes or fails)."""
    if value is None:
        return DEFAULT_PER_PAGE
    if isinstance(value, (bool, list, dict)):
        raise errors.invalid_param("per_page", "per_page must be a positive integer.")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer() or isinstance(value, str) and _POSITIVE.match(value):
        number = int(value)
    else:
        raise errors.invalid_param("per_page", "per_page must be a positive integer.")
    if number < 1:
        raise errors.invalid_param("per_page", "per_page must be a positive integer.")
    return number


def parse_page_number(value: Any) -> int:
    """``page``: anything that is not an integer of at least 1 means page 1."""
    if isinstance(value, bool):
        return 1
    if isinstance(value, int):
        return max(value, 1)
    if isinstance(value, str) and re.fullmatch(r"\s*\+?[0-9]+\s*", value):
        number = int(value)
        return max(number, 1)
    return 1


def parse_page(params: dict[str, Any]) -> Page:
    return Page(number=parse_page_number(params.get("page")), size=parse_per_page(params.get("per_page")))


def paginator(page: Page, total: int, data: list[Any], path: str) -> dict[str, Any]:
    last_page = math.ceil(total / page.size) if total else 0
    return {
        "total": total,
        "per_page": page.size,
        "current_page": page.number,
        "last_page": last_page,
        "next_page_url": f"{path}?page={page.number + 1}" if page.number < last_page else None,
        "prev_page_url": f"{path}?page={page.number - 1}" if page.number > 1 else None,
        "from": page.offset + 1 if data else None,
        "to": page.offset + len(data) if data else None,
        "data": data,
    }
