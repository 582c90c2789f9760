"""Record ids read from a request: digits that fit a row id, or ``-1``, which names no row.

SQLite (like MySQL's BIGINT) stores ids up to ``2**63 - 1``; handing it a larger Python integer raises instead of
finding nothing. Anything with 19 or more digits, or that is not plain ASCII digits, is therefore ``-1``.
"""

from __future__ import annotations

from typing import Any


def row_id(value: Any) -> int:
    """A path or body id as a row id; ``-1`` (no row) for anything that is not digits or does not fit a row id."""
    text = str(value) if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    return int(text) if text.isascii() and text.isdigit() and len(text) < 19 else -1
