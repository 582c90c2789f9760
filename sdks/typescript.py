"""The TypeScript client of ``make test``: openapi-typescript types and openapi-fetch calls, from the published
document, type-checked with ``tsc --strict`` and run against a server by ``sdks/typescript/smoke.mts``.

The pinned tools come from ``node_modules`` (``package-lock.json``); nothing generated here is committed, the
client is rebuilt from ``generated/openapi/fluentcrm.openapi.json`` on every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sdks.paths import NODE_BIN, PUBLISHED_JSON, SDKS

SOURCES = SDKS / "typescript"
TYPES_FILE = "fluentcrm.d.ts"


class SdkCheckFailed(Exception):
    """A generator, compiler or smoke run failed; the message carries its output."""


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    """Run ``command``; return its combined output, or raise :class:`SdkCheckFailed` with it."""
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SdkCheckFailed(f"`{' '.join(command)}` exited with {result.returncode}:\n{output}")
    return output


def build(work: Path, document: Path = PUBLISHED_JSON, sources: Path = SOURCES) -> Path:
    """Generate the types into ``work`` next to a copy of the smoke program (from ``sources``) and compile both
    strictly; return the compiled smoke program."""
    if sources.resolve() != work.resolve():
        shutil.copytree(sources, work, dirs_exist_ok=True)
    modules = work / "node_modules"
    if not modules.exists():  # the compiler and node resolve openapi-fetch from the pinned install
        modules.symlink_to(NODE_BIN.parent, target_is_directory=True)
    run([str(NODE_BIN / "openapi-typescript"), str(document), "--output", str(work / TYPES_FILE)], cwd=work)
    run([str(NODE_BIN / "tsc"), "--project", str(work / "tsconfig.json")], cwd=work)
    return work / "out" / "smoke.mjs"


def smoke(program: Path, base_url: str, username: str, password: str) -> str:
    """Run the compiled smoke program against the API root ``base_url``; return what it printed."""
    env = {
        **os.environ,
        "FLUENTCRM_BASE_URL": base_url,
        "FLUENTCRM_USERNAME": username,
        "FLUENTCRM_APP_PASSWORD": password,
    }
    return run(["node", str(program)], cwd=program.parent, env=env, timeout=120)
