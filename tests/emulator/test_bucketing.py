"""Report buckets: sizes by range length, exclusive ends, PHP date quirks and MySQL WEEK()."""

from __future__ import annotations

from datetime import datetime

import pytest

from emulator import bucketing

NOW = datetime(2026, 11, 26, 5, 30, 0)


def keys(start: str, end: str) -> list[str]:
    return bucketing.period_keys(bucketing.window([start, end], NOW))


def test_no_range_is_the_last_thirty_days_through_today() -> None:
    win = bucketing.window(None, NOW)
    result = bucketing.period_keys(win)
    assert len(result) == 31
    assert result[0] == "2026-10-27"
    assert result[-1] == "2026-11-26"


def test_explicit_end_is_exclusive() -> None:
    assert keys("2026-11-19", "2026-11-27") == [f"2026-11-{day}" for day in range(19, 27)]


@pytest.mark.parametrize(
    ("end", "frequency"),
    [("2026-03-04", "daily"), ("2026-03-05", "weekly"), ("2026-04-03", "weekly"), ("2026-04-04", "monthly")],
)
def test_frequency_switches_after_62_and_92_days(end: str, frequency: str) -> None:
    # 2026-01-01 + 62 days is 2026-03-04; + 92 days is 2026-04-03.
    assert bucketing.window(["2026-01-01", end], NOW).frequency == frequency


def test_weekly_keys_are_seven_days_apart() -> None:
    result = keys("2026-09-01", "2026-11-20")
    assert result[:3] == ["2026-09-01", "2026-09-08", "2026-09-15"]
    assert len(result) == 12


def test_monthly_keys_use_month_and_year() -> None:
    result = keys("2020-02-01", "2022-02-10")
    assert result[0] == "Feb 2020"
    assert result[-1] == "Feb 2022"
    assert len(result) == 25


def test_month_steps_overflow_like_php() -> None:
    assert bucketing.add_months(datetime(2021, 1, 31), 1) == datetime(2021, 3, 3)
    assert keys("2021-01-31", "2021-06-30")[:3] == ["Jan 2021", "Mar 2021", "Apr 2021"]


def test_reversed_range_has_no_period_and_merges_to_an_empty_list() -> None:
    win = bucketing.window(["2022-02-10", "2022-02-01"], NOW)
    assert bucketing.period_keys(win) == []
    assert bucketing.merge([], []) == []


def test_single_date_runs_through_tomorrow() -> None:
    result = bucketing.period_keys(bucketing.window(["2026-11-20"], NOW))
    assert result[0] == "2026-11-20"
    assert result[-1] == "2026-11-27"


def test_invalid_dates_fail_with_php_message() -> None:
    with pytest.raises(bucketing.DateParseError) as caught:
        bucketing.window(["notadate", "2024-13-45"], NOW)
    assert str(caught.value) == (
        "Failed to parse time string (notadate) at position 0 (n): The timezone could not be found in the database"
    )
    with pytest.raises(bucketing.DateParseError, match="position 5"):
        bucketing.parse_php_datetime("2024-13-45", NOW)


def test_out_of_range_days_roll_over() -> None:
    assert bucketing.parse_php_datetime("2024-02-30", NOW) == datetime(2024, 3, 1)


@pytest.mark.parametrize(
    ("day", "week"),
    [
        ("2026-01-01", 0),
        ("2026-01-03", 0),
        ("2026-01-04", 1),
        ("2026-11-26", 47),
        ("2025-12-31", 52),
        ("2023-01-01", 1),
    ],
)
def test_mysql_week_mode_zero(day: str, week: int) -> None:
    assert bucketing.mysql_week(day + " 10:00:00") == week


def test_merge_appends_rows_outside_the_period() -> None:
    merged = bucketing.merge(["2026-09-01", "2026-09-08"], [("2026-09-03", 2), ("2026-09-08", 1)])
    assert merged == {"2026-09-01": 0, "2026-09-08": 1, "2026-09-03": 2}
    assert list(merged) == ["2026-09-01", "2026-09-08", "2026-09-03"]


def test_years_before_1000_keep_four_digits() -> None:
    """PHP writes ``0900``; the SQL bounds compare as text with stored ``YYYY-MM-DD`` timestamps, so they must too."""
    win = bucketing.window(["0900-01-01", "2026-12-01"], NOW)
    assert win.sql_bounds == ("0900-01-01 00:00:00", "2026-12-01 00:00:00")
    result = bucketing.period_keys(win)
    assert result[0] == "Jan 0900" and result[-1] == "Nov 2026"
    assert bucketing.label(bucketing.MONTHLY, "0950-03-04") == "Mar 0950"
    assert keys("0999-12-30", "1000-01-02") == ["0999-12-30", "0999-12-31", "1000-01-01"]
