"""Walking every page of a list operation without repeating or skipping records.

FluentCRM pages by offset (``page``, ``per_page``). Walked newest first, as it sorts by default, a record created
during the walk pushes every later record one place down: the next page repeats one, and the new record is never
seen. So where the operation lets the client choose the order (``x-python-sdk.paginate.order``), the walk asks
for ascending ids and keeps a cursor on the last id it yielded:

* a record created during the walk gets a larger id, so it lands after the cursor and is yielded once;
* a page never yields an id at or below the cursor, so nothing is yielded twice;
* when the reported ``total`` changes between two pages, records may have been deleted before the cursor, moving
  later records up by as many places: the walk steps back page by page until a page starts at or before the
  cursor, so none is skipped (this costs one or two extra requests per page on which the total moved).

Guarantee: every record that matches the filters for the whole walk is yielded exactly once, in ascending id
order; records created during the walk are yielded; records deleted during the walk may or may not be. One blind
spot remains: if, between two page requests, exactly as many matching records are created as are deleted, the
total does not move and up to that many records can be skipped. Only one page is held in memory at a time.

Without a declared order the walk reads pages in the server's order and stops after ``total`` records: exact on
data that does not change, with the repeats and misses described above when it does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Generic, TypeVar

from .exceptions import UnexpectedResponseError

__all__ = ["PageWalk"]

T = TypeVar("T")


class PageWalk(Generic[T]):
    """The state of one walk: which page to request next, and which items of a received page to yield.

    Shared by the synchronous and asynchronous iterators, which only fetch ``page`` and hand the result to
    :meth:`take` until :attr:`finished`.
    """

    def __init__(self, page_size: int, key: Callable[[T], int] | None) -> None:
        self.page_size = page_size
        self.page = 1
        self.finished = False
        self._key = key
        self._last: int | None = None
        self._total: int | None = None
        self._seen = 0
        self._stepping = False

    def take(self, items: Sequence[T], total: int) -> Sequence[T]:
        """The items of the page just fetched that the caller should yield; moves to the page to fetch next."""
        if self._key is None:
            return self._take_unordered(items, total)
        key = self._key
        keys = [key(item) for item in items]
        if any(later <= earlier for earlier, later in pairwise(keys)):
            raise UnexpectedResponseError(
                f"page {self.page} is not in ascending order of the cursor key although the request asked for it"
            )
        changed = self._total is not None and total != self._total
        self._total = total
        last = self._last
        if self.page > 1 and last is not None and (changed or self._stepping) and (not keys or keys[0] > last):
            # Records were created or deleted since the last page. Created ones land after the cursor; deleted ones
            # before it move later records up, possibly onto an earlier page: read back until a page starts at or
            # before the cursor.
            self.page -= 1
            self._stepping = True
            return ()
        self._stepping = False
        fresh = [item for item, k in zip(items, keys) if last is None or k > last]
        if fresh:
            self._last = keys[-1]
        if len(items) < self.page_size:
            self.finished = True
        else:
            self.page += 1
        return fresh

    def _take_unordered(self, items: Sequence[T], total: int) -> Sequence[T]:
        self._seen += len(items)
        if not items or self._seen >= total:
            self.finished = True
        else:
            self.page += 1
        return items
