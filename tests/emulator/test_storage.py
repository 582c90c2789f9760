"""Storage invariants the serialisers and caches rely on."""

from __future__ import annotations

from pathlib import Path

from emulator.app import create_app
from emulator.records import CONTACT_COLUMNS
from emulator.storage import Database
from tests.emulator.conftest import Api, TestClient


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


def test_with_bench_appends_a_member() -> None:
    import json

    from emulator.response_cache import with_bench

    assert json.loads(with_bench(b'{"a":1}', 0.5)) == {"a": 1, "__bench": 0.5}
    assert json.loads(with_bench(b"{}", 1e-06)) == {"__bench": 1e-06}


def test_response_cache_is_bounded_and_generation_checked() -> None:
    from emulator.response_cache import CachedBody, ResponseCache

    cache = ResponseCache(max_total_bytes=100)
    cache.put(("a",), CachedBody(1, 200, b"x" * 60, True))
    assert cache.get(("a",), 1) is not None
    assert cache.get(("a",), 2) is None
    cache.put(("b",), CachedBody(1, 200, b"y" * 60, True))
    assert cache.get(("a",), 1) is None
    assert cache.get(("b",), 1) is not None


def test_cached_reads_follow_writes(api: Api) -> None:
    assert api.get("/subscribers").json()["subscribers"]["total"] == 0
    assert api.get("/subscribers").json()["subscribers"]["total"] == 0
    api.post("/subscribers", json={"email": "new@example.com", "status": "subscribed"})
    first = api.get("/subscribers").json()
    second = api.get("/subscribers").json()
    assert first["subscribers"]["total"] == second["subscribers"]["total"] == 1
    assert first["__bench"] > 0 and second["__bench"] > 0
    api.put("/subscribers/1", json={"first_name": "Renamed"})
    assert api.get("/subscribers/1").json()["subscriber"]["first_name"] == "Renamed"


def test_get_bodies_are_not_cached_across_request_bodies(api: Api) -> None:
    api.post("/subscribers", json={"email": "one@example.com", "status": "subscribed"})
    api.post("/subscribers", json={"email": "two@example.com", "status": "subscribed"})
    assert api.get("/subscribers").json()["subscribers"]["total"] == 2
    narrowed = api.request("GET", "/subscribers", json={"search": "one@"})
    assert narrowed.json()["subscribers"]["total"] == 1


def _indexed_values(db: Database, text: str) -> list[str]:
    with db.read() as conn:
        return [
            row[0]
            for row in conn.execute(
                "SELECT m.value FROM custom_value_search s JOIN subscriber_meta m ON m.id = s.rowid"
                " WHERE custom_value_search MATCH ? ORDER BY m.id",
                (f'"{text}"',),
            )
        ]


def test_custom_value_index_follows_every_write(tmp_path: Path) -> None:
    db = Database(tmp_path / "values.sqlite3")
    with db.write() as conn:
        conn.execute(
            "INSERT INTO subscriber_meta (subscriber_id, key, value) VALUES (1, 'plan', 'Enterprise')"
        )
        conn.execute("INSERT INTO subscriber_meta (subscriber_id, key, value) VALUES (2, 'plan', 'Starter')")
    assert _indexed_values(db, "terpri") == ["Enterprise"]
    with db.write() as conn:
        conn.execute("UPDATE subscriber_meta SET value = 'Pro' WHERE subscriber_id = 1")
    assert _indexed_values(db, "terpri") == []
    with db.write() as conn:
        conn.execute("DELETE FROM subscriber_meta WHERE subscriber_id = 2")
    assert _indexed_values(db, "tarter") == []
    db.close()


def test_a_database_without_the_custom_value_index_gets_it_filled(tmp_path: Path) -> None:
    """Databases written before the index existed are indexed when the emulator opens them."""
    path = tmp_path / "older.sqlite3"
    db = Database(path)
    with db.write() as conn:
        conn.execute(
            "INSERT INTO subscriber_meta (subscriber_id, key, value) VALUES (1, 'plan', 'Enterprise')"
        )
        for trigger in ("insert", "delete", "update"):
            conn.execute(f"DROP TRIGGER meta_search_{trigger}")
        conn.execute("DROP TABLE custom_value_search")
    db.close()
    reopened = Database(path)
    assert _indexed_values(reopened, "terpri") == ["Enterprise"]
    reopened.close()


def test_custom_value_search_uses_the_index_and_matches_like(api: Api) -> None:
    api.put(
        "/custom-fields/contacts",
        json={"fields": [{"field_key": "text", "type": "text", "label": "Plan", "slug": "plan"}]},
    )
    for index, plan in enumerate(["Enterprise", "Starter", "enterprise-plus", "50%_off"]):
        created = api.post(
            "/subscribers",
            json={"email": f"p{index}@example.com", "status": "subscribed", "custom_values": {"plan": plan}},
        )
        assert created.status_code == 200, created.text

    def found(search: str) -> list[str]:
        body = api.get("/subscribers", params={"search": search, "custom_fields": "true"}).json()
        return sorted(row["email"] for row in body["subscribers"]["data"])

    assert found("ERPRI") == ["p0@example.com", "p2@example.com"]
    assert found("ar") == ["p1@example.com"]
    assert found("%_off") == ["p3@example.com"]  # LIKE wildcards keep their meaning, as in MySQL
    api.put("/subscribers/1", json={"custom_values": {"plan": "Basic"}})
    assert found("erpri") == ["p2@example.com"]


def test_writes_by_another_process_are_noticed(tmp_path: Path, credentials: dict[str, str]) -> None:
    """Counts, id lists and finished bodies are dropped when another connection (``seed``, a second emulator)
    commits to the same file, not served stale until this process writes."""
    path = tmp_path / "shared.sqlite3"
    app = create_app(db=path, users=[("admin", credentials["admin"])])
    with TestClient(app) as client:
        api = Api(client, "admin", credentials["admin"])
        assert api.get("/subscribers").json()["subscribers"]["total"] == 0
        assert api.get("/tags").json()["tags"]["total"] == 0
        other = Database(path)
        with other.write() as conn:
            conn.execute(
                "INSERT INTO subscribers (email, status, hash, created_at, updated_at)"
                " VALUES ('outside@example.com', 'subscribed', 'x', '2026-11-26 00:00:00', '2026-11-26 00:00:00')"
            )
            conn.execute("INSERT INTO tags (title, slug) VALUES ('Outside', 'outside')")
        other.close()
        listing = api.get("/subscribers").json()["subscribers"]
        assert listing["total"] == 1 and listing["data"][0]["email"] == "outside@example.com"
        assert api.get("/subscribers?search=outside").json()["subscribers"]["total"] == 1
        assert api.get("/tags").json()["tags"]["total"] == 1
    app.state.db.close()


def test_name_sorts_walk_an_index() -> None:
    """``sort_by=first_name``/``last_name`` pages are read in index order, not by sorting every contact."""
    db = Database(":memory:")
    with db.read() as conn:
        for column in ("first_name", "last_name", "email"):
            for direction in ("ASC", "DESC"):
                plan = " ".join(
                    str(row[3])
                    for row in conn.execute(
                        f"EXPLAIN QUERY PLAN SELECT * FROM subscribers"
                        f" ORDER BY {column} COLLATE NOCASE {direction}, id {direction} LIMIT 10 OFFSET 30"
                    )
                )
                assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, (column, direction, plan)
    db.close()
