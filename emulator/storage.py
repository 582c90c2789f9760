"""SQLite storage: schema, connections and the one-writer-at-a-time rule.

Every write runs inside ``BEGIN IMMEDIATE`` under a process-wide lock, so concurrent requests never interleave
their read-modify-write steps and a crash leaves either the whole request's changes or none of them. File
databases use WAL mode; a read takes the writer connection when no write holds it (its page cache survives its
own commits) and otherwise its own per-thread connection, with one consistent snapshot per request either way.
``:memory:`` databases live on a single shared connection guarded by the same lock.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from emulator.bucketing import mysql_week

T = TypeVar("T")
CACHE_MAX_ENTRIES = 4096
CACHE_MAX_WEIGHT = 2_000_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS wp_users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    login TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS subscribers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER,
    hash TEXT,
    contact_owner INTEGER,
    company_id INTEGER,
    prefix TEXT,
    first_name TEXT,
    last_name TEXT,
    email TEXT NOT NULL,
    timezone TEXT,
    address_line_1 TEXT,
    address_line_2 TEXT,
    postal_code TEXT,
    city TEXT,
    state TEXT,
    country TEXT,
    ip TEXT,
    latitude TEXT,
    longitude TEXT,
    total_points INTEGER NOT NULL DEFAULT 0,
    life_time_value INTEGER NOT NULL DEFAULT 0,
    phone TEXT,
    status TEXT NOT NULL DEFAULT 'subscribed',
    contact_type TEXT NOT NULL DEFAULT 'lead',
    source TEXT,
    avatar TEXT,
    date_of_birth TEXT,
    created_at TEXT,
    last_activity TEXT,
    updated_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS subscribers_email ON subscribers (email COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS subscribers_status_created ON subscribers (status, created_at);
CREATE INDEX IF NOT EXISTS subscribers_created ON subscribers (created_at);
CREATE INDEX IF NOT EXISTS subscribers_first_name ON subscribers (first_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS subscribers_last_name ON subscribers (last_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS subscribers_status ON subscribers (status);
CREATE INDEX IF NOT EXISTS subscribers_status_first_name ON subscribers (status, first_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS subscribers_status_last_name ON subscribers (status, last_name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS tags (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    description TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS tags_slug ON tags (slug COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS lists (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    description TEXT,
    is_public INTEGER NOT NULL DEFAULT 0,
    created_at TEXT,
    updated_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS lists_slug ON lists (slug COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS subscriber_pivot (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id INTEGER NOT NULL,
    object_id INTEGER NOT NULL,
    object_type TEXT NOT NULL,
    created_at TEXT,
    updated_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS pivot_subscriber ON subscriber_pivot (subscriber_id, object_type, object_id);
CREATE INDEX IF NOT EXISTS pivot_object ON subscriber_pivot (object_type, object_id, subscriber_id);
CREATE TABLE IF NOT EXISTS subscriber_meta (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscriber_id INTEGER NOT NULL,
    object_type TEXT NOT NULL DEFAULT 'custom_field',
    key TEXT NOT NULL,
    value TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS meta_subscriber_key ON subscriber_meta (subscriber_id, key);
CREATE TABLE IF NOT EXISTS options (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'archived',
    created_at TEXT,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS campaign_emails (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER,
    subscriber_id INTEGER,
    email_address TEXT,
    status TEXT NOT NULL DEFAULT 'sent',
    is_open INTEGER NOT NULL DEFAULT 0,
    click_counter INTEGER,
    scheduled_at TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX IF NOT EXISTS emails_status_scheduled ON campaign_emails (status, scheduled_at);
CREATE INDEX IF NOT EXISTS emails_subscriber ON campaign_emails (subscriber_id);
CREATE TABLE IF NOT EXISTS campaign_url_metrics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER,
    subscriber_id INTEGER,
    type TEXT NOT NULL,
    url TEXT,
    created_at TEXT
);
CREATE INDEX IF NOT EXISTS metrics_type_created ON campaign_url_metrics (type, created_at);
"""

#: Trigram full-text indexes over the columns FluentCRM searches and over custom values (searched with
#: ``custom_fields=true``), so ``LIKE '%text%'`` searches of three or more characters do not scan every row.
#: Triggers keep them in step with ``subscribers`` and ``subscriber_meta``.
SEARCH_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS contact_search USING fts5(
    email, first_name, last_name, address_line_1, address_line_2, postal_code, city, state, country, phone, status,
    content='subscribers', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS subscribers_search_insert AFTER INSERT ON subscribers BEGIN
    INSERT INTO contact_search (rowid, email, first_name, last_name, address_line_1, address_line_2, postal_code, city, state, country, phone, status) VALUES (new.id, new.email, new.first_name, new.last_name, new.address_line_1, new.address_line_2, new.postal_code, new.city, new.state, new.country, new.phone, new.status);
END;
CREATE TRIGGER IF NOT EXISTS subscribers_search_delete AFTER DELETE ON subscribers BEGIN
    INSERT INTO contact_search (contact_search, rowid, email, first_name, last_name, address_line_1, address_line_2, postal_code, city, state, country, phone, status) VALUES ('delete', old.id, old.email, old.first_name, old.last_name, old.address_line_1, old.address_line_2, old.postal_code, old.city, old.state, old.country, old.phone, old.status);
END;
CREATE TRIGGER IF NOT EXISTS subscribers_search_update AFTER UPDATE ON subscribers BEGIN
    INSERT INTO contact_search (contact_search, rowid, email, first_name, last_name, address_line_1, address_line_2, postal_code, city, state, country, phone, status) VALUES ('delete', old.id, old.email, old.first_name, old.last_name, old.address_line_1, old.address_line_2, old.postal_code, old.city, old.state, old.country, old.phone, old.status);
    INSERT INTO contact_search (rowid, email, first_name, last_name, address_line_1, address_line_2, postal_code, city, state, country, phone, status) VALUES (new.id, new.email, new.first_name, new.last_name, new.address_line_1, new.address_line_2, new.postal_code, new.city, new.state, new.country, new.phone, new.status);
END;
CREATE VIRTUAL TABLE IF NOT EXISTS custom_value_search USING fts5(
    value, content='subscriber_meta', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS meta_search_insert AFTER INSERT ON subscriber_meta BEGIN
    INSERT INTO custom_value_search (rowid, value) VALUES (new.id, new.value);
END;
CREATE TRIGGER IF NOT EXISTS meta_search_delete AFTER DELETE ON subscriber_meta BEGIN
    INSERT INTO custom_value_search (custom_value_search, rowid, value) VALUES ('delete', old.id, old.value);
END;
CREATE TRIGGER IF NOT EXISTS meta_search_update AFTER UPDATE ON subscriber_meta BEGIN
    INSERT INTO custom_value_search (custom_value_search, rowid, value) VALUES ('delete', old.id, old.value);
    INSERT INTO custom_value_search (rowid, value) VALUES (new.id, new.value);
END;
"""

#: How many contacts each tag, list and status holds, kept by triggers, so a single tag, list or status filter
#: knows its total without counting rows after every write (half the contacts share the commonest status).
COUNT_SCHEMA = """
CREATE TABLE IF NOT EXISTS member_counts (
    object_type TEXT NOT NULL,
    object_id INTEGER NOT NULL,
    members INTEGER NOT NULL,
    PRIMARY KEY (object_type, object_id)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS pivot_count_insert AFTER INSERT ON subscriber_pivot BEGIN
    INSERT INTO member_counts (object_type, object_id, members) VALUES (new.object_type, new.object_id, 1)
        ON CONFLICT (object_type, object_id) DO UPDATE SET members = members + 1;
END;
CREATE TRIGGER IF NOT EXISTS pivot_count_delete AFTER DELETE ON subscriber_pivot BEGIN
    UPDATE member_counts SET members = members - 1
        WHERE object_type = old.object_type AND object_id = old.object_id;
END;
CREATE TRIGGER IF NOT EXISTS pivot_count_update AFTER UPDATE OF object_type, object_id ON subscriber_pivot BEGIN
    UPDATE member_counts SET members = members - 1
        WHERE object_type = old.object_type AND object_id = old.object_id;
    INSERT INTO member_counts (object_type, object_id, members) VALUES (new.object_type, new.object_id, 1)
        ON CONFLICT (object_type, object_id) DO UPDATE SET members = members + 1;
END;
CREATE TABLE IF NOT EXISTS status_counts (
    status TEXT NOT NULL PRIMARY KEY,
    members INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS status_count_insert AFTER INSERT ON subscribers BEGIN
    INSERT INTO status_counts (status, members) VALUES (new.status, 1)
        ON CONFLICT (status) DO UPDATE SET members = members + 1;
END;
CREATE TRIGGER IF NOT EXISTS status_count_delete AFTER DELETE ON subscribers BEGIN
    UPDATE status_counts SET members = members - 1 WHERE status = old.status;
END;
CREATE TRIGGER IF NOT EXISTS status_count_update AFTER UPDATE OF status ON subscribers
WHEN old.status IS NOT new.status BEGIN
    UPDATE status_counts SET members = members - 1 WHERE status = old.status;
    INSERT INTO status_counts (status, members) VALUES (new.status, 1)
        ON CONFLICT (status) DO UPDATE SET members = members + 1;
END;
"""
COUNT_TABLES = ("member_counts", "status_counts")
COUNT_TRIGGERS = (
    "pivot_count_insert",
    "pivot_count_delete",
    "pivot_count_update",
    "status_count_insert",
    "status_count_delete",
    "status_count_update",
)
COUNT_FILL = """
DELETE FROM member_counts;
INSERT INTO member_counts (object_type, object_id, members)
    SELECT object_type, object_id, COUNT(*) FROM subscriber_pivot GROUP BY object_type, object_id;
DELETE FROM status_counts;
INSERT INTO status_counts (status, members) SELECT status, COUNT(*) FROM subscribers GROUP BY status;
"""

#: The full-text indexes and the triggers that keep each in step with its content table.
SEARCH_INDEXES = {
    "contact_search": ("subscribers_search_insert", "subscribers_search_delete", "subscribers_search_update"),
    "custom_value_search": ("meta_search_insert", "meta_search_delete", "meta_search_update"),
}

DATA_TABLES = (
    "subscribers",
    "tags",
    "lists",
    "subscriber_pivot",
    "subscriber_meta",
    "options",
    "campaigns",
    "campaign_emails",
    "campaign_url_metrics",
)


TABLES_DIR = Path(__file__).resolve().parent / "tables"


@functools.cache
def _area_schemas() -> tuple[str, ...]:
    """The ``CREATE TABLE IF NOT EXISTS`` scripts of the resource areas, ``emulator/tables/<area>.sql``.

    Each resource area (notes, companies, campaigns, settings...) keeps its tables in a file of its own, so the
    core schema above stays the contacts' and areas can be added without touching each other.
    """
    return tuple(path.read_text(encoding="utf-8") for path in sorted(TABLES_DIR.glob("*.sql")))


@functools.cache
def _area_tables() -> tuple[str, ...]:
    """The names of the tables the area scripts create, emptied by :meth:`Database.reset`."""
    names = []
    for script in _area_schemas():
        names += re.findall(r"CREATE TABLE IF NOT EXISTS\s+(\w+)", script, re.IGNORECASE)
    return tuple(names)


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.create_function("mysql_week", 1, mysql_week, deterministic=True)
    return conn


class Database:
    """Connections to one SQLite database plus the lock that serialises writers."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        self.in_memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        self._lock = threading.RLock()
        self._local = threading.local()
        self._writer = _connect(self.path)
        if not self.in_memory:
            self._writer.execute("PRAGMA journal_mode = WAL")
            # NORMAL keeps every committed transaction across a process crash (kill -9); only an OS crash
            # could lose the last few, which the emulator does not need to survive.
            self._writer.execute("PRAGMA synchronous = NORMAL")
        self._writer.executescript(SCHEMA)
        for script in _area_schemas():
            self._writer.executescript(script)
        self._ensure_search_index()
        self._readers: list[sqlite3.Connection] = []
        self.generation = 0
        self._data_version = self._read_data_version()
        self._cache: dict[object, tuple[int, object]] = {}
        self._cache_weight = 0
        self._cache_lock = threading.Lock()
        self._lasting: dict[object, object] = {}

    def _ensure_search_index(self) -> None:
        """Create the search indexes, filling any that a database made by an older emulator lacks."""
        existing = {
            row[0]
            for row in self._writer.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ({})".format(
                    ",".join("?" * len(SEARCH_INDEXES))
                ),
                tuple(SEARCH_INDEXES),
            )
        }
        self._writer.executescript(SEARCH_SCHEMA)
        for index in SEARCH_INDEXES:
            if index not in existing:
                self._writer.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
        self._ensure_counts()

    def _ensure_counts(self) -> None:
        """Create the count tables, filling them when a database made by an older emulator lacks one."""
        found = self._writer.execute(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", COUNT_TABLES
        ).fetchone()[0]
        self._writer.executescript(COUNT_SCHEMA)
        if found < len(COUNT_TABLES):
            self._writer.executescript(COUNT_FILL)

    def _read_data_version(self) -> int:
        return int(self._writer.execute("PRAGMA data_version").fetchone()[0])

    def notice_outside_writes(self) -> None:
        """Start a new generation when another connection (``fluentcrm-emulator seed``, a second process) has
        committed to the file since the last look, so no cache outlives data it did not write itself.

        ``PRAGMA data_version`` on the writer connection changes only for commits made elsewhere; it costs a few
        microseconds, so every request asks.
        """
        if self.in_memory:
            return
        with self._lock:
            version = self._read_data_version()
            if version != self._data_version:
                self._data_version = version
                self.generation += 1

    def cached(self, key: object, compute: Callable[[], T]) -> T:
        """``compute()`` once per database generation: repeated counts cost nothing until the next write.

        The generation is read before the caller's snapshot starts, so a value is never filed under a newer
        generation than the data it was computed from. Commits by other connections start a new generation through
        :meth:`notice_outside_writes`, which the app calls at the start of every request.
        """
        generation = getattr(self._local, "generation", None)
        if generation is None:
            generation = self.generation
        with self._cache_lock:
            entry = self._cache.get(key)
            if entry is not None and entry[0] == generation:
                return entry[1]  # type: ignore[return-value]
        value = compute()
        weight = len(value) if isinstance(value, (list, array)) else 1
        with self._cache_lock:
            # Bounded by entries and by the ids held in cached id lists (about 8 bytes each in a tight list).
            if len(self._cache) >= CACHE_MAX_ENTRIES or self._cache_weight + weight > CACHE_MAX_WEIGHT:
                self._cache.clear()
                self._cache_weight = 0
            self._cache[key] = (generation, value)
            self._cache_weight += weight
        return value

    def lasting(self, key: object, compute: Callable[[], T]) -> T:
        """``compute()`` once for the life of this object, whatever is written meanwhile.

        Only for hints whose staleness can cost time but never change an answer (which trigrams are rare).
        """
        with self._cache_lock:
            if key in self._lasting:
                return self._lasting[key]  # type: ignore[no-any-return]
        value = compute()
        with self._cache_lock:
            self._lasting.setdefault(key, value)
        return value

    def __repr__(self) -> str:
        return f"Database({self.path!r})"

    def _reader(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = _connect(self.path)
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            with self._lock:
                self._readers.append(conn)
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A connection with one consistent snapshot for the duration of the block.

        The generation seen when the block starts is remembered (per thread) for :meth:`cached` calls inside it.
        """
        outer = getattr(self._local, "generation", None)
        self._local.generation = self.generation
        try:
            if self.in_memory:
                with self._lock:
                    yield self._writer
                return
            if self._lock.acquire(blocking=False):
                try:
                    yield from self._read_on_writer()
                finally:
                    self._lock.release()
                return
            conn = self._reader()
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")
        finally:
            self._local.generation = outer

    def _read_on_writer(self) -> Iterator[sqlite3.Connection]:
        """A read transaction on the writer connection, for a caller that holds the lock.

        SQLite empties a connection's page cache whenever another connection has committed since its last
        transaction, so after every write a reader would fetch each page it needs again; the writer's cache
        survives its own commits. Inside a write on the same thread the open transaction is simply shared.
        """
        conn = self._writer
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """The single writer connection inside one ``BEGIN IMMEDIATE`` transaction."""
        with self._lock:
            conn = self._writer
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            else:
                conn.execute("COMMIT")
            finally:
                self.generation += 1

    def tune_for_bulk_load(self) -> None:
        """Larger cache and no syncing while one big transaction is written (seeding)."""
        with self._lock:
            self._writer.execute("PRAGMA cache_size = -262144")
            self._writer.execute("PRAGMA synchronous = OFF")

    @contextmanager
    def search_index_paused(self) -> Iterator[None]:
        """Bulk inserts without the per-row index and count triggers; both are rebuilt once at the end."""
        with self._lock:
            for trigger in (*COUNT_TRIGGERS, *(t for ts in SEARCH_INDEXES.values() for t in ts)):
                self._writer.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            try:
                yield
            finally:
                self._writer.executescript(SEARCH_SCHEMA)
                for index in SEARCH_INDEXES:
                    self._writer.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
                self._writer.executescript(COUNT_SCHEMA + COUNT_FILL)

    def checkpoint(self) -> None:
        """Flush the write-ahead log into the database file and sync it."""
        with self._lock:
            if not self.in_memory:
                self._writer.execute("PRAGMA synchronous = FULL")
                self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def reset(self) -> None:
        """Remove every record of every table, and restart the id counters."""
        tables = (*DATA_TABLES, *_area_tables())
        with self.write() as conn:
            for table in tables:
                conn.execute(f"DELETE FROM {table}")
            conn.execute(
                "DELETE FROM sqlite_sequence WHERE name IN ({})".format(",".join("?" * len(tables))),
                tables,
            )

    def close(self) -> None:
        with self._lock:
            for conn in self._readers:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._readers.clear()
            self._writer.close()
