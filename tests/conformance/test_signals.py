"""A real process stopped with SIGTERM (what CI runners and `timeout` send) still removes what it created."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from conformance.cli import EXIT_INTERRUPTED
from tests.conformance.conftest import emulator_target

pytestmark = [pytest.mark.timeout(120), pytest.mark.skipif(os.name != "posix", reason="POSIX signals")]

REPO = Path(__file__).resolve().parents[2]


def test_sigterm_stops_the_run_and_cleans_up(tmp_path: Path) -> None:
    with emulator_target() as target:
        env = {
            **os.environ,
            "FLUENTCRM_BASE_URL": target.base_url,
            "FLUENTCRM_USERNAME": target.username,
            "FLUENTCRM_APP_PASSWORD": target.password.reveal(),
        }
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "conformance",
                "--seed",
                "3",
                "--max-examples",
                "200",
                "--report-dir",
                str(tmp_path),
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stderr is not None
        # Wait until requests are flowing (the fuzzing phase creates records), then stop the process.
        for line in process.stderr:
            if "phase fuzzing started" in line:
                break
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=90)
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        leftovers = client.get("/subscribers", params={"search": "conformance+"}).json()["subscribers"][
            "total"
        ]
        tags = client.get("/tags").json()["tags"]["total"]
        lists = len(client.get("/lists").json()["lists"])
        client.close()
    assert process.returncode == EXIT_INTERRUPTED, stdout + stderr
    assert "INTERRUPTED" in stdout
    assert (leftovers, tags, lists) == (0, 0, 0)
    assert target.password.reveal() not in stdout + stderr
