"""The contact list query: FluentCRM's search, filters and ordering, paged with as little work as possible.

``GET /subscribers`` combines a LIKE search over eleven columns, any-of tag and list filters and a status filter
with AND, except that a custom-field search joins with OR (FluentCRM adds it with ``orWhere``). Searches of three
or more characters go through the trigram index; ids matching a filter are cached per database generation.
"""

from __future__ import annotations

import re
import sqlite3
from array import array
from collections.abc import Callable
from typing import Any

from emulator import contact_model as model
from emulator import errors, taxonomy
from emulator.context import Context
from emulator.pagination import Page
from emulator.records import STATUSES
from emulator.text import php_empty, php_string

SEARCH_COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "address_line_1",
    "address_line_2",
    "postal_code",
    "city",
    "state",
    "country",
    "phone",
    "status",
)
TEXT_SORT_COLUMNS = frozenset(model.FILLABLE) - model.INTEGER_COLUMNS
_ORDERBY_SYNTAX = re.compile(
    r"^\s*(([a-z0-9_]+|`[a-z0-9_]+`)(\s+(ASC|DESC))?\s*(,\s*(?=[a-z0-9_`])|$))+$", re.IGNORECASE
)


def _like(value: str) -> str:
    """MySQL LIKE treats ``%`` and ``_`` in the search text as wildcards too; SQLite does the same."""
    return f"%{value}%"


#: From this offset on, an unfiltered page is sliced from the cached list of all ids instead of using OFFSET.
DEEP_OFFSET = 1000

FTS_SOURCE = "SELECT rowid FROM contact_search WHERE contact_search MATCH ?"
PIVOT_SOURCE = "SELECT subscriber_id FROM subscriber_pivot WHERE object_type = ? AND object_id IN "


def _id_source(clause: str) -> str | None:
    """The id-producing subquery of a clause ``id IN (<subquery>)``, when the clause is exactly that."""
    if clause.startswith("id IN (") and clause.endswith(")"):
        inner = clause[len("id IN (") : -1]
        if inner.startswith((FTS_SOURCE, PIVOT_SOURCE)):
            return inner
    return None


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _search_clause(search: str) -> tuple[str, list[Any]]:
    """FluentCRM's search: LIKE on eleven columns, plus ``first LIKE %w1% OR last LIKE %rest%`` for two words.

    Texts of three or more characters (without LIKE wildcards) use the trigram index, which finds the same rows;
    a name part too short for trigrams (``Jane D``) scans only its own column, and shorter texts fall back to the
    plain LIKE scan.
    """
    words = search.split(" ")
    first, rest = words[0], " ".join(words[1:])
    pair = len(words) >= 2
    if _indexable(search):
        query = _fts_phrase(search)
        scans: list[str] = []
        scan_args: list[Any] = []
        if pair:
            for column, part in (("first_name", first), ("last_name", rest)):
                if _indexable(part):
                    query += f" OR {column} : {_fts_phrase(part)}"
                else:
                    scans.append(f"{column} LIKE ?")
                    scan_args.append(_like(part))
        if not scans:
            return f"id IN ({FTS_SOURCE})", [query]
        return "(" + " OR ".join([f"id IN ({FTS_SOURCE})", *scans]) + ")", [query, *scan_args]
    parts = [f"{SEARCH_COLUMNS[0]} LIKE ?"]
    args: list[Any] = [_like(search)]
    if pair:
        parts.append("(first_name LIKE ? OR last_name LIKE ?)")
        args += [_like(first), _like(rest)]
    for column in SEARCH_COLUMNS[1:]:
        parts.append(f"{column} LIKE ?")
        args.append(_like(search))
    return "(" + " OR ".join(parts) + ")", args


def _indexable(text: str) -> bool:
    """Whether the trigram index finds exactly the rows ``LIKE '%text%'`` finds: three or more characters,
    no LIKE wildcards, no control characters."""
    return len(text) >= 3 and "%" not in text and "_" not in text and all(ord(c) >= 32 for c in text)


def _custom_value_clause(search: str) -> tuple[str, list[Any]]:
    """Contacts with a custom value containing ``search`` (FluentCRM's ``whereHas`` on the custom field meta).

    An uncorrelated ``id IN (…)`` reads the matching values once, through the trigram index when it can; a
    correlated EXISTS probed every contact's values and cost a third of a second at 100,000 contacts.
    """
    if _indexable(search):
        values = "id IN (SELECT rowid FROM custom_value_search WHERE custom_value_search MATCH ?)"
        matched: list[Any] = [_fts_phrase(search)]
    else:
        values = "value LIKE ?"
        matched = [_like(search)]
    return (
        f"id IN (SELECT subscriber_id FROM subscriber_meta WHERE object_type = 'custom_field' AND {values})",
        matched,
    )


def _membership_clause(conn: sqlite3.Connection, value: Any, kind: str) -> tuple[str, list[Any]]:
    items = taxonomy.as_items(value)
    ids = taxonomy.resolve_ids(conn, items, kind, create=False) if items else []
    if not ids:
        return "0", []
    object_type = taxonomy.object_type_for(kind)
    return f"id IN ({PIVOT_SOURCE}({','.join('?' * len(ids))}))", [object_type, *ids]


def _order_clause(ctx: Context) -> str:
    errors.must_be_text("sort_by", ctx.get("sort_by"))
    sort_by = php_string(ctx.get("sort_by", "id")) if ctx.has("sort_by") else "id"
    errors.must_be_text("sort_type", ctx.get("sort_type"))
    sort_type = php_string(ctx.get("sort_type", "DESC")) if ctx.has("sort_type") else "DESC"
    direction = "ASC" if sort_type.strip().lower() == "asc" else "DESC"
    if sort_by and _ORDERBY_SYNTAX.match(sort_by):
        column = sort_by.strip().strip("`").lower()
        if column in model.SORTABLE:
            collate = " COLLATE NOCASE" if column in TEXT_SORT_COLUMNS or column == "hash" else ""
            if column == "id":
                return f"ORDER BY id {direction}"
            return f"ORDER BY {column}{collate} {direction}, id {direction}"
    # FluentCRM applies no ORDER BY at all for an unknown column, so MySQL returns rows by primary key.
    return "ORDER BY id ASC"


def _matching_ids(conn: sqlite3.Connection, where: str, args: list[Any], source: str | None) -> array[int]:
    """All ids matching ``where``, highest first, in a compact array. A lone index-backed filter (a search
    served by the trigram index, or tag/list membership) is read straight from its index."""
    if source is not None:
        return array("q", sorted({row[0] for row in conn.execute(source, args)}, reverse=True))
    return array(
        "q", (row[0] for row in conn.execute(f"SELECT id FROM subscribers {where} ORDER BY id DESC", args))
    )


#: A trigram search is first read without order, up to this many rows; fewer means the whole result is in hand.
FEW_HITS = 256


#: At most this many trigrams of a long search text are looked up first; a row holding the text holds all of them.
RARE_TRIGRAMS = 4


#: How many contacts hold a trigram of the search index: ``trigram -> count``.
Frequency = Callable[[str], int]


def _trigram_documents(conn: sqlite3.Connection, trigram: str) -> int:
    """How many contacts the search index lists under ``trigram`` (about a millisecond at 100,000 contacts, so
    callers keep the answer; see :func:`_candidates`)."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.contact_search_terms"
        " USING fts5vocab(main, contact_search, 'row')"
    )
    row = conn.execute("SELECT doc FROM temp.contact_search_terms WHERE term = ?", (trigram,)).fetchone()
    return int(row[0]) if row is not None else 0


def _trigram_spans(search: str) -> list[tuple[str, int]]:
    """Each trigram of ``search`` as the index folds it, with where it starts."""
    return [(search[i : i + 3].lower(), i) for i in range(len(search) - 2)]


def _candidates(conn: sqlite3.Connection, search: str, frequency: Frequency) -> list[int] | None:
    """The contacts that hold a few rare trigrams of ``search``, when at most :data:`FEW_HITS` do; ``None`` when
    the phrase query itself is as cheap (a short text) or the trigrams are too common to narrow much.

    A phrase query reads the entries of every trigram of the text, and an e-mail address has a dozen that nearly
    every contact shares (``exa``, ``.co``, ``com``...): several times slower than a few rare ones. The rarest
    are chosen by how often each occurred when it was first asked about (an outdated count only makes the choice
    less good), and none overlaps another, since overlapping trigrams (``500``, ``002``) mostly come together.
    What they find is a superset of the answer, which the caller narrows down with FluentCRM's own ``LIKE`` test.
    """
    spans = _trigram_spans(search)
    if len({trigram for trigram, _ in spans}) <= RARE_TRIGRAMS:
        return None
    chosen: list[tuple[str, int]] = []
    counts = {trigram: frequency(trigram) for trigram, _ in spans}
    for trigram, start in sorted(spans, key=lambda span: (counts[span[0]], span[1])):
        if all(abs(start - other) >= 3 for _, other in chosen) and trigram not in {t for t, _ in chosen}:
            chosen.append((trigram, start))
        if len(chosen) == RARE_TRIGRAMS:
            break
    query = " AND ".join(_fts_phrase(trigram) for trigram, _ in chosen)
    found = [row[0] for row in conn.execute(f"{FTS_SOURCE} LIMIT {FEW_HITS + 1}", [query])]
    return None if len(found) > FEW_HITS else found


def _surely_frequent(search: str, frequency: Frequency) -> bool:
    """Whether ``search`` is a short text (a name) each of whose few trigrams was in more than :data:`FEW_HITS`
    contacts when the index was read: the text is then most likely that frequent too, and reading a first few
    hundred hits would be wasted. A longer text is much rarer than its trigrams and is not guessed at. (A wrong
    guess only takes the ordered read, which answers any search.)"""
    trigrams = {trigram for trigram, _ in _trigram_spans(search)}
    return 0 < len(trigrams) <= RARE_TRIGRAMS and min(frequency(trigram) for trigram in trigrams) > FEW_HITS


def _holding(conn: sqlite3.Connection, ids: list[int], search: str) -> list[int]:
    """Those of ``ids`` whose searched columns contain ``search`` (``LIKE '%search%'``, FluentCRM's test)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    test = " OR ".join(f"{column} LIKE ?" for column in SEARCH_COLUMNS)
    sql = f"SELECT id FROM subscribers WHERE id IN ({marks}) AND ({test})"
    return [row[0] for row in conn.execute(sql, [*ids, *[_like(search)] * len(SEARCH_COLUMNS)])]


def _phrase_text(args: list[Any]) -> str | None:
    """The search text of a query that is one quoted phrase and nothing else."""
    if len(args) != 1 or not isinstance(args[0], str):
        return None
    query = args[0]
    text = query[1:-1].replace('""', '"') if len(query) >= 2 and query[0] == query[-1] == '"' else None
    return text if text is not None and _fts_phrase(text) == query else None


def _few_search_hits(
    conn: sqlite3.Connection, source: str, args: list[Any], frequency: Frequency
) -> array[int] | None:
    """Every id a trigram search matches, highest first, when there are at most :data:`FEW_HITS` of them.

    FTS5 reads in ascending rowid order; asking it for the highest ids of a rare phrase (an e-mail address, a
    phone number) cost six times a forward read in measurements (3.3 ms against 0.5 ms at 100,000 contacts),
    and the count was a second full read. One short forward read settles a rare phrase and its count at once;
    a frequent one stops after a few hundred rows and takes the ordered path, where the newest hits come first.
    """
    text = _phrase_text(args) if source == FTS_SOURCE else None
    if text is not None:
        if _surely_frequent(text, frequency):
            return None
        candidates = _candidates(conn, text, frequency)
        if candidates is not None:
            return array("q", sorted(_holding(conn, candidates, text), reverse=True))
    found = [row[0] for row in conn.execute(f"{source} LIMIT {FEW_HITS + 1}", args)]
    if len(found) > FEW_HITS:
        return None
    return array("q", sorted(set(found), reverse=True))


def _sliced(ids: array[int], page: Page, descending: bool) -> list[int]:
    """One page of an id list kept highest first, in either direction."""
    if descending:
        return list(ids[page.offset : page.offset + page.limit])
    end = max(len(ids) - page.offset, 0)
    return list(ids[max(end - page.limit, 0) : end])[::-1]


#: A single tag or list's total, kept by triggers (see ``storage.MEMBER_COUNT_SCHEMA``): the number of its pivot
#: rows, which is what counting the membership subquery gives.
MEMBER_COUNT = "SELECT members FROM member_counts WHERE object_type = ? AND object_id = ?"


#: A single status's total, kept by triggers like the member counts; their sum is the number of contacts.
STATUS_COUNT = "SELECT members FROM status_counts WHERE status = ?"
ALL_COUNT = "SELECT COALESCE(SUM(members), 0) FROM status_counts"


def _count(conn: sqlite3.Connection, sql: str, args: list[Any]) -> int:
    row = conn.execute(sql, args).fetchone()
    return int(row[0]) if row is not None else 0


def _unique_ids(source: str, args: list[Any]) -> bool:
    """Whether ``source`` yields each contact once: a trigram search, or membership of a single tag or list."""
    return source.startswith(FTS_SOURCE) or len(args) == 2


def _rows_by_id(conn: sqlite3.Connection, chosen: list[int]) -> list[sqlite3.Row]:
    if not chosen:
        return []
    marks = ",".join("?" * len(chosen))
    found = {
        row["id"]: row for row in conn.execute(f"SELECT * FROM subscribers WHERE id IN ({marks})", chosen)
    }
    return [found[i] for i in chosen if i in found]


def page_rows(
    ctx: Context,
    conn: sqlite3.Connection,
    where: str,
    args: list[Any],
    page: Page,
    source: str | None = None,
    lone_status: str | None = None,
) -> tuple[list[sqlite3.Row], int]:
    """One page of contacts and the total, reusing work between requests until the next write.

    A filtered list ordered by id keeps the matching ids (per database generation), so the next page, the count
    and repeated searches cost a slice instead of a scan; so does an unfiltered list read far from its start,
    where OFFSET would step over every earlier row. Other orders run the query with a cached count.
    """
    order = _order_clause(ctx)
    if (
        lone_status is not None
        and order in ("ORDER BY id DESC", "ORDER BY id ASC")
        and page.offset < DEEP_OFFSET
    ):
        # One status and nothing else: its kept count, and its page walked in (status, id) index order.
        total = ctx.db.cached(
            ("count", STATUS_COUNT, (lone_status,)), lambda: _count(conn, STATUS_COUNT, [lone_status])
        )
        rows = conn.execute(
            f"SELECT * FROM subscribers INDEXED BY subscribers_status WHERE status = ? {order} LIMIT ? OFFSET ?",
            [lone_status, page.limit, page.offset],
        ).fetchall()
        return rows, total
    if source is not None and order in ("ORDER BY id DESC", "ORDER BY id ASC") and _unique_ids(source, args):
        # One index-backed filter whose ids are unique: count it and read the page straight from the index.
        if source.startswith(FTS_SOURCE):
            few = ctx.db.cached(
                ("few", source, tuple(args)),
                lambda: _few_search_hits(
                    conn,
                    source,
                    args,
                    lambda trigram: ctx.db.lasting(
                        ("trigram-documents", trigram), lambda: _trigram_documents(conn, trigram)
                    ),
                ),
            )
            if few is not None:
                return _rows_by_id(conn, _sliced(few, page, order.endswith("DESC"))), len(few)
        column = "rowid" if source.startswith(FTS_SOURCE) else "subscriber_id"
        count_sql = f"SELECT COUNT(*) FROM ({source})" if column == "rowid" else MEMBER_COUNT
        total = ctx.db.cached(("count", count_sql, tuple(args)), lambda: _count(conn, count_sql, args))
        direction = order.rsplit(" ", 1)[1]
        page_sql = f"SELECT {column} FROM ({source}) ORDER BY {column} {direction} LIMIT ? OFFSET ?"
        page_args = [*args, page.limit, page.offset]
        chosen = ctx.db.cached(
            ("page", page_sql, tuple(page_args)),
            lambda: [row[0] for row in conn.execute(page_sql, page_args)],
        )
        return _rows_by_id(conn, chosen), total
    if (where or page.offset >= DEEP_OFFSET) and order in ("ORDER BY id DESC", "ORDER BY id ASC"):
        ids = ctx.db.cached(("ids", where, tuple(args)), lambda: _matching_ids(conn, where, args, source))
        return _rows_by_id(conn, _sliced(ids, page, order.endswith("DESC"))), len(ids)
    count_sql, count_args = f"SELECT COUNT(*) FROM subscribers {where}", args
    if lone_status is not None:
        count_sql, count_args = STATUS_COUNT, [lone_status]
    elif not where:
        count_sql = ALL_COUNT
    total = ctx.db.cached(
        ("count", count_sql, tuple(count_args)), lambda: _count(conn, count_sql, count_args)
    )
    rows = conn.execute(
        f"SELECT * FROM subscribers {where} {order} LIMIT ? OFFSET ?", [*args, page.limit, page.offset]
    ).fetchall()
    return rows, total


def contact_page(
    ctx: Context, conn: sqlite3.Connection, page: Page, search: str, with_custom: bool
) -> tuple[list[sqlite3.Row], int]:
    """The rows of one page of ``GET /subscribers`` and the total number of matching contacts."""
    search_sql = ""
    search_args: list[Any] = []
    if search:
        search_sql, search_args = _search_clause(search)
    filters: list[str] = []
    filter_args: list[Any] = []
    for name, kind in (("tags", "tag"), ("lists", "list")):
        errors.must_hold_no_lists(name, ctx.get(name))
        if not php_empty(ctx.get(name)):
            clause, args = _membership_clause(conn, ctx.get(name), kind)
            filters.append(clause)
            filter_args += args
    wanted = _statuses(ctx.get("statuses"))
    if wanted:
        filters.append(f"status IN ({','.join('?' * len(wanted))})")
        filter_args += wanted
    where, args = "", []
    source: str | None = None
    if search_sql and with_custom:
        # FluentCRM adds the custom-field match with orWhere, so SQL precedence binds the other filters to
        # that branch only: (search) OR (custom value AND filters).
        custom, custom_args = _custom_value_clause(search)
        where = f"WHERE {search_sql} OR ({' AND '.join([custom, *filters])})"
        args = [*search_args, *custom_args, *filter_args]
    else:
        clauses = ([search_sql] if search_sql else []) + filters
        if clauses:
            where = "WHERE " + " AND ".join(clauses)
            args = [*search_args, *filter_args]
        if len(clauses) == 1:
            source = _id_source(clauses[0])
    lone_status = wanted[0] if len(set(wanted)) == 1 and not search_sql and len(filters) == 1 else None
    return page_rows(ctx, conn, where, args, page, source, lone_status)


def _statuses(value: Any) -> list[str]:
    """``statuses[]`` or a scalar ``statuses``; unknown values are dropped (and with them, possibly, the filter)."""
    if php_empty(value):
        return []
    items = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]
    return [item for item in items if isinstance(item, str) and item in STATUSES]
