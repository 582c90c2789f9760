"""Fill a database with realistic FluentCRM data, fast and reproducibly.

The same ``seed`` always produces the same rows, so benchmarks and manual checks are comparable between runs.
Everything is written with ``executemany`` in one transaction: 100,000 contacts take a few seconds.
"""

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from emulator.records import CUSTOM_FIELDS_OPTION, LIST_TYPE, TAG_TYPE
from emulator.storage import Database

FIRST_NAMES = (
    "Noah",
    "Dev",
    "Mia",
    "Kai",
    "Nora",
    "Zoe",
    "Emma",
    "Chloe",
    "Eli",
    "Lena",
    "Ben",
    "Ana",
    "Ivan",
    "Theo",
    "Sara",
    "Ava",
    "Liam",
    "Yuki",
    "Rosa",
    "Kira",
    "Omar",
    "Priya",
    "Jonas",
    "Lucia",
    "Mateo",
    "Amara",
    "Hugo",
    "Ines",
)
LAST_NAMES = (
    "Silva",
    "Kowalski",
    "Rossi",
    "Garcia",
    "Nguyen",
    "Smith",
    "Haddad",
    "Khan",
    "Okafor",
    "Müller",
    "Tanaka",
    "Dubois",
    "Novak",
    "Larsen",
    "Moreau",
    "Costa",
    "Ibrahim",
    "Schmidt",
)
PLACES = (
    ("Swansea", "Swansea", "GB", "SA1 3EE"),
    ("Berlin", "BE", "DE", "10115"),
    ("Lyon", "ARA", "FR", "69001"),
    ("Austin", "TX", "US", "73301"),
    ("Osaka", "Osaka", "JP", "530-0001"),
    ("Porto", "Porto", "PT", "4000-001"),
)
STATUS_WEIGHTS = (
    ("subscribed", 66),
    ("pending", 9),
    ("unsubscribed", 9),
    ("transactional", 5),
    ("bounced", 4),
    ("complained", 4),
    ("spammed", 3),
)
TAGS = (
    ("VIP", "vip", "High value customers"),
    ("Newsletter", "newsletter", ""),
    ("Webinar Attendee", "webinar-attendee", "Joined a webinar"),
    ("Lead Magnet", "lead-magnet", ""),
    ("Churn Risk", "churn-risk", "Flagged by CS"),
    ("Trial", "trial", "On a free trial"),
)
LISTS = (
    ("Customers", "customers", "Paying customers"),
    ("Prospects", "prospects", ""),
    ("Partners", "partners", "Agency partners"),
    ("Beta Testers", "beta-testers", ""),
    ("Event 2024", "event-2024", "Conference leads"),
)
CUSTOM_FIELDS = [
    {
        "field_key": "text",
        "type": "text",
        "label": "Favorite Color",
        "slug": "favorite_color",
        "group": "Default",
    },
    {
        "field_key": "number",
        "type": "number",
        "label": "Loyalty Points",
        "slug": "loyalty_points",
        "group": "Default",
    },
    {
        "field_key": "single-select",
        "type": "select-one",
        "label": "Plan",
        "slug": "plan",
        "options": ["free", "pro", "enterprise"],
        "group": "Default",
    },
    {
        "field_key": "checkbox",
        "type": "checkbox",
        "label": "Interests",
        "slug": "interests",
        "options": ["news", "offers", "events"],
        "group": "Default",
    },
    {"field_key": "date", "type": "date", "label": "Signup Date", "group": "Default", "slug": "signup_date"},
]
COLORS = ("red", "green", "blue", "teal", "orange", "purple")


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _ensure_taxonomy(conn: Any, table: str, items: tuple[tuple[str, str, str], ...], stamp: str) -> list[int]:
    ids = []
    for title, slug, description in items:
        row = conn.execute(f"SELECT id FROM {table} WHERE slug = ?", (slug,)).fetchone()
        if row is None:
            cursor = conn.execute(
                f"INSERT INTO {table} (title, slug, description, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (title, slug, description, stamp, stamp),
            )
            ids.append(int(cursor.lastrowid or 0))
        else:
            ids.append(int(row["id"]))
    return ids


def seed_database(path: str | Path, contacts: int, seed: int = 20261126) -> dict[str, int]:
    """Add ``contacts`` contacts (plus tags, lists, custom fields and e-mail activity) to the database."""
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    stamp = _stamp(now)
    db = Database(path)
    # A bulk load can skip per-commit syncing; the final checkpoint below makes the data durable.
    db.tune_for_bulk_load()
    counts = {"contacts": 0, "pivots": 0, "custom_values": 0, "emails": 0, "opens": 0, "clicks": 0}
    try:
        with db.search_index_paused(), db.write() as conn:
            tag_ids = _ensure_taxonomy(conn, "tags", TAGS, stamp)
            list_ids = _ensure_taxonomy(conn, "lists", LISTS, stamp)
            if (
                conn.execute("SELECT 1 FROM options WHERE name = ?", (CUSTOM_FIELDS_OPTION,)).fetchone()
                is None
            ):
                conn.execute(
                    "INSERT INTO options (name, value) VALUES (?, ?)",
                    (CUSTOM_FIELDS_OPTION, json.dumps(CUSTOM_FIELDS)),
                )
            start = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM subscribers").fetchone()[0])
            statuses = [s for s, _ in STATUS_WEIGHTS]
            weights = [w for _, w in STATUS_WEIGHTS]
            rows: list[tuple[Any, ...]] = []
            pivots: list[tuple[Any, ...]] = []
            metas: list[tuple[Any, ...]] = []
            for offset in range(1, contacts + 1):
                contact_id = start + offset
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                email = f"{first}.{last}.{contact_id}@example.org".lower().replace("ü", "u")
                city, state, country, postal = rng.choice(PLACES)
                created = now - timedelta(seconds=rng.randint(0, 540 * 86400))
                dob = f"{rng.randint(1950, 2008)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                rows.append(
                    (
                        contact_id,
                        hashlib.md5(email.encode()).hexdigest(),
                        first,
                        last,
                        email,
                        f"{rng.randint(1, 400)} Main St",
                        postal,
                        city,
                        state,
                        country,
                        f"+49 30 {rng.randint(1000000, 9999999)}",
                        rng.choices(statuses, weights)[0],
                        rng.choice(("lead", "customer")),
                        dob if rng.random() < 0.7 else None,
                        _stamp(created),
                        _stamp(created + timedelta(seconds=rng.randint(0, 86400))),
                    )
                )
                pivot_stamp = _stamp(created)
                for tag_id in rng.sample(tag_ids, rng.choice((0, 1, 1, 2, 2, 3))):
                    pivots.append((contact_id, tag_id, TAG_TYPE, pivot_stamp, pivot_stamp))
                for list_id in rng.sample(list_ids, rng.choice((0, 1, 1, 2))):
                    pivots.append((contact_id, list_id, LIST_TYPE, pivot_stamp, pivot_stamp))
                if rng.random() < 0.6:
                    values = {
                        "favorite_color": rng.choice(COLORS),
                        "loyalty_points": str(rng.randint(0, 500)),
                        "plan": rng.choice(("free", "pro", "enterprise")),
                        "interests": rng.sample(["news", "offers", "events"], rng.randint(1, 2)),
                    }
                    for key, value in values.items():
                        metas.append((contact_id, key, json.dumps(value), pivot_stamp, pivot_stamp))
            conn.executemany(
                "INSERT INTO subscribers (id, hash, first_name, last_name, email, address_line_1, postal_code, city,"
                " state, country, phone, status, contact_type, date_of_birth, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.executemany(
                "INSERT OR IGNORE INTO subscriber_pivot (subscriber_id, object_id, object_type, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                pivots,
            )
            conn.executemany(
                "INSERT OR IGNORE INTO subscriber_meta (subscriber_id, object_type, key, value, created_at, updated_at)"
                " VALUES (?, 'custom_field', ?, ?, ?, ?)",
                metas,
            )
            counts.update(contacts=len(rows), pivots=len(pivots), custom_values=len(metas))
            counts.update(_email_activity(conn, rng, rows, now))
        db.checkpoint()
    finally:
        db.close()
    return counts


def _email_activity(
    conn: Any, rng: random.Random, rows: list[tuple[Any, ...]], now: datetime
) -> dict[str, int]:
    """A handful of campaigns over the last months, each sent to a sample of subscribed contacts."""
    subscribed = [row[0] for row in rows if row[11] == "subscribed"]
    if not subscribed:
        return {}
    emails: list[tuple[Any, ...]] = []
    metrics: list[tuple[Any, ...]] = []
    campaigns = 6
    for number in range(campaigns):
        sent_at = now - timedelta(days=rng.randint(1, 150), hours=rng.randint(0, 23))
        cursor = conn.execute(
            "INSERT INTO campaigns (title, status, created_at, updated_at) VALUES (?, 'archived', ?, ?)",
            (f"Monthly update #{number + 1}", _stamp(sent_at), _stamp(sent_at)),
        )
        campaign_id = int(cursor.lastrowid or 0)
        audience = rng.sample(subscribed, min(len(subscribed), max(1, len(subscribed) // 4)))
        for contact_id in audience:
            scheduled = sent_at + timedelta(minutes=rng.randint(0, 120))
            opened = rng.random() < 0.4
            clicked = opened and rng.random() < 0.3
            emails.append(
                (
                    campaign_id,
                    contact_id,
                    "sent",
                    int(opened),
                    1 if clicked else None,
                    _stamp(scheduled),
                    _stamp(scheduled),
                    _stamp(scheduled),
                )
            )
            if opened:
                metrics.append(
                    (
                        campaign_id,
                        contact_id,
                        "open",
                        None,
                        _stamp(scheduled + timedelta(hours=rng.randint(1, 72))),
                    )
                )
            if clicked:
                metrics.append(
                    (
                        campaign_id,
                        contact_id,
                        "click",
                        "https://example.com/offer",
                        _stamp(scheduled + timedelta(hours=rng.randint(1, 96))),
                    )
                )
    conn.executemany(
        "INSERT INTO campaign_emails (campaign_id, subscriber_id, status, is_open, click_counter, scheduled_at,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        emails,
    )
    conn.executemany(
        "INSERT INTO campaign_url_metrics (campaign_id, subscriber_id, type, url, created_at) VALUES (?, ?, ?, ?, ?)",
        metrics,
    )
    return {
        "emails": len(emails),
        "opens": sum(1 for m in metrics if m[2] == "open"),
        "clicks": sum(1 for m in metrics if m[2] == "click"),
    }
