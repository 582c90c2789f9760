"""Every operation of the high-level client against the emulator, over real HTTP."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import httpx
import pytest
from fluentcrm_client import FluentCRM, NotFoundError
from fluentcrm_client.api.contacts import create_contact
from fluentcrm_client.models import (
    BulkAddUpdateInputBulkContactEntry,
    ContactCreateResponse,
    ContactFormInput,
    ContactFormInputCustomValues,
    CustomFieldInput,
)

from emulator.testing import RunningEmulator
from tests.client.conftest import unique

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def test_contact_round_trip(crm: FluentCRM) -> None:
    tag = crm.tags.create(title=unique("tag")).item
    email = unique("jane") + "@example.com"
    created = crm.contacts.create(email=email, status="subscribed", first_name="Jane", tags=[tag.id]).contact
    assert isinstance(created.id, int)
    assert created.email == email
    assert [t.id for t in created.tags] == [tag.id]
    # Numeric strings and timestamps arrive in their Python types (x-python-type in the python-client overlay).
    assert created.total_points == 0
    assert created.life_time_value == Decimal("0")
    assert created.user_id is None
    assert isinstance(created.created_at, datetime.datetime) and created.created_at.tzinfo is None
    assert TIMESTAMP.match(created.to_dict()["created_at"])  # and go back to the server's text

    found = crm.contacts.get(created.id, include=["stats"]).subscriber
    assert found.email == email
    assert found.created_at == created.created_at
    assert found.stats is not None and found.stats.emails == 0

    updated = crm.contacts.update(created.id, last_name="Doe", detach_tags=[tag.id])
    assert updated.contact.last_name == "Doe"
    again = crm.contacts.get(created.id).subscriber
    assert again.last_name == "Doe"
    assert again.tags == []

    deleted = crm.contacts.delete(created.id)
    assert "deleted" in deleted.message
    with pytest.raises(NotFoundError):
        crm.contacts.delete(created.id)


def test_form_body_uses_php_brackets(crm: FluentCRM) -> None:
    """A form-encoded body with a list and a map reaches the server as `tags[]=` and `custom_values[slug]=`.

    The resource methods always send JSON; the generated low-level functions still offer the form body."""
    crm.custom_fields.update(
        fields=[CustomFieldInput(field_key="text", type="text", label="Favorite Color", slug="favorite_color")]
    )
    first = crm.tags.create(title=unique("form-a")).item
    second = crm.tags.create(title=unique("form-b")).item
    values = ContactFormInputCustomValues.from_dict({"favorite_color": "teal"})
    body = ContactFormInput(
        email=unique("form") + "@example.com",
        status="subscribed",
        tags=[first.id, second.id],
        custom_values=values,
    )
    created = create_contact.sync(client=crm.client, body=body)
    assert isinstance(created, ContactCreateResponse)
    contact = created.contact
    assert sorted(t.id for t in contact.tags) == sorted([first.id, second.id])
    found = crm.contacts.get(contact.id, include=["subscriber.custom_values"]).subscriber
    assert found.custom_values == {"favorite_color": "teal"}  # a plain dict by slug


def test_list_round_trip(crm: FluentCRM) -> None:
    title = unique("Newsletter")
    created = crm.lists.create(title=title, description="monthly").item
    assert isinstance(created.id, int)
    assert crm.lists.get(created.id).title == title
    changed = crm.lists.update(created.id, title=title + " renamed")
    assert changed.lists == 1
    assert crm.lists.get(created.id).title == title + " renamed"
    assert crm.lists.delete(created.id).message
    with pytest.raises(NotFoundError) as caught:
        crm.lists.get(created.id)  # FluentCRM answers 200 with an empty body; the client says what it means
    assert caught.value.status_code == 200 and caught.value.body is None
    assert crm.lists.get_or_none(created.id) is None
    with pytest.raises(NotFoundError):
        crm.lists.delete(created.id)  # FluentCRM answers exactly as for a deletion; the client checks first


def test_tag_round_trip(crm: FluentCRM) -> None:
    title = unique("Tag")
    created = crm.tags.create(title=title, slug=unique("slug")).item
    found = crm.tags.get(created.id).tag
    assert found is not None and found.title == title
    assert crm.tags.update(created.id, title=title + "!").lists == 1
    assert crm.tags.delete(created.id).message
    with pytest.raises(NotFoundError) as caught:
        crm.tags.get(created.id)  # FluentCRM answers 200 {"tag": null}
    assert caught.value.status_code == 200 and caught.value.body == {"tag": None}
    assert crm.tags.get_or_none(created.id) is None


def test_bulk_add_update_and_bulk_delete(crm: FluentCRM) -> None:
    emails = [unique("bulk") + "@example.com" for _ in range(3)]
    result = crm.contacts.bulk_add_update(
        contacts=[BulkAddUpdateInputBulkContactEntry(email=email, status="subscribed") for email in emails]
        + [BulkAddUpdateInputBulkContactEntry(email="not-an-email")]
    )
    assert len(result.updated) == 3  # FluentCRM reports new contacts as updated, too
    assert len(result.invalids) == 1
    page = crm.contacts.list(search=emails[0], per_page=5)
    ids = [c.id for c in crm.contacts.list(per_page=100).subscribers.data if c.email in emails]
    assert len(ids) == 3 and page.subscribers.total == 1
    message = crm.contacts.delete_many(subscribers=ids)
    assert message.message
    remaining = [c.email for c in crm.contacts.iterate() if c.email in emails]
    assert remaining == []


def test_custom_fields(crm: FluentCRM) -> None:
    slug = "plan_" + unique("x").split("-")[1]
    saved = crm.custom_fields.update(
        fields=[
            CustomFieldInput(
                field_key="single-select", type="select-one", label="Plan", slug=slug, options=["free", "pro"]
            )
        ]
    )
    assert [f.slug for f in saved.fields] == [slug]
    listed = crm.custom_fields.list()
    assert [f.slug for f in listed.fields] == [slug]


def test_email_reports_count_recorded_activity(crm: FluentCRM, emulator: RunningEmulator) -> None:
    contact = crm.contacts.create(email=unique("reader") + "@example.com", status="subscribed")
    activity = {
        "emails": [
            {
                "subscriber_id": contact.contact.id,
                "scheduled_at": "2026-11-20 10:00:00",
                "status": "sent",
                "opens": ["2026-11-20 11:00:00", "2026-11-21 09:00:00"],
                "clicks": ["2026-11-20 11:05:00"],
            }
        ],
        "campaign_title": "Client test",
    }
    seeded = httpx.post(
        emulator.root_url + "/wp-json/fluentcrm-emulator/v1/email-activity",
        json=activity,
        auth=(emulator.username, emulator.password),
    )
    assert seeded.status_code == 200, seeded.text
    window = (datetime.date(2026, 11, 15), datetime.date(2026, 11, 24))  # both days included
    sent = crm.reports.email_sent_stats(date_range=window).stats
    opens = crm.reports.email_open_stats(date_range=window).stats
    clicks = crm.reports.email_click_stats(date_range=window).stats
    assert list(sent)[0] == "2026-11-15" and list(sent)[-1] == "2026-11-24"
    assert sent["2026-11-20"] >= 1
    assert opens["2026-11-20"] >= 1 and opens["2026-11-21"] >= 1
    assert clicks["2026-11-20"] >= 1


def test_reports(crm: FluentCRM) -> None:
    crm.contacts.create(email=unique("report") + "@example.com", status="subscribed")
    stats = crm.reports.dashboard_stats().stats
    assert stats.total_subscribers.title == "Active Contacts"
    assert stats.total_subscribers.count >= 1
    for report in (
        crm.reports.subscriber_growth,
        crm.reports.email_sent_stats,
        crm.reports.email_open_stats,
        crm.reports.email_click_stats,
    ):
        counts = report(date_range=(datetime.date(2026, 11, 1), datetime.date(2026, 11, 27))).stats
        assert isinstance(counts, dict) and all(isinstance(value, int) for value in counts.values())
        assert "2026-11-27" in counts  # the last day asked for is included
        assert all(re.match(r"^\d{4}-\d{2}-\d{2}$", key) for key in counts)


def test_every_operation_has_a_client_method() -> None:
    """Each operation of the published document is reachable from ``FluentCRM`` (OPTIONS aside)."""
    import json
    from pathlib import Path

    from fluentcrm_client import sdk

    published = Path(__file__).resolve().parents[2] / "generated" / "openapi" / "fluentcrm.openapi.json"
    document = json.loads(published.read_text(encoding="utf-8"))
    source = Path(sdk.__file__).read_text(encoding="utf-8")
    operations = [
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in ("get", "post", "put", "delete", "patch")
    ]
    assert len(operations) >= 24
    missing = [
        o for o in operations if f"_{re.sub(r'(?<!^)(?=[A-Z])', '_', o).lower()}._get_kwargs(" not in source
    ]
    assert missing == []
