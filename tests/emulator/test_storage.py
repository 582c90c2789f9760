"""Storage invariants the serialisers and caches rely on."""

from __future__ import annotations

from pathlib import Path

from emulator.records import CONTACT_COLUMNS
from emulator.storage import Database


def test_subscriber_columns_are_in_fluentcrm_order() -> None:
    db = Database(":memory:")
    with db.read() as conn:
        columns = tuple(row[1] for row in conn.execute("PRAGMA table_info(subscribers)"))
    db.close()
    assert columns == CONTACT_COLUMNS


def test_cache_is_invalidated_by_every_write(tmp_path: Path) -> None:
    db = Database(tmp_path / "cache.sqlite3")
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        with db.read() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM tags").fetchone()[0])

    assert db.cached("tags", compute) == 0
    assert db.cached("tags", compute) == 0
    assert len(calls) == 1
    with db.write() as conn:
        conn.execute("INSERT INTO tags (title, slug) VALUES ('A', 'a')")
    assert db.cached("tags", compute) == 1
    assert len(calls) == 2
    db.close()


def test_failed_write_rolls_back(tmp_path: Path) -> None:
    db = Database(tmp_path / "rollback.sqlite3")
    try:
        with db.write() as conn:
            conn.execute("INSERT INTO tags (title, slug) VALUES ('A', 'a')")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with db.read() as conn:
        assert conn.execute("SELECT COUNT(*) FROM tags").fetchone()[0] == 0
    db.close()
