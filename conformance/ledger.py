"""The run's own records: what it created, under which marker, and what it has already removed.

Everything the suite creates carries the run id, so a person can recognise it on a shared site
(``conformance+<run-id>-<n>@example.com``, titles and slugs ``conformance-<run-id>-<n>``) and the cleanup can
find leftovers whose creation response never arrived.
"""

from __future__ import annotations

import itertools
import secrets
import threading
import zlib
from collections.abc import Iterable

from conformance.resources import Kind, as_id

MARKER_PREFIX = "conformance"


def new_run_id() -> str:
    """Short, lowercase and URL/slug-safe, so it survives slugification and e-mail validation."""
    return secrets.token_hex(4)


class Ledger:
    """Thread-safe: schemathesis workers record creations concurrently."""

    def __init__(self, run_id: str | None = None) -> None:
        self.run_id = run_id or new_run_id()
        self._lock = threading.Lock()
        self._counter = itertools.count(1)
        self._created: dict[Kind, list[int]] = {kind: [] for kind in Kind}
        self._removed: dict[Kind, set[int]] = {kind: set() for kind in Kind}
        self._staged: dict[str, bool] = {}  # CSV files the run uploaded -> consumed by an import
        #: The hidden campaigns e-mail actions made on the run's mail funnel (see automation_guard); the first is
        #: reused by every later action, the cleanup removes them all.
        self.mail_campaigns: list[int] = []

    # --- markers -------------------------------------------------------------------------------------------
    @property
    def tag(self) -> str:
        """The prefix every title and slug of this run starts with."""
        return f"{MARKER_PREFIX}-{self.run_id}"

    @property
    def email_prefix(self) -> str:
        return f"{MARKER_PREFIX}+{self.run_id}-"

    def _next(self) -> int:
        with self._lock:
            return next(self._counter)

    def email(self) -> str:
        return f"{self.email_prefix}{self._next()}@example.com"

    def title(self) -> str:
        return f"{self.tag}-{self._next()}"

    def is_marked_email(self, value: object) -> bool:
        return isinstance(value, str) and value.lower().startswith(self.email_prefix)

    def is_marked_title(self, value: object) -> bool:
        return isinstance(value, str) and value.lower().startswith(self.tag)

    # --- records ---------------------------------------------------------------------------------------------
    def record_created(self, kind: Kind, record_id: int) -> None:
        with self._lock:
            if record_id not in self._created[kind]:
                self._created[kind].append(record_id)
            self._removed[kind].discard(record_id)

    def record_removed(self, kind: Kind, record_id: int) -> None:
        with self._lock:
            if record_id in self._created[kind]:
                self._removed[kind].add(record_id)

    def removed(self, kind: Kind, record_id: int) -> bool:
        """Whether the run removed this record of its own."""
        with self._lock:
            return record_id in self._removed[kind]

    def owns(self, kind: Kind, record_id: int) -> bool:
        with self._lock:
            return record_id in self._created[kind]

    def owned(self, kind: Kind) -> list[int]:
        with self._lock:
            return list(self._created[kind])

    def live(self, kind: Kind) -> list[int]:
        """Created and not yet removed: what the cleanup still has to delete."""
        with self._lock:
            return [i for i in self._created[kind] if i not in self._removed[kind]]

    def pick(self, kind: Kind, salt: object) -> int | None:
        """A deterministic choice among the run's own records (live ones first), or ``None`` if it has none."""
        candidates = self.live(kind) or self.owned(kind)
        if not candidates:
            return None
        return candidates[zlib.crc32(str(salt).encode()) % len(candidates)]

    def only_owned(self, kind: Kind, values: Iterable[object]) -> list[int]:
        result = []
        for value in values:
            record_id = as_id(value)
            if record_id is not None and self.owns(kind, record_id):
                result.append(record_id)
        return result

    # --- staged CSV files ------------------------------------------------------------------------------------
    def record_staged(self, name: str) -> None:
        with self._lock:
            self._staged.setdefault(name, False)

    def record_consumed(self, name: str) -> None:
        with self._lock:
            if name in self._staged:
                self._staged[name] = True

    def staged_files(self) -> list[str]:
        with self._lock:
            return list(self._staged)

    def unconsumed_files(self) -> list[str]:
        """Staged files no import has read to the end: they still sit in the site's uploads folder."""
        with self._lock:
            return [name for name, consumed in self._staged.items() if not consumed]

    @property
    def mail_campaign(self) -> int | None:
        with self._lock:
            return self.mail_campaigns[0] if self.mail_campaigns else None

    def record_mail_campaign(self, campaign_id: int) -> None:
        with self._lock:
            if campaign_id not in self.mail_campaigns:
                self.mail_campaigns.append(campaign_id)

    def summary(self) -> dict[str, int]:
        with self._lock:
            return {kind.value: len(ids) for kind, ids in self._created.items()}
