"""The client's contract beyond single calls: one not-found exception, walks that survive concurrent writes,
early refusal of impossible input, no retries of documented faults, redirects and 401s that say what to fix,
``crm.request()`` and the generated table of operations."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from fluentcrm_client import (
    AuthenticationError,
    FluentCRM,
    InvalidArgumentError,
    NotFoundError,
    RedirectError,
    RetryPolicy,
    ServerError,
    ValidationError,
)

from emulator.testing import RunningEmulator, serve
from tests.client.conftest import FAST_RETRIES, unique

REPO = Path(__file__).resolve().parents[2]
MISSING = 987654321


# Every operation on a missing record, and every get_or_none(): tests/client/test_not_found.py.


def test_get_or_none_returns_the_record_or_none(crm: FluentCRM) -> None:
    tag = crm.tags.create(title=unique("present")).item
    found = crm.tags.get_or_none(tag.id)
    assert found is not None and found.tag is not None and found.tag.id == tag.id
    assert crm.tags.get_or_none(MISSING) is None
    assert crm.lists.get_or_none(MISSING) is None
    assert crm.contacts.get_or_none(MISSING) is None


def test_an_unknown_route_is_not_found_but_not_a_missing_record(crm: FluentCRM) -> None:
    with pytest.raises(NotFoundError) as caught:
        crm.request("GET", "/no-such-route")
    assert caught.value.code == "rest_no_route"
    assert not caught.value.record_missing


class Counting(httpx.BaseTransport):
    """Answers every request with ``respond`` and counts them."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self._respond = respond

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._respond(request)


CRASH = {"code": "internal_server_error", "message": "<p>There has been a critical error.</p>", "data": {"status": 500}}


def _mocked(respond: Callable[[httpx.Request], httpx.Response], retry: RetryPolicy = FAST_RETRIES) -> tuple[FluentCRM, Counting]:
    transport = Counting(respond)
    return FluentCRM("http://crm.test", "admin", "not-a-real-password", retry=retry, transport=transport), transport


def test_deleting_a_missing_tag_on_fluentcrm_is_not_found_and_not_retried() -> None:
    """FluentCRM 2.9.84 crashes (500) on a missing tag; the spec documents it as fault ``missing-tag``."""
    crm, transport = _mocked(lambda request: httpx.Response(500, json=CRASH))
    with crm, pytest.raises(NotFoundError) as caught:
        crm.tags.delete(MISSING)
    assert caught.value.status_code == 500 and caught.value.body == CRASH
    assert len(transport.requests) == 1


def test_a_documented_fault_is_not_retried_but_an_undocumented_5xx_is() -> None:
    crm, transport = _mocked(lambda request: httpx.Response(500, json=CRASH))
    with crm:
        with pytest.raises(ServerError):
            crm.request("GET", "/subscribers", params={"per_page": "abc"})  # fault per-page-not-positive
        assert len(transport.requests) == 1
        with pytest.raises(ServerError):
            crm.contacts.list(per_page=5)  # a crash no fault explains: retried
        assert len(transport.requests) == 1 + 1 + FAST_RETRIES.max_retries


@pytest.mark.parametrize(
    "call",
    [
        lambda crm: crm.contacts.list(per_page=0),
        lambda crm: crm.contacts.list(page=0),
        lambda crm: list(crm.contacts.iterate(page_size=0)),
        lambda crm: crm.tags.get(0),
        lambda crm: crm.lists.delete(-1),
        lambda crm: crm.contacts.list(tags=[1, 0]),
        lambda crm: crm.contacts.delete_many(subscribers=[0]),
    ],
    ids=["per_page", "page", "page_size", "tag-id", "list-id", "tag-filter", "bulk-ids"],
)
def test_input_the_spec_rules_out_is_refused_before_sending(call: Callable[[FluentCRM], object]) -> None:
    crm, transport = _mocked(lambda request: httpx.Response(200, json={}))
    with crm, pytest.raises(InvalidArgumentError):
        call(crm)
    assert transport.requests == []


def test_a_redirect_names_its_target_and_the_fix() -> None:
    def redirect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"Location": "https://crm.test/wp-json/fluent-crm/v2/tags"})

    crm, _ = _mocked(redirect)
    with crm, pytest.raises(RedirectError) as caught:
        crm.tags.list()
    assert caught.value.location == "https://crm.test/wp-json/fluent-crm/v2/tags"
    assert "https://crm.test/wp-json/fluent-crm/v2/tags" in str(caught.value)
    assert "base_url" in str(caught.value)


def test_a_401_says_to_check_the_user_name_and_application_password(emulator: RunningEmulator) -> None:
    with FluentCRM(emulator.base_url, emulator.username, "wrong", retry=FAST_RETRIES) as crm:
        with pytest.raises(AuthenticationError) as caught:
            crm.tags.list()
    assert "user name" in str(caught.value) and "application password" in str(caught.value)
    assert "wrong" not in str(caught.value)


def test_request_reaches_any_route_with_typed_errors(crm: FluentCRM) -> None:
    created = crm.request("POST", "/tags", json={"title": unique("raw")})
    assert created["item"]["id"] > 0
    body = crm.request("GET", f"/tags/{created['item']['id']}")
    assert body["tag"]["title"] == created["item"]["title"]
    with pytest.raises(NotFoundError):  # the route's own way of saying "missing" applies here too
        crm.request("GET", f"/tags/{MISSING}")
    with pytest.raises(ValidationError):
        crm.request("POST", "/tags", json={})


def test_a_walk_neither_repeats_nor_skips_while_others_write() -> None:
    with serve(db=":memory:") as running, FluentCRM(running.base_url, running.username, running.password) as crm:
        ids = [crm.contacts.create(email=f"walk{i}@example.com", status="subscribed").contact.id for i in range(12)]
        seen: list[int] = []
        created: list[int] = []
        deleted: list[int] = []
        for contact in crm.contacts.iterate(page_size=3):
            seen.append(contact.id)
            if len(seen) == 4:  # in the middle of page 2: others add contacts and delete some already seen
                created += [
                    crm.contacts.create(email=f"new{i}@example.com", status="subscribed").contact.id
                    for i in range(5)
                ]
                deleted += ids[:2]
                for gone in ids[:2]:
                    crm.contacts.delete(gone)
            if len(seen) == 8:  # and some not yet seen
                deleted.append(ids[10])
                crm.contacts.delete(ids[10])
    assert len(seen) == len(set(seen)), "a contact was yielded twice"
    present_throughout = [i for i in ids if i not in deleted]
    assert set(present_throughout) <= set(seen), "a contact that existed all along was skipped"
    assert set(created) <= set(seen), "a contact created during the walk was missed"
    assert seen == sorted(seen)


def test_the_operation_table_lists_every_published_operation() -> None:
    document = json.loads((REPO / "generated" / "openapi" / "fluentcrm.openapi.json").read_text(encoding="utf-8"))
    readme = (REPO / "generated" / "python" / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Every operation") :]
    rows = re.findall(r"^\| `([^`]+)`.*\| `([A-Z]+) ([^`]+)` \| (.*) \|$", table, flags=re.MULTILINE)
    routes = {(method, path): summary for _call, method, path, summary in rows}
    expected = {
        (method.upper(), path): operation["summary"]
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert routes == expected
    assert all(call.startswith("crm.") for call, *_ in rows)


def test_body_fields_that_the_server_requires_are_required_arguments() -> None:
    """``create()`` without a required field fails at the call, as mypy would report it, not at the server."""
    crm, transport = _mocked(lambda request: httpx.Response(200, json={}))
    create: Any = crm.contacts.create
    with crm, pytest.raises(TypeError, match="email"):
        create(status="subscribed")
    assert transport.requests == []


def test_wire_text_arrives_as_python_types(emulator: RunningEmulator) -> None:
    import datetime
    from decimal import Decimal
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Europe/Berlin")
    with FluentCRM(emulator.base_url, emulator.username, emulator.password, timezone=zone) as crm:
        contact = crm.contacts.create(email=unique("typed") + "@example.com", status="subscribed").contact
        newsletter = crm.lists.create(title=unique("typed")).item
        found = crm.lists.get(newsletter.id)
    assert contact.created_at.tzinfo is zone  # aware, in the site's zone, because the client was told it
    assert (contact.total_points, contact.life_time_value) == (0, Decimal("0"))
    assert isinstance(found.is_public, bool)
    assert found.created_at.tzinfo is zone
    assert contact.to_dict()["created_at"] == contact.created_at.strftime("%Y-%m-%d %H:%M:%S")
    utc = contact.created_at.astimezone(datetime.timezone.utc)
    assert utc == contact.created_at  # the same instant, comparable with any aware datetime


def test_report_ranges_include_their_last_day() -> None:
    import datetime

    recorded: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        recorded.append(request)
        return httpx.Response(200, json={"stats": [], "__bench": 0.01})

    crm, _ = _mocked(answer)
    with crm:
        stats = crm.reports.email_sent_stats(date_range=(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30)))
    assert stats.stats == {}  # PHP's empty map [] is an empty dict
    assert recorded[0].url.params.get_list("date_range[]") == ["2026-11-01", "2026-12-01"]


def test_bulk_rows_carry_custom_values_and_rejects_name_their_input(crm: FluentCRM) -> None:
    from fluentcrm_client.models import BulkAddUpdateInputBulkContactEntry, CustomFieldInput

    slug = "tier_" + unique("x").split("-")[1]
    crm.custom_fields.update(fields=[CustomFieldInput(field_key="text", type="text", label="Tier", slug=slug)])
    good = unique("bulk-ok") + "@example.com"
    rows = [
        BulkAddUpdateInputBulkContactEntry(email="not-an-email"),
        BulkAddUpdateInputBulkContactEntry(email=good, status="subscribed", custom_values={slug: "gold"}),
        BulkAddUpdateInputBulkContactEntry(email="also@not@valid"),
    ]
    outcome = crm.contacts.bulk_add_update(contacts=rows)
    assert [(r.index, r.input.email) for r in outcome.rejected] == [(0, "not-an-email"), (2, "also@not@valid")]
    assert [each.email for each in outcome.response.updated] == [good]
    assert len(outcome.invalids) == 2  # the answer's own attributes stay readable on the outcome
    stored = crm.contacts.get(outcome.response.updated[0].id, include=["subscriber.custom_values"]).subscriber
    assert stored.custom_values == {slug: "gold"}


def test_models_use_readable_names() -> None:
    """No generator renames where callers meet them: no ``hash_``/``type_``, no ``__bench`` field, and the
    ``__force_update`` flag is the keyword argument ``force_update``."""
    import inspect

    import attrs
    from fluentcrm_client import models
    from fluentcrm_client.models import Contact, TagDeleteResponse

    names = {
        field.name
        for model in vars(models).values()
        if isinstance(model, type) and attrs.has(model)
        for field in attrs.fields(model)
    }
    assert not names & {"hash_", "type_", "field_bench"}
    assert "hash" in {field.name for field in attrs.fields(Contact)}
    from fluentcrm_client.sdk import Contacts

    assert "force_update" in inspect.signature(Contacts.create).parameters
    parsed = TagDeleteResponse.from_dict({"message": "Successfully removed the tag.", "__bench": 0.02})
    assert parsed.additional_properties["__bench"] == 0.02  # still there, just not a field


def test_contact_variants_are_one_type_family(crm: FluentCRM) -> None:
    from fluentcrm_client.models import Contact, ContactFields, ContactListItem, ContactRecord

    assert all(issubclass(variant, ContactFields) for variant in (Contact, ContactListItem, ContactRecord))
    created = crm.contacts.create(email=unique("family") + "@example.com", status="subscribed").contact
    found = crm.contacts.get(created.id).subscriber
    listed = crm.contacts.list(search=created.email).subscribers.data[0]

    def describe(contact: ContactFields) -> str:  # one function for every variant
        return f"{contact.id} {contact.email}"

    assert describe(created) == describe(found) == describe(listed)
