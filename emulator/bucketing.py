"""Date ranges and buckets of FluentCRM's report endpoints, bugs included.

FluentCRM builds the buckets with PHP's ``DatePeriod`` (end exclusive) from ``new DateTime($from)`` and
``new DateTime($to)``: no range means the last 30 days up to tomorrow, a range of at most 62 days is daily,
63 to 92 days weekly and anything longer monthly (``"Feb 2020"``). The SQL groups weekly rows by MySQL
``WEEK()`` but labels each group with the date of its first row, so weekly counts land under extra keys
appended after the (all-zero) period keys. A reversed range yields no period and no rows: an empty PHP array,
which JSON prints as ``[]``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_RELATIVE = re.compile(r"^([+-]?\d+)\s*(day|days|week|weeks|month|months|year|years)$", re.IGNORECASE)
_WORDS = {"now": 0, "today": 0, "midnight": 0, "tomorrow": 1, "yesterday": -1}


class DateParseError(ValueError):
    """PHP's ``Failed to parse time string`` exception; the text is what the 423 response carries."""


def _php_date(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """PHP normalises out-of-range days (``2024-02-30`` is 1 March) instead of rejecting them."""
    base = datetime(year, month, 1, hour, minute, second)
    return base + timedelta(days=day - 1)


def ymd(moment: date) -> str:
    """``Y-m-d`` as PHP and MySQL write it: four-digit years even before 1000 (``strftime`` drops the zeros, which
    would also break the string comparison of stored timestamps)."""
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"


def month_label(moment: date) -> str:
    """PHP's ``M Y``: ``Jan 2026``, ``Jan 0900``."""
    return f"{calendar.month_abbr[moment.month]} {moment.year:04d}"


def add_months(moment: datetime, months: int) -> datetime:
    """PHP ``+N month``: keep the day number and let it overflow into the next month."""
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    return _php_date(year, month, moment.day, moment.hour, moment.minute, moment.second)


def _failure(text: str, position: int, reason: str) -> DateParseError:
    char = text[position] if position < len(text) else ""
    return DateParseError(f"Failed to parse time string ({text}) at position {position} ({char}): {reason}")


def parse_php_datetime(text: str, now: datetime) -> datetime:
    """``new DateTime($text)`` for the forms a report client sends; anything else fails like PHP does."""
    value = text.strip()
    lowered = value.lower()
    if lowered in _WORDS:
        if lowered == "now":
            return now
        return datetime.combine(now.date(), datetime.min.time()) + timedelta(days=_WORDS[lowered])
    relative = _RELATIVE.match(value)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2).lower().rstrip("s")
        if unit == "day":
            return now + timedelta(days=amount)
        if unit == "week":
            return now + timedelta(weeks=amount)
        if unit == "month":
            return add_months(now, amount)
        return add_months(now, 12 * amount)
    match = _DATE.match(value)
    if match:
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
        hour, minute, second = (int(match.group(i) or 0) for i in (4, 5, 6))
        if 1 <= month <= 12 and 0 <= day <= 31 and hour <= 24 and minute < 60 and second < 60:
            return _php_date(year, month, day, hour, minute, second)
        position = 5 if not 1 <= month <= 12 else 8
        raise _failure(text, position + (len(text) - len(text.lstrip())), "Unexpected character")
    if not value:
        return now
    first = value[0]
    if first.isalpha():
        raise _failure(
            text, len(text) - len(text.lstrip()), "The timezone could not be found in the database"
        )
    raise _failure(text, len(text) - len(text.lstrip()), "Unexpected character")


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime

    @property
    def days(self) -> int:
        """PHP ``$to->diff($from)->format('%a')``: whole days between the two moments, sign dropped."""
        return (
            abs((self.end - self.start).days) if self.end >= self.start else abs((self.start - self.end).days)
        )

    @property
    def frequency(self) -> str:
        if 62 < self.days <= 92:
            return WEEKLY
        if self.days > 92:
            return MONTHLY
        return DAILY

    @property
    def sql_bounds(self) -> tuple[str, str]:
        """``whereBetween`` with bare dates: from midnight of the first day to midnight of the last, inclusive."""
        return f"{ymd(self.start)} 00:00:00", f"{ymd(self.end)} 00:00:00"


def window(date_range: Any, now: datetime) -> Window:
    """The report window from the ``date_range`` parameter as ``list($from, $to)`` reads it."""
    items: list[Any] = []
    if isinstance(date_range, list):
        items = date_range
    elif isinstance(date_range, dict):
        items = [date_range.get("0"), date_range.get("1")]
    start_text = items[0] if len(items) > 0 and isinstance(items[0], str) else ""
    end_text = items[1] if len(items) > 1 and isinstance(items[1], str) else ""
    start = parse_php_datetime(start_text, now) if start_text else now - timedelta(days=30)
    end = parse_php_datetime(end_text, now) if end_text else now + timedelta(days=1)
    return Window(start, end)


def period_keys(win: Window) -> list[str]:
    """The bucket labels ``DatePeriod`` produces (end excluded)."""
    keys: list[str] = []
    current = win.start
    frequency = win.frequency
    guard = 0
    while current < win.end and guard < 100_000:
        keys.append(month_label(current) if frequency == MONTHLY else ymd(current))
        if frequency == DAILY:
            current += timedelta(days=1)
        elif frequency == WEEKLY:
            current += timedelta(weeks=1)
        else:
            current = add_months(current, 1)
        guard += 1
    return keys


def mysql_week(value: str | None) -> int | None:
    """MySQL ``WEEK(date)`` in its default mode 0: weeks start on Sunday, days before the first Sunday are week 0."""
    if not value:
        return None
    try:
        day = date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None
    jan1 = date(day.year, 1, 1)
    first_sunday_offset = (6 - jan1.weekday()) % 7
    day_of_year = (day - jan1).days
    if day_of_year < first_sunday_offset:
        return 0
    return (day_of_year - first_sunday_offset) // 7 + 1


def label(frequency: str, day_text: str) -> str:
    """How ``getResult`` labels a row's date: ``Y-m-d``, or ``M Y`` for monthly reports."""
    if frequency == MONTHLY:
        return month_label(date(int(day_text[0:4]), int(day_text[5:7]), int(day_text[8:10])))
    return day_text[:10]


def merge(keys: list[str], items: list[tuple[str, int]]) -> dict[str, int] | list[Any]:
    """Period keys at zero, then each row's count under its label (existing keys keep their place)."""
    result: dict[str, int] = dict.fromkeys(keys, 0)
    for key, count in items:
        result[key] = int(count)
    return result if result else []
