"""Nothing acknowledged is lost: kill -9 mid-write, restarts, and concurrent writers over HTTP."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from emulator.testing import free_port, serve

PASSWORD = "emulator-app-password"
PREFIX = "/wp-json/fluent-crm/v2"


def _start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "emulator",
            "serve",
            "--port",
            str(port),
            "--db",
            str(db),
            "--user",
            f"admin:{PASSWORD}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the emulator exited during start-up")
        try:
            httpx.get(f"http://127.0.0.1:{port}{PREFIX}", timeout=0.5)
            return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the emulator did not start")


@pytest.fixture
def server_db(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "fluentcrm.sqlite3"


def test_kill_9_mid_stream_keeps_every_acknowledged_write(server_db: Path) -> None:
    port = free_port()
    process = _start_server(server_db, port)
    base = f"http://127.0.0.1:{port}{PREFIX}"
    acknowledged: list[tuple[int, str]] = []
    lock = threading.Lock()
    stop = threading.Event()
    with httpx.Client(auth=("admin", PASSWORD), timeout=5) as setup:
        assert setup.post(base + "/tags", json={"title": "Crash A"}).status_code == 200
        assert setup.post(base + "/tags", json={"title": "Crash B"}).status_code == 200
        setup.put(
            base + "/custom-fields/contacts",
            json={"fields": [{"type": "text", "label": "Note", "slug": "note"}]},
        )

    def writer(worker: int) -> None:
        with httpx.Client(auth=("admin", PASSWORD), timeout=5) as client:
            for n in range(10_000):
                if stop.is_set():
                    return
                email = f"w{worker}.n{n}@example.com"
                try:
                    response = client.post(
                        base + "/subscribers",
                        json={
                            "email": email,
                            "status": "subscribed",
                            "tags": [1, 2],
                            "custom_values": {"note": email},
                        },
                    )
                except httpx.TransportError:
                    return
                if response.status_code == 200:
                    with lock:
                        acknowledged.append((response.json()["contact"]["id"], email))

    threads = [threading.Thread(target=writer, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 200 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    stop.set()
    for thread in threads:
        thread.join(timeout=10)
    assert len(acknowledged) >= 200

    with sqlite3.connect(server_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO contact_search (contact_search) VALUES ('integrity-check')")
        stored = {row[0]: row[1] for row in conn.execute("SELECT id, email FROM subscribers")}
        pivots = dict(
            conn.execute("SELECT subscriber_id, COUNT(*) FROM subscriber_pivot GROUP BY subscriber_id")
        )
        notes = dict(
            conn.execute("SELECT subscriber_id, COUNT(*) FROM subscriber_meta GROUP BY subscriber_id")
        )
    for contact_id, email in acknowledged:
        assert stored.get(contact_id) == email
    # Each create is one transaction: a stored contact always has both tags and its custom value.
    for contact_id in stored:
        assert pivots.get(contact_id) == 2 and notes.get(contact_id) == 1, contact_id

    restarted = _start_server(server_db, port)
    try:
        with httpx.Client(auth=("admin", PASSWORD), timeout=5) as client:
            total = client.get(base + "/subscribers?per_page=1").json()["subscribers"]["total"]
            assert total == len(stored)
            email = acknowledged[-1][1]
            found = client.get(base + f"/subscribers/0?get_by_email={email}").json()["subscriber"]
            assert found["email"] == email
            assert client.get(base + f"/subscribers?search={email}").json()["subscribers"]["total"] == 1
    finally:
        restarted.terminate()
        restarted.wait(timeout=10)


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    with serve(db=tmp_path / "concurrent.sqlite3") as srv:
        auth = (srv.username, srv.password)
        with httpx.Client(auth=auth, base_url=srv.base_url) as client:
            target = client.post("/subscribers", json={"email": "shared@example.com", "status": "subscribed"})
            shared = target.json()["contact"]["id"]
            tag_ids = [
                client.post("/tags", json={"title": f"Tag {n}"}).json()["item"]["id"] for n in range(8)
            ]
        errors: list[str] = []

        def worker(index: int) -> None:
            with httpx.Client(auth=auth, base_url=srv.base_url, timeout=30) as client:
                for n in range(15):
                    response = client.post(
                        "/subscribers", json={"email": f"c{index}.{n}@example.com", "status": "subscribed"}
                    )
                    if response.status_code != 200:
                        errors.append(response.text)
                response = client.put(
                    f"/subscribers/{shared}",
                    json={"attach_tags": [tag_ids[index]], "custom_values": {f"key{index}": f"value{index}"}},
                )
                if response.status_code != 200:
                    errors.append(response.text)

        threads = [threading.Thread(target=worker, args=(index,)) for index in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert errors == []
        with httpx.Client(auth=auth, base_url=srv.base_url) as client:
            assert client.get("/subscribers?per_page=1").json()["subscribers"]["total"] == 1 + 8 * 15
            contact = client.get(f"/subscribers/{shared}?with[]=subscriber.custom_values").json()[
                "subscriber"
            ]
            assert sorted(tag["id"] for tag in contact["tags"]) == sorted(tag_ids)
    with sqlite3.connect(tmp_path / "concurrent.sqlite3") as conn:
        keys = {
            row[0]
            for row in conn.execute("SELECT key FROM subscriber_meta WHERE subscriber_id = ?", (shared,))
        }
    assert keys == {f"key{index}" for index in range(8)}


def test_data_survives_a_clean_restart(tmp_path: Path) -> None:
    db = tmp_path / "restart.sqlite3"
    with (
        serve(db=db) as srv,
        httpx.Client(auth=(srv.username, srv.password), base_url=srv.base_url) as client,
    ):
        client.post("/lists", json={"title": "Kept"})
        client.post("/subscribers", json={"email": "kept@example.com", "status": "pending", "lists": [1]})
    with (
        serve(db=db) as srv,
        httpx.Client(auth=(srv.username, srv.password), base_url=srv.base_url) as client,
    ):
        contact = client.get("/subscribers/1").json()["subscriber"]
        assert (contact["email"], contact["status"], contact["lists"][0]["title"]) == (
            "kept@example.com",
            "pending",
            "Kept",
        )
