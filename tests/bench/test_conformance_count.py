"""Reading the case count from the conformance suite's output."""

from __future__ import annotations

from bench.conformance import _options, count_cases


def test_count_cases_takes_the_largest_reported_figure() -> None:
    output = "listContacts: 25 cases\n...\nTotal: 1,204 test cases in 12 operations\n"
    assert count_cases(output) == 1204


def test_count_cases_is_none_without_a_count() -> None:
    assert count_cases("all good\n") is None


def test_fixed_budget_options_follow_the_help_text() -> None:
    assert _options("usage: --seed N --max-examples N", 25) == ["--seed", "1", "--max-examples", "25"]
    assert _options("usage: --profile P", 25) == []


def test_suite_summary_line_is_read_exactly() -> None:
    from bench.conformance import suite_summary

    line = "Conformance FAILED: 1163 cases (1170 requests) in 6.6 s, 175.5 cases/s; 8 distinct failures"
    assert suite_summary(line) == {"cases": 1163, "requests": 1170, "seconds": 6.6}
    assert count_cases(line) == 1163
    assert suite_summary("nothing here") is None
