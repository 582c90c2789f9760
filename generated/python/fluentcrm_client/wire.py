"""Conversions between FluentCRM's wire text and Python values.

FluentCRM sends timestamps as ``YYYY-MM-DD HH:MM:SS`` in the site's time zone without a zone designator, and many
numeric columns as strings (``"total_points": "12"``, ``"is_public": "1"``). The spec describes that text exactly;
where a property also carries ``x-python-type`` (set in the python-client overlay), the generated models convert:
``from_dict`` parses the text into the Python type and ``to_dict`` writes the same text back.

Timestamps are naive unless the client was given the site's time zone (``FluentCRM(..., timezone=...)``); the
client sets it here while it parses a response, so models stay plain data classes without a back reference.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal
from typing import Any, TypeVar

__all__ = [
    "ZERO_DATES",
    "TextInt",
    "format_bool",
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_dict",
    "format_int",
    "format_int_as_sent",
    "format_int_dict",
    "format_list",
    "format_one_or_pair",
    "format_pair",
    "inclusive_date_range",
    "is_blank",
    "parse_bool",
    "parse_date",
    "parse_datetime",
    "parse_decimal",
    "parse_dict",
    "parse_int",
    "parse_int_as_sent",
    "parse_int_dict",
    "parse_list",
    "parse_one_or_pair",
    "parse_pair",
    "site_timezone",
]

_Value = TypeVar("_Value")
_Wire = TypeVar("_Wire")
_SITE_TIMEZONE: ContextVar[datetime.tzinfo | None] = ContextVar("fluentcrm_site_timezone", default=None)
_FORMAT = "%Y-%m-%d %H:%M:%S"


@contextmanager
def site_timezone(zone: datetime.tzinfo | None) -> Iterator[None]:
    """Parse timestamps as aware datetimes in ``zone`` (naive when ``None``) within the block."""
    token = _SITE_TIMEZONE.set(zone)
    try:
        yield
    finally:
        _SITE_TIMEZONE.reset(token)


#: How MySQL prints a date or time column that holds no date (a campaign un-scheduled after it was scheduled).
ZERO_DATES = ("0000-00-00 00:00:00", "0000-00-00")


def is_blank(value: Any) -> bool:
    """Whether a nullable value holds nothing: ``null``, ``""``, or MySQL's zero date (no Python date exists for
    year 0). Such a value reads as ``None``."""
    return value is None or value == "" or value in ZERO_DATES


def parse_datetime(value: Any) -> datetime.datetime:
    parsed = datetime.datetime.fromisoformat(value)
    zone = _SITE_TIMEZONE.get()
    return parsed.replace(tzinfo=zone) if zone is not None and parsed.tzinfo is None else parsed


def format_datetime(value: datetime.datetime) -> str:
    zone = _SITE_TIMEZONE.get()
    if value.tzinfo is not None and zone is not None:
        value = value.astimezone(zone)
    return value.strftime(_FORMAT)


def parse_date(value: Any) -> datetime.date:
    return datetime.date.fromisoformat(value)


def format_date(value: datetime.date) -> str:
    return value.isoformat()


def parse_int(value: Any) -> int:
    return int(value)


def format_int(value: int) -> str:
    return str(value)


class TextInt(int):
    """An integer FluentCRM sent as text where the same field is sometimes a JSON number (a record's
    ``created_by`` is ``1`` right after a write and ``"1"`` when read back). It is an ``int`` in every way; it
    only remembers to go back as text, so a model read and written back gives the same JSON."""

    __slots__ = ()


def parse_int_as_sent(value: Any) -> int:
    """A JSON number as ``int``, numeric text as :class:`TextInt`."""
    return value if isinstance(value, int) and not isinstance(value, bool) else TextInt(value)


def format_int_as_sent(value: int) -> int | str:
    """Back in the form it came in; an ``int`` made in Python goes out as a JSON number."""
    return str(value) if isinstance(value, TextInt) else value


def parse_decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def format_decimal(value: Decimal) -> str:
    return str(value)


def parse_dict(value: Any) -> dict[str, Any]:
    """A JSON object as a plain dict; PHP sends an empty map as ``[]``."""
    return {} if value == [] else dict(value)


def format_dict(value: dict[str, Any]) -> dict[str, Any]:
    return dict(value)


def parse_int_dict(value: Any) -> dict[str, int]:
    return {} if value == [] else {str(key): int(count) for key, count in value.items()}


def format_int_dict(value: dict[str, int]) -> dict[str, int]:
    return dict(value)


def inclusive_date_range(
    value: tuple[datetime.date, datetime.date] | datetime.date | Any,
) -> list[str] | Any:
    """``(first, last)`` days, both included, as FluentCRM's ``date_range[]``, whose end is exclusive: the day
    after ``last`` is sent. A single date is an open range from that day. Anything else passes through."""
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(day, datetime.date) for day in value):
        first, last = value
        if last < first:
            raise ValueError(f"date range ends ({last}) before it starts ({first})")
        return [first.isoformat(), (last + datetime.timedelta(days=1)).isoformat()]
    if isinstance(value, datetime.date):
        return [value.isoformat()]
    return value


def parse_bool(value: Any) -> bool:
    return str(value).lower() in ("1", "true", "yes")


def format_bool(value: bool) -> str:
    return "1" if value else "0"


# Several values of one kind: a list, a `[start, end]` pair (a tuple in Python), or either a single value or a
# pair (a schedule is one start time, or a range to spread the sending over).


def parse_list(parse: Callable[[Any], _Value], value: Any) -> list[_Value]:
    return [parse(item) for item in value]


def format_list(format_: Callable[[_Value], _Wire], value: list[_Value]) -> list[_Wire]:
    return [format_(item) for item in value]


def parse_pair(parse: Callable[[Any], _Value], value: Any) -> tuple[_Value, _Value]:
    first, second = value
    return parse(first), parse(second)


def format_pair(format_: Callable[[_Value], _Wire], value: tuple[_Value, _Value]) -> list[_Wire]:
    first, second = value
    return [format_(first), format_(second)]


def parse_one_or_pair(parse: Callable[[Any], _Value], value: Any) -> _Value | tuple[_Value, _Value]:
    return parse_pair(parse, value) if isinstance(value, list) else parse(value)


def format_one_or_pair(
    format_: Callable[[_Value], _Wire], value: _Value | tuple[_Value, _Value]
) -> _Wire | list[_Wire]:
    if isinstance(value, tuple):
        return format_pair(format_, value)
    return format_(value)
