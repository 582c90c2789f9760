"""The Python examples of the project README, the package README and docs/client.md run as written against the
emulator, so the documentation cannot drift from the client. Only the connection details are swapped for the
emulator's."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import pytest

from emulator.testing import serve

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_PASSWORDS = ("abcd efgh ijkl mnop qrst uvwx", "xxxx xxxx xxxx xxxx xxxx xxxx", "emulator-app-password")
EXAMPLE_URLS = ("https://example.com", "http://127.0.0.1:8000")


def _python_blocks(document: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", document.read_text(encoding="utf-8"), flags=re.DOTALL)


@pytest.mark.parametrize(
    ("document", "minimum_blocks", "created_email"),
    [
        (REPO / "README.md", 1, "ada@example.com"),
        (REPO / "generated" / "python" / "README.md", 8, "jane@example.com"),
        (REPO / "docs" / "client.md", 1, "jane@example.com"),
    ],
    ids=["project-readme", "package-readme", "docs-client"],
)
def test_documented_examples_run(
    document: Path,
    minimum_blocks: int,
    created_email: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blocks = _python_blocks(document)
    assert len(blocks) >= minimum_blocks
    password = secrets.token_urlsafe(16)
    with serve(db=":memory:", users=[("admin", password, "administrator")]) as emulator:
        monkeypatch.setenv("FLUENTCRM_BASE_URL", emulator.root_url)
        monkeypatch.setenv("FLUENTCRM_USERNAME", "admin")
        monkeypatch.setenv("FLUENTCRM_APP_PASSWORD", password)
        namespace: dict[str, object] = {}
        for block in blocks:
            code = block
            for url in EXAMPLE_URLS:
                code = code.replace(url, emulator.root_url)
            for example in EXAMPLE_PASSWORDS:
                code = code.replace(example, password)
            exec(compile(code, str(document), "exec"), namespace)  # noqa: S102 - documentation of this repository
    printed = capsys.readouterr().out
    assert created_email in printed
    assert "422 {'email': {'unique':" in printed  # the duplicate e-mail example really raised ValidationError



def test_documented_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """The examples type-check as a user's code would: every call, argument and attribute in them is typed, and
    calls the server would refuse for a missing required field fail the type check instead."""
    import os
    import subprocess
    import sys

    modules = []
    for name, document in (
        ("project_readme", REPO / "README.md"),
        ("package_readme", REPO / "generated" / "python" / "README.md"),
        ("docs_client", REPO / "docs" / "client.md"),
    ):
        module = tmp_path / f"{name}.py"
        module.write_text("\n\n".join(_python_blocks(document)), encoding="utf-8")
        modules.append(str(module))
    # And what mypy must refuse: a create() without the fields the server requires, a body model where keyword
    # arguments are expected.
    wrong = tmp_path / "wrong_calls.py"
    wrong.write_text(
        "from fluentcrm_client import FluentCRM\n"
        "from fluentcrm_client.models import TagInput\n"
        "crm = FluentCRM.from_env()\n"
        "crm.contacts.create(status='subscribed')\n"
        "crm.tags.create(body=TagInput(title='VIP'))\n",
        encoding="utf-8",
    )
    modules.append(str(wrong))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *modules],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        env={**os.environ, "MYPYPATH": str(REPO / "generated" / "python")},  # the package exactly as committed
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert errors and all(line.startswith("wrong_calls.py:") for line in errors), result.stdout + result.stderr
    assert {line.split(":")[1] for line in errors} == {"4", "5"}, result.stdout
