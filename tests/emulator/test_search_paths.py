"""The faster read paths of the contact list return exactly what the plain queries return.

Rare trigram searches are read without order and sorted in Python, and status filters sorted by name walk a
(status, name) index; both are checked here against the straightforward LIKE scan and an unindexed sort.
"""

from __future__ import annotations

import random
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulator.app import create_app
from emulator.contact_query import FEW_HITS, SEARCH_COLUMNS
from emulator.records import STATUSES
from emulator.storage import Database
from tests.emulator.conftest import Api, TestClient

FIRST = ["Ann", "Rosa", "Theo", "ben", "Zoë", "Kim", None]
LAST = ["Berg", "Tanaka", "nguyen", "Stone", None]


@pytest.fixture(scope="module")
def crowd() -> Iterator[tuple[Api, Database]]:
    """About 900 contacts: frequent names (more hits than the few-hits read holds) and unique e-mails."""
    rng = random.Random(7)
    database = Database(":memory:")
    with database.write() as conn:
        conn.executemany(
            "INSERT INTO subscribers (email, first_name, last_name, status, phone, hash, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, 'x', '2026-11-26 00:00:00', '2026-11-26 00:00:00')",
            [
                (
                    f"{rng.choice(['ann', 'rosa', 'theo'])}.{n}@{rng.choice(['example.org', 'mail.test'])}",
                    rng.choice(FIRST),
                    rng.choice(LAST),
                    rng.choice(STATUSES),
                    f"+1 555 {n:04d}",
                )
                for n in range(1, 901)
            ],
        )
    password = secrets.token_urlsafe(16)
    app = create_app(db=database, users=[("admin", password)])
    with TestClient(app) as client:
        yield Api(client, "admin", password), database
    database.close()


def _all_ids(api: Api, query: str, per_page: int = 37) -> tuple[list[int], int]:
    found: list[int] = []
    page = 1
    while True:
        body = api.get(f"/subscribers?per_page={per_page}&page={page}&{query}").json()["subscribers"]
        found += [row["id"] for row in body["data"]]
        if page >= body["last_page"]:
            return found, body["total"]
        page += 1


def _like_ids(conn: sqlite3.Connection, text: str, ascending: bool) -> list[int]:
    condition = " OR ".join(f"{column} LIKE ?" for column in SEARCH_COLUMNS)
    direction = "ASC" if ascending else "DESC"
    rows = conn.execute(
        f"SELECT id FROM subscribers WHERE {condition} ORDER BY id {direction}",
        [f"%{text}%"] * len(SEARCH_COLUMNS),
    )
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    "text",
    [
        "theo.17@",
        "THEO.17@Example",
        "rosa.4",
        "555 0123",
        "example.org",
        "Rosa",
        "nguy",
        "nobody-at-all",
        'a"b.1',
    ],
)
@pytest.mark.parametrize("ascending", [False, True])
def test_trigram_searches_equal_the_like_scan(
    crowd: tuple[Api, Database], text: str, ascending: bool
) -> None:
    api, database = crowd
    with database.read() as conn:
        expected = _like_ids(conn, text, ascending)
    order = "&sort_by=id&sort_type=asc" if ascending else ""
    found, total = _all_ids(api, f"search={text.replace(' ', '%20')}{order}")
    assert found == expected
    assert total == len(expected)


def test_the_cases_cover_both_sides_of_the_few_hits_read(crowd: tuple[Api, Database]) -> None:
    _, database = crowd
    with database.read() as conn:
        counts = [len(_like_ids(conn, text, False)) for text in ("theo.17@", "example.org")]
    assert 0 < counts[0] <= FEW_HITS < counts[1]


@pytest.mark.parametrize("column", ["first_name", "last_name"])
@pytest.mark.parametrize("direction", ["asc", "desc"])
@pytest.mark.parametrize("statuses", [["subscribed"], ["pending", "bounced"]])
def test_status_filters_sorted_by_name_equal_an_unindexed_sort(
    crowd: tuple[Api, Database], column: str, direction: str, statuses: list[str]
) -> None:
    api, database = crowd
    sql_direction = "ASC" if direction == "asc" else "DESC"
    with database.read() as conn:
        expected = [
            row[0]
            for row in conn.execute(
                f"SELECT id FROM subscribers NOT INDEXED WHERE status IN ({','.join('?' * len(statuses))})"
                f" ORDER BY {column} COLLATE NOCASE {sql_direction}, id {sql_direction}",
                statuses,
            )
        ]
    query = (
        "&".join(f"statuses[]={status}" for status in statuses) + f"&sort_by={column}&sort_type={direction}"
    )
    found, total = _all_ids(api, query)
    assert found == expected
    assert total == len(expected)


def _member_counts(conn: sqlite3.Connection) -> tuple[dict[tuple[str, int], int], dict[tuple[str, int], int]]:
    """The trigger-kept counts (empty ones dropped) and the same counted from the pivot rows."""
    kept = {
        (row[0], row[1]): row[2] for row in conn.execute("SELECT * FROM member_counts WHERE members != 0")
    }
    counted = {
        (row[0], row[1]): row[2]
        for row in conn.execute(
            "SELECT object_type, object_id, COUNT(*) FROM subscriber_pivot GROUP BY object_type, object_id"
        )
    }
    return kept, counted


def test_member_counts_follow_every_membership_change(api: Api) -> None:
    """Creates, attaches, detaches, tag and list deletes and contact deletes all keep the counts exact, and a
    single tag or list filter reports the total the pivot rows give."""
    for title in ("Alpha", "Beta", "Gamma"):
        assert api.post("/tags", json={"title": title, "slug": title.lower()}).status_code == 200
        assert api.post("/lists", json={"title": f"List {title}"}).status_code == 200
    for n in range(12):
        tags = [1 + n % 3, 1 + (n + 1) % 3] if n % 2 else [1 + n % 3]
        response = api.post(
            "/subscribers",
            json={"email": f"m{n}@example.com", "status": "subscribed", "tags": tags, "lists": [1 + n % 2]},
        )
        assert response.status_code == 200, response.text
    api.put(
        "/subscribers/3", json={"subscriber": {"attach_tags": [3], "detach_tags": [1], "detach_lists": [1]}}
    )
    api.put("/subscribers/4", json={"attach_lists": [3], "detach_tags": [2, 3]})
    assert api.delete("/subscribers/5").status_code == 200
    assert api.delete("/subscribers", params={"subscribers[]": ["6", "7"]}).status_code == 200
    assert api.delete("/tags/2").status_code == 200
    assert api.delete("/lists/2").status_code == 200
    database: Database = api.client.app.state.db
    with database.read() as conn:
        kept, counted = _member_counts(conn)
    assert kept == counted and counted
    for (object_type, object_id), members in counted.items():
        name = "tags" if object_type.endswith("Tag") else "lists"
        total = api.get(f"/subscribers?{name}[]={object_id}").json()["subscribers"]["total"]
        assert total == members
    assert api.get("/subscribers?tags[]=2").json()["subscribers"]["total"] == 0


def test_seeding_fills_the_count_tables(tmp_path: Path) -> None:
    from emulator.seed import seed_database

    db = tmp_path / "seeded.sqlite3"
    seed_database(db, contacts=300, seed=3)
    with sqlite3.connect(db) as conn:
        kept, counted = _member_counts(conn)
        kept_statuses, counted_statuses = _status_counts(conn)
    assert kept == counted and sum(counted.values()) > 300
    assert kept_statuses == counted_statuses and sum(counted_statuses.values()) == 300


def test_a_database_without_the_count_tables_gets_them_filled(tmp_path: Path) -> None:
    from emulator.seed import seed_database

    db = tmp_path / "older.sqlite3"
    seed_database(db, contacts=200, seed=5)
    with sqlite3.connect(db) as conn:
        conn.executescript("DROP TABLE member_counts; DROP TABLE status_counts;")
    database = Database(db)
    with database.read() as conn:
        kept, counted = _member_counts(conn)
        kept_statuses, counted_statuses = _status_counts(conn)
    database.close()
    assert kept == counted and counted
    assert kept_statuses == counted_statuses and sum(counted_statuses.values()) == 200


@pytest.mark.parametrize(
    "statuses", [["subscribed"], ["pending", "pending"], ["spammed"], ["bounced", "pending"]]
)
@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_status_filters_in_id_order_equal_the_plain_query(
    crowd: tuple[Api, Database], statuses: list[str], direction: str
) -> None:
    api, database = crowd
    sql_direction = "ASC" if direction == "asc" else "DESC"
    with database.read() as conn:
        expected = [
            row[0]
            for row in conn.execute(
                f"SELECT id FROM subscribers NOT INDEXED WHERE status IN ({','.join('?' * len(statuses))})"
                f" ORDER BY id {sql_direction}",
                statuses,
            )
        ]
        everyone = conn.execute("SELECT COUNT(*) FROM subscribers NOT INDEXED").fetchone()[0]
    query = "&".join(f"statuses[]={status}" for status in statuses) + f"&sort_by=id&sort_type={direction}"
    found, total = _all_ids(api, query)
    assert found == expected and total == len(expected)
    assert api.get("/subscribers?per_page=1").json()["subscribers"]["total"] == everyone


def _status_counts(conn: sqlite3.Connection) -> tuple[dict[str, int], dict[str, int]]:
    kept = {row[0]: row[1] for row in conn.execute("SELECT * FROM status_counts WHERE members != 0")}
    counted = {
        row[0]: row[1] for row in conn.execute("SELECT status, COUNT(*) FROM subscribers GROUP BY status")
    }
    return kept, counted


def test_status_counts_follow_every_contact_change(api: Api) -> None:
    for n, status in enumerate(["subscribed", "pending", "bounced", "subscribed", "unsubscribed", "pending"]):
        assert (
            api.post("/subscribers", json={"email": f"s{n}@example.com", "status": status}).status_code == 200
        )
    api.put("/subscribers/2", json={"subscriber": {"status": "subscribed"}})
    api.put("/subscribers/1", json={"status": "unsubscribed"})
    api.put("/subscribers/4", json={"first_name": "Same status"})
    api.post(
        "/subscribers/bulk-add-update",
        json={
            "subscribers": [{"email": "s5@example.com", "status": "subscribed"}, {"email": "new@example.com"}]
        },
    )
    assert api.delete("/subscribers/3").status_code == 200
    database: Database = api.client.app.state.db
    with database.read() as conn:
        kept, counted = _status_counts(conn)
    assert kept == counted and counted
    for status, members in counted.items():
        assert api.get(f"/subscribers?statuses[]={status}").json()["subscribers"]["total"] == members
    assert api.get("/subscribers").json()["subscribers"]["total"] == sum(counted.values())


def test_a_long_rare_search_reads_its_rarest_trigrams_first(crowd: tuple[Api, Database]) -> None:
    """The shortcut finds a superset of the answer (then narrowed by LIKE), and only for texts worth it."""
    from emulator.contact_query import _candidates, _trigram_documents

    _, database = crowd
    with database.read() as conn:

        def frequency(trigram: str) -> int:
            return _trigram_documents(conn, trigram)

        assert frequency("ann") > frequency("o.1") > 0 == frequency("zzz")
        candidates = _candidates(conn, "theo.17@mail.test", frequency)
        assert candidates is not None and set(_like_ids(conn, "theo.17@mail.test", False)) <= set(candidates)
        assert _candidates(conn, "Ros", frequency) is None  # one trigram: the phrase itself is as cheap
        assert _candidates(conn, "example.org", frequency) is None  # common trigrams: hundreds of rows
