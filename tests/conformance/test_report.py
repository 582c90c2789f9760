"""Report rendering: grouped by operation and check, a curl per failure, JUnit that CI tools can parse."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from conformance.report import junit_xml, markdown, terminal_summary, write_reports
from conformance.results import FailureExample, Results


def _results() -> Results:
    results = Results(target="live server at http://h as 'u'", run_id="r1", seed=7)
    results.operations = {"getTag": "GET /tags/{id}", "listTags": "GET /tags"}
    results.record_check("listTags", "not_a_server_error", True)
    results.record_check("getTag", "not_a_server_error", True)
    results.record_check("getTag", "response_schema_conformance", False)
    for n in range(5):
        results.record_failure(
            "getTag",
            "response_schema_conformance",
            FailureExample(
                phase="fuzzing",
                title="Response violates schema",
                message=f"'{n}' is not of type 'integer'",
                status_code=200,
                reproduction=[f"curl -X GET http://h/tags/{n}"],
            ),
        )
    results.cases, results.elapsed = 10, 2.0
    return results


def test_failures_are_grouped_with_a_bounded_number_of_examples() -> None:
    results = _results()
    [group] = results.failures.values()
    assert group.count == 5 and len(group.examples) == 3
    assert results.failed_checks() == {("getTag", "response_schema_conformance")}
    assert not results.ok


def test_markdown_and_terminal_show_each_failure_with_curl() -> None:
    results = _results()
    for text in (markdown(results), terminal_summary(results)):
        assert "getTag" in text and "response_schema_conformance" in text
        assert "curl -X GET http://h/tags/0" in text
        assert "FAILED" in text
    assert "| `getTag` | `GET /tags/{id}` |" in markdown(results)


def test_junit_counts_failures_per_operation_and_check(tmp_path: Path) -> None:
    results = _results()
    root = ET.fromstring(junit_xml(results))
    assert root.get("failures") == "1"
    failing = [case for case in root.iter("testcase") if case.find("failure") is not None]
    assert [(c.get("classname"), c.get("name")) for c in failing] == [
        ("conformance.getTag", "response_schema_conformance")
    ]
    paths = write_reports(results, tmp_path / "out")
    assert {p.name for p in paths} == {"report.md", "junit.xml"}


def test_clean_results_pass() -> None:
    results = Results(run_id="r")
    results.record_check("listTags", "not_a_server_error", True)
    assert results.ok
    assert ET.fromstring(junit_xml(results)).get("failures") == "0"
    results.cleanup_problems.append("DELETE /tags/3: HTTP 500")
    assert not results.ok


def test_terminal_names_a_few_leftovers_and_the_report_all_of_them() -> None:
    results = Results(run_id="r")
    results.created = {"tags": 40}
    results.cleanup_problems = [f"not removed: /tags/{n}" for n in range(40)]
    terminal, report = terminal_summary(results), markdown(results)
    assert "/tags/0" in terminal and "/tags/39" not in terminal and "35 more in report.md" in terminal
    assert set(re.findall(r"/tags/(\d+)", report)) == {str(n) for n in range(40)}
    assert "INCOMPLETE" in terminal and "INCOMPLETE" in report
