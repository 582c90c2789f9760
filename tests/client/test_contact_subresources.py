"""The contact sub-resource groups of the high-level client against the emulator, over real HTTP."""

from __future__ import annotations

import httpx
import pytest
from fluentcrm_client import FluentCRM, NotFoundError, ValidationError
from fluentcrm_client.models import (
    AllInfoWidgetsResponse,
    CustomEmailInputCampaign,
    NoteInput,
    OneInfoWidgetResponse,
)

from emulator.testing import RunningEmulator
from tests.client.conftest import unique


def _contact(crm: FluentCRM, first_name: str = "Corey", status: str = "subscribed") -> int:
    email = unique(first_name.lower()) + "@example.com"
    return crm.contacts.create(email=email, status=status, first_name=first_name).contact.id


def _note(title: str, description: str = "d") -> NoteInput:
    return NoteInput(title=title, description=description, type="call")


def test_notes_round_trip(crm: FluentCRM) -> None:
    contact = _contact(crm)
    created = crm.contacts.notes.create(contact, note=_note("Call", "Called {{contact.first_name}}")).note
    assert isinstance(created.id, int) and created.subscriber_id == contact
    assert created.description == "Called Corey"

    page = crm.contacts.notes.list(contact)
    assert page.notes.total == 1
    stored = page.notes.data[0]
    assert stored.subscriber_id == contact and stored.added_by is not None

    updated = crm.contacts.notes.update(contact, created.id, note=_note("Call again")).note
    assert updated.title == "Call again" and updated.id == created.id

    assert crm.contacts.notes.delete(contact, created.id).message == "Note successfully deleted"
    assert crm.contacts.notes.list(contact).notes.total == 0
    with pytest.raises(NotFoundError):
        crm.contacts.notes.update(contact, created.id, note=_note("gone"))
    with pytest.raises(ValidationError):
        crm.contacts.notes.create(contact, note=NoteInput(title="t", description=" ", type=""))


def test_notes_iterate_walks_every_page_of_one_contact(crm: FluentCRM) -> None:
    contact, other = _contact(crm), _contact(crm)
    for number in range(5):
        crm.contacts.notes.create(contact, note=_note(f"Note {number}"))
    crm.contacts.notes.create(other, note=_note("Elsewhere"))
    titles = [note.title for note in crm.contacts.notes.iterate(contact, page_size=2)]
    assert titles == [f"Note {number}" for number in reversed(range(5))]


def test_emails_send_list_and_delete(crm: FluentCRM) -> None:
    contact = _contact(crm, "Mia")
    mock = crm.contacts.emails.template(contact).email_mock
    assert mock.title == "Custom Email to Contact" and mock.utm_status == 0
    campaign = CustomEmailInputCampaign(email_subject="Hi {{contact.first_name}}", email_body="b")
    assert "successfully sent" in crm.contacts.emails.send(contact, campaign=campaign).message
    emails = list(crm.contacts.emails.iterate(contact))
    assert [(e.email_subject, e.status) for e in emails] == [("Hi Mia", "sent")]
    crm.contacts.emails.delete(contact, email_ids=[emails[0].id])
    assert crm.contacts.emails.list(contact).emails.total == 0


def test_profile_panels_and_double_optin(crm: FluentCRM) -> None:
    contact = _contact(crm, status="pending")
    assert crm.contacts.profile.purchase_history(contact).orders.total == 0
    assert crm.contacts.profile.form_submissions(contact).submissions.total == 0
    assert crm.contacts.profile.support_tickets(contact).tickets.total == 0
    assert crm.contacts.profile.external_view(contact, section_provider="x").content_html == ""
    assert isinstance(crm.contacts.profile.info_widgets(contact), AllInfoWidgetsResponse)
    assert isinstance(crm.contacts.profile.info_widgets(contact, by_widget="x"), OneInfoWidgetResponse)
    assert crm.contacts.url_metrics.list(contact).url_metrics.total == 0
    assert "sent" in crm.contacts.send_double_optin(contact).message
    with pytest.raises(NotFoundError):
        crm.contacts.profile.purchase_history(987654321)


def test_event_tracking(crm: FluentCRM, emulator: RunningEmulator) -> None:
    contact = _contact(crm)
    email = crm.contacts.get(contact).subscriber.email
    with pytest.raises(ValidationError):
        crm.contacts.events.track(
            event_key="login", title="Logged in", email=email
        )  # off by default, as on a fresh site
    httpx.post(
        emulator.root_url + "/wp-json/fluentcrm-emulator/v1/experiments",
        json={"event_tracking": "yes"},
        auth=(emulator.username, emulator.password),
    ).raise_for_status()
    try:
        first = crm.contacts.events.track(event_key="login", title="Logged in", email=email)
        again = crm.contacts.events.track(event_key="login", title="Logged in", email=email)
        assert first.id == again.id
        assert [e.counter for e in crm.contacts.events.iterate(contact)] == [2]
    finally:
        httpx.post(
            emulator.root_url + "/wp-json/fluentcrm-emulator/v1/experiments",
            json={"event_tracking": "no"},
            auth=(emulator.username, emulator.password),
        )


def test_bulk_and_lookup_routes(crm: FluentCRM) -> None:
    first, second = _contact(crm, "Bulkfirst"), _contact(crm, "Bulksecond")
    tag = crm.tags.create(title=unique("bulk")).item
    synced = crm.contacts.sync_segments(type="tags", subscribers=[first, second], attach=[tag.slug])
    assert all([t.id for t in contact.tags] == [tag.id] for contact in synced.subscribers)
    result = crm.contacts.bulk_action(
        action_name="remove_from_tags", subscriber_ids=[first, second], action_options=[tag.id]
    )
    assert (result.completed_contacts, result.last_contact_id) == (2, second)
    crm.contacts.set_property(property="status", value="unsubscribed", subscribers=[first])
    assert crm.contacts.get(first).subscriber.status == "unsubscribed"
    around = crm.contacts.neighbours(filter_type="simple", current_id=second)
    assert first in around.navigation.next
    hits = crm.contacts.search(search="Bulksecond").contacts.additional_properties
    assert list(hits) == [str(second)] and hits[str(second)].id == second
