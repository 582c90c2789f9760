"""Wire text as Python values on the newer areas, read from the emulator over real HTTP: campaign e-mails,
funnels, companies and the e-mail report give ``int``, ``bool``, ``datetime`` and ``date`` where FluentCRM sends
numeric strings, ``0``/``1`` text and timestamps, and a model written back gives the server's text again.
"""

from __future__ import annotations

import datetime
import json
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from fluentcrm_client import FluentCRM
from fluentcrm_client.models import CampaignRecipientsInputSubscribersItem, FunnelCreateInputFunnel
from fluentcrm_client.models.funnel_row import FunnelRow
from fluentcrm_client.wire import TextInt

from emulator.testing import RunningEmulator
from tests.client.conftest import FAST_RETRIES, unique
from tests.client.test_contacts_rest import companies_on  # noqa: F401  (the fixture)


def _sent_campaign(crm: FluentCRM) -> tuple[int, int]:
    """A campaign sent to one new contact: (campaign id, contact id)."""
    audience = crm.lists.create(title=unique("typed")).lists
    contact = crm.contacts.create(
        email=unique("typed") + "@example.com", status="subscribed", lists=[audience.id]
    ).contact
    campaign = crm.campaigns.create(title=unique("Typed"))
    crm.campaigns.update(campaign.id, title=campaign.title, email_subject="Hi", email_body="<p>Hi</p>")
    selection = [CampaignRecipientsInputSubscribersItem(list_id=audience.id, tag="all")]
    crm.campaigns.recipients.draft(campaign.id, subscribers=selection)
    crm.campaigns.schedule(campaign.id)
    return campaign.id, contact.id


def test_campaign_emails_hold_ints_flags_and_times(crm: FluentCRM, emulator: RunningEmulator) -> None:
    campaign_id, contact_id = _sent_campaign(crm)
    (email,) = crm.campaigns.emails.list(campaign_id).emails.data
    assert (email.campaign_id, email.subscriber_id) == (campaign_id, contact_id)
    assert type(email.campaign_id) is int and email.is_open is False
    assert isinstance(email.created_at, datetime.datetime)
    raw = httpx.get(
        f"{emulator.base_url}/campaigns/{campaign_id}/emails", auth=(emulator.username, emulator.password)
    ).json()["emails"]["data"][0]
    written = email.to_dict()
    assert (written["campaign_id"], written["is_open"], written["created_at"]) == (
        raw["campaign_id"],
        raw["is_open"],
        raw["created_at"],
    )


def test_the_email_report_holds_ints_flags_and_times(crm: FluentCRM) -> None:
    campaign_id, contact_id = _sent_campaign(crm)
    found = [e for e in crm.reports.emails.list(per_page=100).emails.data if e.campaign_id == campaign_id]
    assert [(e.subscriber_id, e.is_open) for e in found] == [(contact_id, False)]
    assert isinstance(found[0].updated_at, datetime.datetime)


def test_funnel_steps_hold_ints(crm: FluentCRM) -> None:
    created = crm.funnels.create(funnel=FunnelCreateInputFunnel(trigger_name="user_register", title=unique("typed")))
    funnel_id = created.funnel.id
    steps = [{"action_name": "fluentcrm_wait_times", "type": "action", "title": "Wait", "settings": {}}]
    saved = crm.funnels.sequences.save(
        funnel_id, funnel_settings="{}", conditions="{}", sequences=json.dumps(steps), status="draft"
    )
    (step,) = saved.sequences
    assert (step.funnel_id, step.sequence, step.created_by) == (funnel_id, 1, 1)
    assert all(type(value) is int for value in (step.funnel_id, step.parent_id, step.delay, step.c_delay))
    assert crm.funnels.get(funnel_id).funnel.created_by == 1


@pytest.mark.usefixtures("companies_on")
def test_companies_take_and_give_ints_dates_and_aware_times(emulator: RunningEmulator) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    with FluentCRM(
        emulator.base_url, emulator.username, emulator.password, retry=FAST_RETRIES, timezone=tokyo
    ) as crm:
        owner = crm.contacts.create(email=unique("owner") + "@example.com", status="subscribed").contact.id
        created = crm.companies.create(
            name=unique("Typed"), owner_id=owner, employees_number=12, date_of_start=datetime.date(2001, 2, 3)
        ).company
        found = crm.companies.get(created.id).company
        assert (found.owner_id, found.employees_number) == (owner, 12)
        assert found.created_at.tzinfo is tokyo
        raw = crm.request("GET", f"/companies/{created.id}")["company"]
        assert raw["date_of_start"] == "2001-02-03"
        assert (raw["owner_id"], raw["employees_number"]) == (str(owner), "12")


def test_an_id_sent_as_a_number_or_as_text_goes_back_as_it_came() -> None:
    """``created_by`` is ``1`` right after a write and ``"1"`` when read: both read as ``1``, and each is written
    back in its own form; an ``int`` set in Python goes out as a number."""
    base: dict[str, Any] = {
        "id": 3, "title": "t", "trigger_name": "user_register", "status": "draft", "type": "funnels",
        "created_at": "2026-01-02 03:04:05", "updated_at": "2026-01-02 03:04:05", "conditions": [],
    }
    for sent in (1, "1"):
        row = FunnelRow.from_dict({**base, "created_by": sent})
        assert row.created_by == 1
        assert row.to_dict()["created_by"] == sent
    assert isinstance(FunnelRow.from_dict({**base, "created_by": "1"}).created_by, TextInt)
    row.created_by = 2
    assert row.to_dict()["created_by"] == 2
