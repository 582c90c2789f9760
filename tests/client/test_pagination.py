"""The page iterators walk every page of contacts, lists and tags, synchronously and asynchronously.

Each test works on its own emulator so that totals are exact.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from fluentcrm_client import AsyncFluentCRM, FluentCRM
from fluentcrm_client.models import BulkAddUpdateInputBulkContactEntry

from emulator.testing import RunningEmulator, serve

CONTACTS, LISTS, TAGS = 7, 5, 4


@pytest.fixture(scope="module")
def seeded() -> Iterator[RunningEmulator]:
    with serve(db=":memory:") as running:
        with FluentCRM(running.base_url, running.username, running.password) as crm:
            crm.contacts.bulk_add_update(
                contacts=[
                    BulkAddUpdateInputBulkContactEntry(email=f"page{i}@example.com", status="subscribed")
                    for i in range(CONTACTS)
                ]
            )
            for i in range(LISTS):
                crm.lists.create(title=f"List {i}")
            for i in range(TAGS):
                crm.tags.create(title=f"Tag {i}")
        yield running


class PageCounter(httpx.BaseTransport):
    """Counts the requests that reach the network, to prove the iterator fetched several pages."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._real = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._real.handle_request(request)


def test_iterate_contacts_over_several_pages(seeded: RunningEmulator) -> None:
    counter = PageCounter()
    with FluentCRM(seeded.base_url, seeded.username, seeded.password, transport=counter) as crm:
        emails = [contact.email for contact in crm.contacts.iterate(page_size=3)]
    assert sorted(emails) == sorted(f"page{i}@example.com" for i in range(CONTACTS))
    assert [r.url.params["page"] for r in counter.requests] == ["1", "2", "3"]
    assert all(r.url.params["per_page"] == "3" for r in counter.requests)


def test_iterate_passes_filters_on(seeded: RunningEmulator) -> None:
    with FluentCRM(seeded.base_url, seeded.username, seeded.password) as crm:
        found = [c.email for c in crm.contacts.iterate(page_size=1, search="page3@")]
    assert found == ["page3@example.com"]


def test_iterate_lists_and_tags(seeded: RunningEmulator) -> None:
    with FluentCRM(seeded.base_url, seeded.username, seeded.password) as crm:
        lists = [item.title for item in crm.lists.iterate(page_size=2)]
        tags = [item.title for item in crm.tags.iterate(page_size=3)]
    assert sorted(lists) == [f"List {i}" for i in range(LISTS)]
    assert sorted(tags) == [f"Tag {i}" for i in range(TAGS)]


def test_async_iterators(seeded: RunningEmulator) -> None:
    async def collect() -> tuple[list[str], list[str], list[str]]:
        async with AsyncFluentCRM(seeded.base_url, seeded.username, seeded.password) as crm:
            contacts = [c.email async for c in crm.contacts.iterate(page_size=2)]
            lists = [item.title async for item in crm.lists.iterate(page_size=2)]
            tags = [item.title async for item in crm.tags.iterate(page_size=2)]
            return contacts, lists, tags

    contacts, lists, tags = asyncio.run(collect())
    assert len(contacts) == CONTACTS and len(set(contacts)) == CONTACTS
    assert sorted(lists) == [f"List {i}" for i in range(LISTS)]
    assert sorted(tags) == [f"Tag {i}" for i in range(TAGS)]


def test_async_crud_and_errors(seeded: RunningEmulator) -> None:
    from fluentcrm_client import NotFoundError

    async def run() -> None:
        async with AsyncFluentCRM(seeded.base_url, seeded.username, seeded.password) as crm:
            created = (await crm.tags.create(title="Async tag")).item
            found = (await crm.tags.get(created.id)).tag
            assert found is not None and found.title == "Async tag"
            await crm.tags.delete(created.id)
            with pytest.raises(NotFoundError):
                await crm.tags.delete(created.id)

    asyncio.run(run())
