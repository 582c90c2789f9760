"""Site settings survive a run: safe mode leaves every option row as it was, and the suite puts back settings
that a destructive run or an interrupted one changed."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from conformance import runner, site_settings
from conformance.credentials import Secret
from conformance.embedded import serve_asgi
from conformance.resources import DESTRUCTIVE_ONLY
from conformance.target import Target
from emulator.app import create_app
from tests.conformance.conftest import short_run

pytestmark = pytest.mark.timeout(240)

SETTINGS_OPERATIONS = tuple(
    sorted(
        {
            "getGlobalSettings",
            "updateGlobalSettings",
            "completeInstallation",
            "getDoubleOptinSettings",
            "updateDoubleOptinSettings",
            "installFluentForms",
            "installFluentSmtp",
            "installFluentConnect",
            "installFluentSupport",
            "getBounceConfigs",
            "getAutoSubscribeSettings",
            "updateAutoSubscribeSettings",
            "echoTestGet",
            "echoTestPut",
            "echoTestPost",
            "echoTestDelete",
            "resetDatabase",
            "countOldLogs",
            "deleteOldLogs",
            "getCronStatus",
            "runCronTask",
            "listRestKeys",
            "createRestKey",
            "deleteRestKey",
            "listIntegrations",
            "saveIntegration",
            "getComplianceSettings",
            "updateComplianceSettings",
            "getExperimentalSettings",
            "updateExperimentalSettings",
            "listArchiveCampaigns",
            "listSystemLogs",
            "clearSystemLogs",
            "listActivityLogs",
            "clearActivityLogs",
        }
    )
)
#: Settings a site might really have: none of them the defaults.
SEEDED_SETTINGS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("POST", "/setting/compliance", {"anonymize_ip": "yes", "enable_gravatar": "yes"}),
    ("POST", "/setting/experiments", {"company_module": "yes", "campaign_max_number": 20}),
    (
        "PUT",
        "/setting/double-optin",
        {
            "settings": {
                "email_subject": "Confirm",
                "email_body": "#activate_link#",
                "after_confirm_message": "Ok",
            }
        },
    ),
    (
        "POST",
        "/setting/auto_subscribe_settings",
        {"registration_setting": {"status": "yes", "target_tags": [3]}},
    ),
    ("PUT", "/setting", {"settings": {"email": {"emails_per_second": 9}}}),
)


@contextmanager
def seeded_site() -> Iterator[tuple[Target, Any]]:
    """An emulator holding contacts and non-default settings, served as if it were a live site."""
    password = secrets.token_urlsafe(18)
    app = create_app(db=":memory:", users=[("admin", password, "administrator")])
    with serve_asgi(app) as url:
        target = Target(url, "admin", Secret(password), embedded=False)
        with httpx.Client(base_url=url, auth=target.auth) as client:
            for n in range(5):
                client.post(
                    "/subscribers", json={"email": f"member{n}@customer.example", "status": "subscribed"}
                )
            for method, path, body in SEEDED_SETTINGS:
                assert client.request(method, path, json=body).status_code == 200
        yield target, app.state.db
    app.state.db.close()


def option_rows(db: Any) -> dict[str, str]:
    with db.read() as conn:
        return dict(conn.execute("SELECT name, value FROM options ORDER BY name").fetchall())


def readable_settings(target: Target) -> dict[str, Any]:
    client = site_settings.SiteClient(target)
    try:
        return site_settings.take_snapshot(client).values
    finally:
        client.close()


@pytest.mark.parametrize("negative", [False, True], ids=["positive", "negative"])
def test_a_safe_run_leaves_every_option_row_as_it_was(
    negative: bool, spec: dict[str, Any], tmp_path: Path
) -> None:
    with seeded_site() as (target, db):
        before = option_rows(db)
        results = short_run(target, spec, SETTINGS_OPERATIONS, tmp_path, destructive=False, negative=negative)
        after = option_rows(db)
    assert after == before
    assert results.cleanup_problems == [], results.cleanup_problems
    sent = {label.split()[0] for label in results.operations} | set(results.operations)
    assert "updateGlobalSettings" in sent and "echoTestPut" in sent
    assert not (sent & DESTRUCTIVE_ONLY), sent & DESTRUCTIVE_ONLY


def test_a_destructive_run_puts_the_settings_back(spec: dict[str, Any], tmp_path: Path) -> None:
    writes = ("updateComplianceSettings", "updateExperimentalSettings", "updateAutoSubscribeSettings")
    with seeded_site() as (target, _):
        before = readable_settings(target)
        results = short_run(target, spec, writes, tmp_path, destructive=True, stateful=False)
        after = readable_settings(target)
    assert after == before
    assert results.cleanup_problems == [], results.cleanup_problems


def test_settings_changed_before_an_interrupt_are_put_back(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine is stopped by Ctrl-C right after a request changed a setting; the run still restores it, row for
    row."""

    class InterruptedStream:
        def __init__(self, url: str, auth: Any) -> None:
            self.url, self.auth = url, auth

        def execute(self) -> InterruptedStream:
            return self

        def __iter__(self) -> Iterator[Any]:
            # A request in flight that changed an existing entry of the global settings.
            httpx.put(self.url + "/setting", json={"settings": {"email": "changed"}}, auth=self.auth)
            raise KeyboardInterrupt

        def stop(self) -> None:
            return None

    with seeded_site() as (target, db):
        before = option_rows(db)
        monkeypatch.setattr(
            runner, "from_schema", lambda schema: InterruptedStream(target.base_url, target.auth)
        )
        results = short_run(target, spec, ("getComplianceSettings",), tmp_path, destructive=False)
        after = option_rows(db)
    assert results.interrupted
    assert after == before
    assert results.cleanup_problems == []


def test_a_setting_that_cannot_be_put_back_fails_the_run(tmp_path: Path) -> None:
    """An entry the run created cannot be deleted over REST: the check reports it instead of hiding it."""
    with seeded_site() as (target, _):
        client = site_settings.SiteClient(target)
        snapshot = site_settings.take_snapshot(client)
        client.request("PUT", "/setting", json={"settings": {"business_settings": {"business_name": "New"}}})
        client.request("POST", "/setting/compliance", json={"anonymize_ip": "no"})
        problems = site_settings.restore(client, snapshot)
        restored = site_settings.take_snapshot(client).values["/setting/compliance"]
        client.close()
    assert problems == ["setting not restored: /setting business_settings did not exist before the run"]
    assert restored == snapshot.values["/setting/compliance"]


def test_safe_mode_writes_stored_global_entries_with_their_own_values() -> None:
    stored = {"campaign": {"from": {"name": "", "email": ""}}, "email": {"emails_per_second": 7}}
    body = {"settings": {"email": 1, "brand_new": 2, "email_settings": {"email_footer": "x"}}}
    confined = site_settings.confine_global_settings(body, stored)
    assert confined == {"settings": {"email": {"emails_per_second": 7}}}
    assert site_settings.confine_global_settings({"settings": "abc"}, stored) == {"settings": {}}
    assert site_settings.confine_global_settings(["x"], stored) == {"settings": {}}
