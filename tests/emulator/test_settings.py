"""The settings routes: defaults on a fresh install, round-trips, the experimental switches and the log guards."""

from __future__ import annotations

from typing import Any

import pytest

from emulator import settings_store
from tests.conftest import load_core_exchanges
from tests.emulator.conftest import Api
from tools.spec_match import SpecMatcher

SETTINGS_GETS = (
    "/setting/compliance",
    "/setting/experiments",
    "/setting/double-optin",
    "/setting/auto_subscribe_settings",
)


def test_fresh_install_answers_the_recorded_defaults(api: Api) -> None:
    recorded = {
        e["name"]: e["response"]["body"]
        for e in load_core_exchanges()
        if e["name"] in ("core/settings.compliance.get", "core/settings.experiments.get_before")
    }
    assert (
        api.get("/setting/compliance").json()["settings"]
        == recorded["core/settings.compliance.get"]["settings"]
    )
    assert (
        api.get("/setting/experiments").json()["settings"]
        == recorded["core/settings.experiments.get_before"]["settings"]
    )
    keys = api.get(
        "/setting", params={"settings_keys[]": ["email_settings", "campaign", "email", "nope"]}
    ).json()
    assert set(keys) == {"email_settings", "campaign", "email", "__bench"}
    assert keys["email"] == {"emails_per_second": 4}
    assert keys["email_settings"]["emails_per_second"] == 15


def test_compliance_round_trips_and_missing_keys_fall_back(api: Api) -> None:
    saved = api.post("/setting/compliance", json={"anonymize_ip": "yes", "unknown": "x"})
    assert saved.json()["settings"] == {"anonymize_ip": "yes"}
    settings = api.get("/setting/compliance").json()["settings"]
    assert settings["anonymize_ip"] == "yes"
    assert settings["personal_data_export"] == "yes"  # default again: the option was replaced, not merged
    assert "unknown" not in settings


def test_experiments_store_text_and_turn_features_on(api: Api) -> None:
    assert api.get("/setting/activity-logs").status_code == 423
    assert (
        api.post("/setting/experiments", json={"campaign_max_number": 50, "activity_log": "yes"}).status_code
        == 200
    )
    settings = api.get("/setting/experiments").json()["settings"]
    assert settings["campaign_max_number"] == "50"
    assert settings["activity_log"] == "yes"
    with api.client.app.state.db.read() as conn:  # type: ignore[attr-defined]
        assert settings_store.experiment_enabled(conn, "activity_log")
        assert not settings_store.experiment_enabled(conn, "company_module")
    assert api.get("/setting/activity-logs").json()["logs"]["total"] == 0
    # Switching it off keeps the table, as FluentCRM does.
    api.post("/setting/experiments", json={"activity_log": "no"})
    assert api.get("/setting/activity-logs/reset").status_code == 200


def test_global_settings_merge_and_footer_check(api: Api) -> None:
    refused = api.put("/setting", json={"settings": {"email_settings": {"email_footer": "plain"}}})
    assert refused.status_code == 422
    footer = "<a href='##crm.unsubscribe_url##'>x</a>"
    api.put("/setting", json={"settings": {"email_settings": {"email_footer": footer, "from_name": "Ann"}}})
    read = api.get("/setting", params={"settings_keys[]": ["email_settings", "email"]}).json()
    assert read["email_settings"]["from_name"] == "Ann"
    assert read["email_settings"]["pref_form"] == "no"
    assert read["email"] == {"emails_per_second": 4}


def test_double_optin_validation_and_list_settings(api: Api) -> None:
    assert api.put("/setting/double-optin", json={}).status_code == 422
    missing = api.put("/setting/double-optin", json={"settings": {"email_subject": "x"}}).json()
    assert set(missing) == {"email_body", "after_confirm_message"}
    no_link = {"email_subject": "s", "email_body": "<p>x</p>", "after_confirm_message": "ok"}
    assert api.put("/setting/double-optin", json={"settings": no_link}).status_code == 422
    mine = {**no_link, "email_body": "#activate_link#"}
    api.put("/setting/double-optin", json={"settings": mine, "list_id": 3, "global_double_optin": "no"})
    for_list = api.get("/setting/double-optin", params={"list_id": 3}).json()
    assert for_list["settings"] == mine
    assert for_list["global_double_optin"] == "no"
    assert (
        api.get("/setting/double-optin").json()["settings"]["email_subject"] == "Please Confirm Subscription"
    )


def test_old_logs_validation_and_guards(api: Api) -> None:
    assert (
        api.get("/setting/old_logs", params={"days_before": 3, "selected_logs[]": "emails"}).status_code
        == 422
    )
    assert (
        api.get("/setting/old_logs", params={"days_before": 7, "selected_logs": "emails"}).status_code == 400
    )
    overflow = api.get(
        "/setting/old_logs", params={"days_before": 987654321987654, "selected_logs[]": "emails"}
    )
    assert overflow.status_code == 400 and "days_before" in overflow.json()["data"]["params"]
    counts = api.get(
        "/setting/old_logs", params={"days_before": 7, "selected_logs[]": ["emails", "system_logs"]}
    )
    assert [row["title"] for row in counts.json()["log_counts"]] == ["Email History Logs", "System Logs"]
    locked = api.get("/setting/old_logs", params={"days_before": 7, "selected_logs[]": ["activity_logs"]})
    assert locked.status_code == 423
    deleted = api.delete("/setting/old_logs", json={"days_before": 36500, "selected_logs": ["system_logs"]})
    assert deleted.json()["has_more"] is False


def test_the_bounce_key_is_created_once(api: Api) -> None:
    first = api.get("/setting/bounce_configs").json()["bounce_settings"]["mailgun"]["webhook_url"]
    again = api.get("/setting/bounce_configs").json()["bounce_settings"]["mailgun"]["webhook_url"]
    assert first == again and "/handle/fcrm_" in first


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/setting/run_cron", {"hook": "nope"}),
        ("POST", "/setting/rest-keys", {"api_name": "k", "api_user_id": 2}),
        ("POST", "/setting/integrations", {"provider": "nope"}),
        ("POST", "/setting/reset_db", {}),
    ],
)
def test_refusals_of_the_free_plugin(api: Api, method: str, path: str, body: dict[str, Any]) -> None:
    response = api.request(method, path, json=body)
    assert response.status_code == 422
    assert "message" in response.json()


def test_every_settings_answer_conforms_to_the_spec(api: Api) -> None:
    from tools.bundle import bundle

    matcher = SpecMatcher(bundle())
    checks = [
        ("GET", "/setting", "settings_keys[]=email_settings"),
        *(("GET", path, "") for path in SETTINGS_GETS),
        ("GET", "/setting/cron_status", ""),
        ("GET", "/setting/bounce_configs", ""),
        ("GET", "/setting/rest-keys", ""),
        ("GET", "/setting/integrations", ""),
        ("GET", "/setting/experiments/campaigns", ""),
        ("GET", "/setting/system-logs", "per_page=5"),
        ("GET", "/setting/test", "a=1"),
        ("POST", "/setting/install-fluentsmtp", ""),
    ]
    for method, path, query in checks:
        response = api.request(method, path + ("?" + query if query else ""))
        problems = matcher.validate(method, path, response.status_code, response.json(), query)
        assert not problems, (path, problems)
