"""Reports computed from stored data, loaded through the test-support API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.emulator.conftest import Api

TEST_API = "/wp-json/fluentcrm-emulator/v1"


def _today() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _contact(api: Api, email: str, status: str = "subscribed") -> int:
    response = api.post("/subscribers", json={"email": email, "status": status})
    assert response.status_code == 200
    return int(response.json()["contact"]["id"])


def test_email_reports_and_contact_stats_count_loaded_activity(api: Api) -> None:
    first, second = _contact(api, "one@example.com"), _contact(api, "two@example.com")
    day = (_today() - timedelta(days=3)).strftime("%Y-%m-%d")
    loaded = api.post(
        TEST_API + "/email-activity",
        json={
            "emails": [
                {
                    "subscriber_id": first,
                    "scheduled_at": f"{day} 10:00:00",
                    "opens": [f"{day} 11:00:00"],
                    "clicks": [f"{day} 11:05:00"],
                },
                {"subscriber_id": second, "scheduled_at": f"{day} 10:00:00"},
                {"subscriber_id": second, "scheduled_at": f"{day} 12:00:00", "status": "failed"},
            ]
        },
    )
    assert loaded.status_code == 200
    assert loaded.json()["emails"] == 3
    sents = api.get("/reports/email-sents").json()["stats"]
    assert sents[day] == 2
    assert sum(sents.values()) == 2
    assert api.get("/reports/email-opens").json()["stats"][day] == 1
    assert api.get("/reports/email-clicks").json()["stats"][day] == 1
    stats = api.get(f"/subscribers/{first}?with[]=stats").json()["subscriber"]["stats"]
    assert stats == {"emails": 1, "opens": 1, "clicks": 1}
    dashboard = api.get("/reports/dashboard-stats").json()
    assert dashboard["stats"]["email_sent"]["count"] == 2
    assert dashboard["stats"]["total_campaigns"]["count"] == 1


def test_growth_counts_subscribed_contacts_by_created_at(api: Api) -> None:
    ids = [_contact(api, f"g{n}@example.com") for n in range(3)]
    pending = _contact(api, "pending@example.com", "pending")
    api.post(
        TEST_API + "/contact-dates",
        json={
            "contacts": [
                {"id": ids[0], "created_at": "2021-03-10 09:00:00"},
                {"id": ids[1], "created_at": "2021-03-20 09:00:00"},
                {"id": ids[2], "created_at": "2021-05-01 00:00:00"},
                {"id": pending, "created_at": "2021-03-11 09:00:00"},
            ]
        },
    )
    monthly = api.get("/reports/subscribers?date_range[]=2021-01-01&date_range[]=2021-12-31").json()["stats"]
    assert monthly["Mar 2021"] == 2
    assert monthly["May 2021"] == 1
    assert sum(monthly.values()) == 3
    daily = api.get("/reports/subscribers?date_range[]=2021-03-01&date_range[]=2021-03-15").json()["stats"]
    assert daily["2021-03-10"] == 1
    assert "2021-03-15" not in daily


def test_weekly_reports_put_counts_under_the_first_rows_date(api: Api) -> None:
    ids = [_contact(api, f"w{n}@example.com") for n in range(3)]
    api.post(
        TEST_API + "/contact-dates",
        json={
            "contacts": [
                {"id": ids[0], "created_at": "2026-10-30 09:00:00"},
                {"id": ids[1], "created_at": "2026-10-29 09:00:00"},
                {"id": ids[2], "created_at": "2026-11-11 09:00:00"},
            ]
        },
    )
    stats = api.get("/reports/subscribers?date_range[]=2026-09-01&date_range[]=2026-11-20").json()["stats"]
    period = list(stats)[:12]
    assert all(stats[key] == 0 for key in period)
    # WEEK(2026-10-29) == WEEK(2026-10-30): one group labelled with the lowest id's date.
    assert list(stats)[12:] == ["2026-10-30", "2026-11-11"]
    assert stats["2026-10-30"] == 2


def test_reversed_and_invalid_ranges(api: Api) -> None:
    assert (
        api.get("/reports/subscribers?date_range[]=2022-02-10&date_range[]=2022-02-01").json()["stats"] == []
    )
    invalid = api.get("/reports/email-sents?date_range[]=notadate&date_range[]=2024-01-01")
    assert invalid.status_code == 423
    assert invalid.json()["message"].startswith("Failed to parse time string (notadate) at position 0 (n)")


def test_dashboard_counts_active_contacts_only(api: Api) -> None:
    _contact(api, "a@example.com")
    _contact(api, "b@example.com", "unsubscribed")
    _contact(api, "c@example.com", "pending")
    stats = api.get("/reports/dashboard-stats").json()["stats"]
    assert stats["total_subscribers"] == {
        "title": "Active Contacts",
        "count": 1,
        "route": {"name": "subscribers"},
    }


def test_reset_empties_everything(api: Api) -> None:
    _contact(api, "x@example.com")
    api.post("/tags", json={"title": "Temp"})
    assert api.post(TEST_API + "/reset").json() == {"reset": True}
    assert api.get("/subscribers").json()["subscribers"]["total"] == 0
    assert api.get("/tags").json()["tags"]["total"] == 0
    assert _contact(api, "again@example.com") == 1


def test_test_api_needs_an_administrator(api: Api, credentials: dict[str, str]) -> None:
    assert api.post(TEST_API + "/reset", headers={}).status_code == 401
    assert (
        api.post(TEST_API + "/reset", headers=api.auth("manager", credentials["manager"])).status_code == 403
    )
    assert api.post(TEST_API + "/email-activity", json={"emails": "x"}).status_code == 400
    assert (
        api.post(TEST_API + "/contact-dates", json={"contacts": [{"id": 1, "created_at": "bad"}]}).status_code
        == 400
    )
