"""Stopping a run: a real process stopped with SIGTERM (what CI runners and `timeout` send) still removes what it
created, and a second interrupt during the cleanup leaves a report of exactly what remains."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from conformance import housekeeping
from conformance.cli import EXIT_INTERRUPTED
from tests.conformance.conftest import emulator_target, short_run

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


def test_interrupting_the_cleanup_reports_every_record_left_behind(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deletes = 0
    original = housekeeping.SiteClient.request

    def second_interrupt_during_cleanup(
        self: housekeeping.SiteClient, method: str, path: str, **kwargs: Any
    ) -> httpx.Response:
        nonlocal deletes
        if method == "DELETE":
            deletes += 1
            if deletes == 3:
                raise KeyboardInterrupt
        return original(self, method, path, **kwargs)

    monkeypatch.setattr(housekeeping.SiteClient, "request", second_interrupt_during_cleanup)
    with emulator_target() as target:
        results = short_run(target, spec, ("createTag",), tmp_path, stateful=False)
        client = httpx.Client(base_url=target.base_url, auth=target.auth)
        on_site = {
            f"/tags/{tag['id']}"
            for tag in client.get("/tags", params={"per_page": 100}).json()["tags"]["data"]
        }
        on_site |= {
            f"/subscribers/{contact['id']}"
            for contact in client.get("/subscribers", params={"search": "conformance+"}).json()[
                "subscribers"
            ]["data"]
        }
        on_site |= {f"/lists/{item['id']}" for item in client.get("/lists").json()["lists"]}
        on_site |= {
            f"/campaigns/{item['id']}"
            for item in client.get("/campaigns", params={"per_page": 100}).json()["campaigns"]["data"]
        }
        on_site |= {
            f"/templates/{item['ID']}"
            for item in client.get("/templates", params={"per_page": 100}).json()["templates"]["data"]
        }
        on_site |= {f"/webhooks/{hook['id']}" for hook in client.get("/webhooks").json()["webhooks"]}
        on_site |= {f"/funnels/{item['id']}" for item in client.get("/funnels").json()["funnels"]["data"]}
        client.close()
    assert results.interrupted and not results.ok
    assert on_site, "the cleanup was cut short, so records must remain"
    reported = {line.removeprefix("not removed: ") for line in results.cleanup_problems[1:]}
    assert reported == on_site
    assert results.run_id in results.cleanup_problems[0]
