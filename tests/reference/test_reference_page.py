"""The HTML reference (``generated/reference/index.html``) renders every operation in a real browser, offline."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tools.reference import markdown, render_reference

REPO = Path(__file__).resolve().parents[2]
PAGE = REPO / "generated" / "reference" / "index.html"
PUBLISHED = REPO / "generated" / "openapi" / "fluentcrm.openapi.json"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def dom(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The page as the browser has it after running its script, loaded from a file with the network off."""
    browser = _browser()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing; make test installs it (apt-get install chromium)")
        pytest.skip("needs chromium (make test installs it)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    result = subprocess.run(
        [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={profile}", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--virtual-time-budget=5000", "--dump-dom", PAGE.as_uri(),
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, item[method])
        for path, item in document["paths"].items()
        for method in METHODS
        if isinstance(item.get(method), dict)
    ]


def test_the_browser_renders_every_operation(dom: str, document: dict[str, Any]) -> None:
    operations = _operations(document)
    assert len(operations) >= 25
    navigation = set(re.findall(r'<li data-nav-operation="([^"]+)">', dom))
    for path, method, operation in operations:
        operation_id = operation["operationId"]
        assert operation_id in navigation, f"{operation_id} missing from the sidebar the page script builds"
        section = re.search(
            rf'<section class="operation" id="op-{operation_id}".*?</section>', dom, re.DOTALL
        )
        assert section, f"{operation_id} has no section"
        heading = html.unescape(re.sub(r"<[^>]+>", "", section.group(0).split("</h3>")[0]))
        assert f"{method.upper()} {path}" in heading
        for status in operation["responses"]:
            assert f'data-status="{status}"' in section.group(0), (
                f"{operation_id} lacks its {status} response"
            )
        for entry in operation.get("x-doc-differences", []):
            assert f"<code>{entry['topic']}</code>" in section.group(0), f"{operation_id}: {entry['topic']}"
        for response in operation["responses"].values():
            for fault in response.get("x-fluentcrm-faults", []):
                assert f'data-fault-id="{fault["id"]}"' in section.group(0), (
                    f"{operation_id}: fault {fault['id']}"
                )


def test_every_schema_and_parameter_is_shown(dom: str, document: dict[str, Any]) -> None:
    for name in document["components"]["schemas"]:
        assert f'id="schema-{name}"' in dom, name
    for _, _, operation in _operations(document):
        for parameter in operation.get("parameters", []):
            if "name" in parameter:
                assert f"<code>{html.escape(parameter['name'])}</code>" in dom


def test_examples_are_rendered(dom: str) -> None:
    assert dom.count('class="example"') >= 30


def test_the_page_loads_nothing_from_elsewhere(document: dict[str, Any]) -> None:
    page = render_reference(document)
    assert page == PAGE.read_text(encoding="utf-8"), "run make generate"
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert "@import" not in page and "url(" not in page


def test_markdown_subset() -> None:
    assert markdown("A `b<c>` and **d**.\n\n* one\n* two `x`") == (
        "<p>A <code>b&lt;c&gt;</code> and <strong>d</strong>.</p>\n<ul><li>one</li><li>two <code>x</code></li></ul>"
    )
    assert markdown("```yaml\nk: <v>\n```") == "<pre>k: &lt;v&gt;</pre>"
