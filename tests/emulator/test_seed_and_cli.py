"""The seed command fills a database reproducibly; the CLI parses users and serves what it seeded."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import httpx
import pytest

from emulator.cli import main, parse_user
from emulator.seed import seed_database
from emulator.testing import serve


def _emails(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT email FROM subscribers ORDER BY id")]


def test_seed_is_deterministic_and_complete(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    summary = seed_database(first, contacts=1500, seed=7)
    seed_database(second, contacts=1500, seed=7)
    assert summary["contacts"] == 1500
    assert summary["pivots"] > 1000 and summary["custom_values"] > 1000 and summary["emails"] > 0
    assert _emails(first) == _emails(second)
    with sqlite3.connect(first) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(DISTINCT status) FROM subscribers").fetchone()[0] == 7
    with (
        serve(db=first) as srv,
        httpx.Client(auth=(srv.username, srv.password), base_url=srv.base_url) as client,
    ):
        listing = client.get("/subscribers?per_page=5").json()["subscribers"]
        assert listing["total"] == 1500
        name = listing["data"][0]["first_name"]
        hits = client.get(f"/subscribers?search={name}").json()["subscribers"]["total"]
        with sqlite3.connect(first) as conn:
            expected = conn.execute(
                "SELECT COUNT(*) FROM subscribers WHERE email LIKE ? OR first_name LIKE ? OR last_name LIKE ?"
                " OR city LIKE ? OR state LIKE ? OR address_line_1 LIKE ? OR country LIKE ? OR status LIKE ?"
                " OR postal_code LIKE ? OR phone LIKE ?",
                [f"%{name}%"] * 10,
            ).fetchone()[0]
        assert hits == expected
        with sqlite3.connect(first) as conn:
            value = conn.execute("SELECT value FROM subscriber_meta ORDER BY id LIMIT 1").fetchone()[0]
            fragment = str(value)[1:5]
            custom_expected = conn.execute(
                "SELECT COUNT(DISTINCT subscriber_id) FROM subscriber_meta WHERE value LIKE ?",
                [f"%{fragment}%"],
            ).fetchone()[0]
        custom_hits = client.get(f"/subscribers?search={fragment}&custom_fields=true").json()["subscribers"]
        assert custom_hits["total"] >= custom_expected > 0
        growth = client.get("/reports/subscribers?date_range[]=2020-01-01&date_range[]=2030-01-01").json()[
            "stats"
        ]
        assert (
            sum(growth.values())
            == client.get("/reports/dashboard-stats").json()["stats"]["total_subscribers"]["count"]
        )


def test_seed_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite3"
    assert main(["seed", "--db", str(db), "--contacts", "50"]) == 0
    assert "contacts': 50" in capsys.readouterr().out
    assert len(_emails(db)) == 50


def test_user_option_parsing() -> None:
    assert parse_user("admin:emulator-app-password") == ("admin", "emulator-app-password", "administrator")
    assert parse_user("ed:abcd efgh:editor") == ("ed", "abcd efgh", "editor")
    with pytest.raises(argparse.ArgumentTypeError):
        parse_user("nopassword")
