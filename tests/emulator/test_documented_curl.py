"""The curl examples in README.md and docs/emulator.md work as written against the emulator.

Each shell block that calls curl runs in one bash process (so its variables carry over) against an emulator
started with the documented credentials; only the port is swapped for a free one. Every call must answer 2xx,
except where the line's own comment announces the error status it demonstrates (``# 401 rest_forbidden``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from emulator.testing import serve

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = [REPO / "README.md", REPO / "docs" / "emulator.md"]
DOCUMENTED_ORIGIN = "127.0.0.1:8000"
STARTS_A_SERVER = re.compile(r"^\s*(make emulator|\.venv/bin/fluentcrm-emulator serve)")


def _commands(block: str) -> list[str]:
    """Shell commands of a block, continuation lines joined and server start-up lines dropped."""
    joined = re.sub(r"\\\n\s*", " ", block)
    return [line for line in joined.splitlines() if line.strip() and not STARTS_A_SERVER.match(line)]


def _curl_blocks(document: Path) -> list[list[str]]:
    blocks = re.findall(r"```sh\n(.*?)```", document.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [_commands(block) for block in blocks if "curl " in block]


def _expected_status(command: str) -> int | None:
    comment = re.search(r"#\s*(\d{3})\b", command)
    return int(comment.group(1)) if comment else None


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_curl_examples_run_as_written(document: Path) -> None:
    blocks = _curl_blocks(document)
    assert blocks, f"{document.name} has no curl example"
    for commands in blocks:
        with serve(
            db=":memory:", users=[("admin", "emulator-app-password", "administrator")], test_api=True
        ) as srv:
            origin = srv.base_url.split("//", 1)[1].split("/", 1)[0]
            script = []
            for index, command in enumerate(commands):
                command = command.replace(DOCUMENTED_ORIGIN, origin)
                if command.lstrip().startswith("curl "):
                    command = command.replace("curl ", "curl -w '\\n@@status %{http_code}\\n' ", 1)
                    script.append(f"echo '@@command {index}'")
                script.append(command)
            result = subprocess.run(
                ["bash", "-c", "\n".join(script)], capture_output=True, text=True, timeout=60, check=False
            )
            assert result.returncode == 0, result.stderr
            statuses = {
                int(index): int(status)
                for index, status in re.findall(
                    r"@@command (\d+)\n.*?@@status (\d{3})", result.stdout, re.DOTALL
                )
            }
            curl_indexes = [i for i, c in enumerate(commands) if c.lstrip().startswith("curl ")]
            assert sorted(statuses) == curl_indexes, result.stdout
            for index in curl_indexes:
                expected = _expected_status(commands[index])
                status = statuses[index]
                if expected is None:
                    assert 200 <= status < 300, f"{commands[index]!r} answered {status}"
                else:
                    assert status == expected, f"{commands[index]!r} answered {status}, documented {expected}"
