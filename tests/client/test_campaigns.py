"""Campaigns and templates through the high-level client, against the emulator over real HTTP.

The emulator never sends mail: a campaign's messages and test e-mails land in its outbox, which the test reads
through the emulator's test API the way a mail catcher is read.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import httpx
import pytest
from fluentcrm_client import FluentCRM, ValidationError
from fluentcrm_client.models import CampaignRecipientsInputSubscribersItem, TemplateContent

from emulator.testing import RunningEmulator
from tests.client.conftest import FAST_RETRIES, unique

LATER = datetime.datetime(2099, 1, 1)


def _outbox(emulator: RunningEmulator, *, clear: bool = False) -> list[dict[str, object]]:
    url = emulator.root_url + "/wp-json/fluentcrm-emulator/v1/outbox"
    auth = (emulator.username, emulator.password)
    messages = httpx.get(url, auth=auth).json()["messages"]
    if clear:
        httpx.delete(url, auth=auth).raise_for_status()
    return list(messages)


def test_draft_schedule_and_send_a_campaign(crm: FluentCRM, emulator: RunningEmulator) -> None:
    _outbox(emulator, clear=True)
    audience = crm.lists.create(title=unique("audience")).lists
    addresses = sorted(unique(name) + "@example.com" for name in ("ann", "bob"))
    for address in addresses:
        crm.contacts.create(email=address, status="subscribed", lists=[audience.id])

    title = unique("Launch")
    draft = crm.campaigns.create(title=title)
    assert draft.status == "draft" and draft.created_by == 1
    crm.campaigns.update(draft.id, title=title, email_subject="Hello", email_body="<p>Hi</p>")
    selection = [CampaignRecipientsInputSubscribersItem(list_id=audience.id, tag="all")]
    assert crm.campaigns.recipients.draft(draft.id, subscribers=selection).count == 2

    test = crm.campaigns.send_test_email(campaign_id=draft.id, email="qa@example.com")
    assert test.result is True
    assert [(m["kind"], m["to"]) for m in _outbox(emulator, clear=True)] == [("test", "qa@example.com")]

    scheduled = crm.campaigns.schedule(draft.id, scheduled_at=LATER)
    assert scheduled.campaign.status == "pending-scheduled"
    assert _outbox(emulator) == []
    with pytest.raises(ValidationError) as refused:
        crm.campaigns.schedule(draft.id, scheduled_at=LATER)
    assert refused.value.status_code == 422
    crm.campaigns.unschedule(draft.id)

    sent = crm.campaigns.schedule(draft.id)
    assert sent.message == "Email Sending will be started soon"
    outbox = _outbox(emulator, clear=True)
    assert sorted(str(m["to"]) for m in outbox) == addresses
    assert {m["subject"] for m in outbox} == {"Hello"}
    emails = list(crm.campaigns.emails.iterate(draft.id))
    assert sorted(e.email_address for e in emails) == addresses and {e.status for e in emails} == {"sent"}
    assert crm.campaigns.status(draft.id).sent_count == 2


def test_schedule_takes_datetimes_in_site_time(emulator: RunningEmulator) -> None:
    """A schedule is a ``datetime`` (or a ``(start, end)`` pair for ``range_schedule``): the client writes it as the
    site-time text FluentCRM expects and reads the stored time back as a ``datetime`` in the same zone."""
    berlin = ZoneInfo("Europe/Berlin")
    with FluentCRM(
        emulator.base_url, emulator.username, emulator.password, retry=FAST_RETRIES, timezone=berlin
    ) as crm:
        draft = crm.campaigns.create(title=unique("Scheduled"))
        start = datetime.datetime(2099, 6, 1, 7, 30, tzinfo=datetime.timezone.utc)
        scheduled = crm.campaigns.schedule(draft.id, scheduled_at=start)
        assert scheduled.campaign.status == "pending-scheduled"
        assert scheduled.campaign.scheduled_at == start  # the same instant...
        assert scheduled.campaign.scheduled_at.tzinfo is berlin  # ...stored as Berlin's 09:30
        raw = crm.request("GET", f"/campaigns/{draft.id}")["campaign"]["scheduled_at"]
        assert raw == "2099-06-01 09:30:00"

        crm.campaigns.unschedule(draft.id)
        window = (datetime.datetime(2099, 7, 1, 8, 0), datetime.datetime(2099, 7, 1, 18, 0))
        spread = crm.campaigns.schedule(draft.id, scheduled_at=window, sending_type="range_schedule")
        assert spread.campaign.scheduled_at == window[0].replace(tzinfo=berlin)


def test_iterate_campaigns_and_the_template_life_cycle(crm: FluentCRM) -> None:
    titles = {unique("Iterated") for _ in range(3)}
    for title in titles:
        crm.campaigns.create(title=title)
    seen = {campaign.title for campaign in crm.campaigns.iterate(page_size=2)}
    assert titles <= seen

    created = crm.templates.create(template=TemplateContent(post_title=unique("Welcome")))
    template_id = int(created.template_id)
    copy_id = crm.templates.duplicate(template_id).template_id
    assert crm.templates.get(copy_id).template.post_title.startswith("[Duplicate] Welcome")
    assert {t.id for t in crm.templates.iterate()} >= {template_id, copy_id}
    crm.templates.delete(copy_id)
    assert crm.templates.get_or_none(copy_id) is None  # FluentCRM answers a blank template; the client knows it
