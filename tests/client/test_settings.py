"""``crm.settings``: settings round-trip over HTTP against the emulator, and the typed refusals.

The client tests share one emulator, so every test that changes a setting puts the value it found back.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from fluentcrm_client import FluentCRM, QueryError, ValidationError
from fluentcrm_client.models import DoubleOptinSettingsInput, GlobalSettingsInputSettings
from fluentcrm_client.types import Unset


def _restore(update: Callable[..., Any], found: Any) -> None:
    """Send back what was read: every read key the update method takes as a keyword argument."""
    accepted = inspect.signature(update).parameters
    update(**{key: value for key, value in found.to_dict().items() if key in accepted})


def test_compliance_round_trip(crm: FluentCRM) -> None:
    found = crm.settings.compliance.get().settings
    saved = crm.settings.compliance.update(anonymize_ip="yes", personal_data_export=found.personal_data_export)
    assert not isinstance(saved.settings, list) and saved.settings.anonymize_ip == "yes"
    assert crm.settings.compliance.get().settings.anonymize_ip == "yes"
    _restore(crm.settings.compliance.update, found)
    assert crm.settings.compliance.get().settings.to_dict() == found.to_dict()


def test_experiments_store_text(crm: FluentCRM) -> None:
    found = crm.settings.experiments.get().settings
    crm.settings.experiments.update(campaign_max_number=20, campaign_ids=[1, 2], event_tracking="yes")
    now = crm.settings.experiments.get().settings
    assert now.campaign_max_number == "20"  # stored as text, as FluentCRM does
    assert now.campaign_ids == [1, 2]
    assert now.event_tracking == "yes"
    _restore(crm.settings.experiments.update, found)
    assert crm.settings.experiments.get().settings.event_tracking == found.event_tracking


def test_global_settings_round_trip(crm: FluentCRM) -> None:
    found = crm.settings.get(settings_keys=["email"]).email
    assert not isinstance(found, Unset)
    entries = GlobalSettingsInputSettings.from_dict({"email": {"emails_per_second": 11}})
    crm.settings.update(settings=entries)
    read = crm.settings.get(settings_keys=["email", "email_settings"])
    assert not isinstance(read.email, Unset) and read.email.emails_per_second == 11
    assert (
        not isinstance(read.email_settings, Unset)
        and "##crm.unsubscribe_url##" in read.email_settings.email_footer
    )
    crm.settings.update(settings=GlobalSettingsInputSettings.from_dict({"email": found.to_dict()}))
    restored = crm.settings.get(settings_keys=["email"]).email
    assert not isinstance(restored, Unset) and restored.to_dict() == found.to_dict()


def test_double_optin_needs_an_activation_link(crm: FluentCRM) -> None:
    settings = DoubleOptinSettingsInput(
        email_subject="s", email_body="<p>no link</p>", after_confirm_message="ok"
    )
    with pytest.raises(ValidationError):
        crm.settings.double_optin.update(settings=settings, list_id=999)
    settings.email_body = "#activate_link#"
    crm.settings.double_optin.update(settings=settings, list_id=999)
    assert crm.settings.double_optin.get(list_id=999).settings.email_body == "#activate_link#"


def test_tools_and_logs(crm: FluentCRM) -> None:
    events = crm.settings.cron.status().cron_events
    assert [event.interval for event in events] == [60, 300, 3600]
    assert crm.settings.cron.run(hook="fluentcrm_scheduled_hourly_tasks").message
    counts = crm.settings.old_logs.count(days_before=30, selected_logs=["emails", "system_logs"]).log_counts
    assert [row.title for row in counts] == ["Email History Logs", "System Logs"]
    assert list(crm.settings.system_logs.iterate()) == []
    echoed = crm.settings.diagnostics.echo_get(probe="7").params
    assert not isinstance(echoed, list) and echoed.to_dict() == {"probe": "7"}


def test_activity_log_opens_once_switched_on(crm: FluentCRM) -> None:
    """423 while the feature table is missing; switching the experiment on creates it for good."""
    found = crm.settings.experiments.get().settings
    if found.activity_log != "yes":
        with pytest.raises(QueryError):
            crm.settings.activity_logs.list()
    crm.settings.experiments.update(activity_log="yes")
    assert crm.settings.activity_logs.list(per_page=5).logs.total == 0
    _restore(crm.settings.experiments.update, found)
    assert crm.settings.activity_logs.clear().message == "All activity logs have been deleted"
