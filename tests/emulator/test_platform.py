"""The platform routes of the emulator: reports helpers, imports, migrators, docs and the public bounce handler.

Besides behaviour, it holds the emulator's route table to FluentCRM's: the namespace index lists exactly the
routes the emulator serves, every one of them is a route of ``routes.json``, and the platform prefixes are
served in full.
"""

from __future__ import annotations

import json
import secrets
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from emulator import settings_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette suggests httpx2; httpx is the pinned client
    from starlette.testclient import TestClient

from emulator.app import create_app
from emulator.routes import namespace_index, routes
from tests.conftest import DATA, load_core_exchanges, load_live_exchanges
from tests.emulator.conftest import PREFIX, Api
from tests.spec._routes import prefix_of, route_of

PLATFORM_PREFIXES = ("reports", "import", "migrators", "docs", "public")
CSV = (
    "email,first_name,Favorite Color\nann@example.com,Ann,red\nbob@example.com,Bob,blue\nbroken-email,Bad,\n"
)


def _registered() -> set[tuple[str, str]]:
    table = json.loads((DATA / "core" / "routes.json").read_text(encoding="utf-8"))["routes"]
    return {(method, route["wp_route_regex"]) for route in table for method in route["methods"]}


def _index_pairs(index: dict[str, Any]) -> set[tuple[str, str]]:
    return {(method, path) for path, entry in index["routes"].items() for method in entry["methods"]}


def test_the_namespace_index_lists_the_emulators_routes_as_wordpress_prints_them() -> None:
    index = _index_pairs(namespace_index("http://example.test"))
    served = {
        (method, "/fluent-crm/v2" + entry_path.removeprefix("/fluent-crm/v2"))
        for entry_path, entry in namespace_index("http://example.test")["routes"].items()
        for method in entry["methods"]
    }
    assert index == served
    assert len(index) == sum(len(route.handlers) for route in routes())
    unknown = index - _registered()
    assert not unknown, f"the emulator serves routes FluentCRM does not register: {sorted(unknown)}"


def test_the_platform_prefixes_are_served_in_full() -> None:
    index = _index_pairs(namespace_index("http://example.test"))
    wanted = {
        pair
        for pair in _registered()
        if prefix_of(pair[1].removeprefix("/fluent-crm/v2")) in PLATFORM_PREFIXES
    }
    assert len(wanted) == 13 + 6 + 5 + 3 + 2 * 5
    assert wanted <= index, sorted(wanted - index)


def test_the_index_is_served_without_credentials(api: Api) -> None:
    response = api.get(PREFIX, headers={})
    assert response.status_code == 200
    assert _index_pairs(response.json()) == _index_pairs(namespace_index("http://example.test"))


# --- every recorded platform request, replayed, gets a documented answer ---------------------------------------

RECORDED = [
    exchange
    for exchange in [*load_core_exchanges(), *load_live_exchanges()]
    if (route := route_of(exchange["request"]["method"], exchange["request"]["path"])) is not None
    and prefix_of(route["path"]) in PLATFORM_PREFIXES
]


#: Recorded successes the emulator answers with 400 instead (documented in docs/emulator.md).
DELIBERATE_400 = {"live/reports.emails.per_page_negative": "a negative per_page is refused like 0"}


@pytest.fixture(scope="module")
def replay_api() -> Iterator[Api]:
    """One emulator for the whole replay: the requests do not depend on each other's records."""
    password = secrets.token_urlsafe(18)
    app = create_app(users=[("admin", password, "administrator")], site_url="http://127.0.0.1:8088")
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Api(client, "admin", password)
    app.state.db.close()


@pytest.fixture(scope="module")
def matcher(bundled_spec: dict[str, Any]) -> Any:
    from tools.spec_match import SpecMatcher

    return SpecMatcher(bundled_spec)


@pytest.mark.parametrize("exchange", RECORDED, ids=[exchange["name"] for exchange in RECORDED])
def test_recorded_platform_requests_get_documented_answers(
    replay_api: Api, matcher: Any, exchange: dict[str, Any]
) -> None:
    api = replay_api
    request = exchange["request"]
    headers = {} if request["auth"] == "none" else api.auth()
    if request["content_type"]:
        headers["Content-Type"] = request["content_type"]
    url = request["path"] + ("?" + request["query"] if request["query"] else "")
    response = api.request(request["method"], url, headers=headers, content=request["body"].encode())
    assert response.status_code < 500
    body = response.json()
    errors = matcher.validate(
        request["method"], request["path"], response.status_code, body, request["query"]
    )
    assert errors == []
    recorded = exchange["response"]["status"]
    if recorded >= 500 or exchange["name"] in DELIBERATE_400:
        assert response.status_code == 400, "where FluentCRM crashes, the emulator answers a clear 400"
    elif recorded == 200 and request["path"].startswith(("/reports", "/docs", "/public", "/import/drivers")):
        assert response.status_code == 200


# --- imports --------------------------------------------------------------------------------------------------


def _upload(api: Api, content: str = CSV, **fields: str) -> dict[str, Any]:
    response = api.post(
        "/import/csv-upload", files={"file": ("people.csv", content, "text/csv")}, data=fields
    )
    assert response.status_code == 200, response.text
    return response.json()


def _import(api: Api, staged: dict[str, Any], **options: Any) -> Any:
    body = {
        "file": staged["file"],
        "map": [m for m in staged["map"] if m["table"]],
        "new_status": "subscribed",
    }
    return api.post("/import/csv-import", json={**body, **options})


def test_a_staged_csv_is_described_and_mapped(api: Api) -> None:
    staged = _upload(api)
    assert staged["file"].startswith("fluentcrm-") and staged["file"].endswith("-fluentcrm-people.csv")
    assert staged["headers"] == ["email", "first_name", "Favorite Color"]
    assert staged["map"] == [
        {"csv": "email", "table": "email"},
        {"csv": "first_name", "table": "first_name"},
        {"csv": "Favorite Color", "table": None},
    ]
    assert "__bench" not in staged


def test_upload_without_a_file_is_not_an_error_but_a_binary_file_is(api: Api) -> None:
    assert api.post("/import/csv-upload", json={}).json()["file"] is None
    refused = api.post("/import/csv-upload", files={"file": ("x.png", b"\x89PNG\r\n\x00\x00", "image/png")})
    assert refused.status_code == 422
    assert refused.json() == {"file": {"mimetypes": "The file must be a valid CSV."}}


def test_a_csv_import_creates_contacts_and_reports_invalid_rows(api: Api) -> None:
    staged = _upload(api)
    result = _import(api, staged).json()
    assert (result["total"], result["inserted"], result["skipped"], result["has_more"]) == (3, 2, 1, False)
    assert result["invalid_contacts"] == [{"custom_values": [], "email": "broken-email", "first_name": "Bad"}]
    created = {contact["email"]: contact for contact in result["result"]["inserted"]}
    assert set(created) == {"ann@example.com", "bob@example.com"}
    assert created["ann@example.com"]["source"] == "csv"
    listed = api.get("/subscribers", params={"search": "ann@example.com"}).json()["subscribers"]["data"]
    assert [(c["id"], c["first_name"], c["status"]) for c in listed] == [
        (created["ann@example.com"]["id"], "Ann", "subscribed")
    ]
    again = _import(api, staged)
    assert again.status_code == 422, "the finished import deletes its staged file"


def test_existing_contacts_change_only_with_update_true(api: Api) -> None:
    _import(api, _upload(api))
    renamed = "email,first_name\nann@example.com,Annie\n"
    untouched = _import(api, _upload(api, renamed), update="yes").json()
    assert (untouched["inserted"], untouched["updated"]) == (0, 0)
    tag = api.post("/tags", json={"title": "Imported"}).json()["lists"]["id"]
    updated = _import(api, _upload(api, renamed), update=True, tags=[tag]).json()
    assert updated["updated"] == 1
    contact = updated["result"]["updated"][0]
    assert contact["first_name"] == "Annie"
    assert [t["id"] for t in contact["tags"]] == [tag]


def test_a_map_without_email_is_refused(api: Api) -> None:
    staged = _upload(api)
    response = api.post(
        "/import/csv-import",
        json={
            "file": staged["file"],
            "map": [{"csv": "first_name", "table": "first_name"}],
            "new_status": "subscribed",
        },
    )
    assert (response.status_code, response.json()) == (422, {"email": "The email field is required."})


def test_wordpress_users_become_linked_contacts_and_has_more_stays_true_on_the_last_page(api: Api) -> None:
    first = api.post("/import/users", json={"roles": ["editor"], "new_status": "subscribed"}).json()
    assert (first["record_total"], first["has_more"], first["next_page"]) == (1, True, 2)
    second = api.post("/import/users", json={"roles": ["editor"], "page": 2}).json()
    assert second["has_more"] is False
    found = api.get("/subscribers", params={"search": "manager"}).json()["subscribers"]["data"]
    assert [contact["source"] for contact in found] == ["wp_users"]
    assert found[0]["user_id"] is not None


def test_the_users_driver_previews_and_imports(api: Api) -> None:
    preview = api.get(
        "/import/drivers/users", params={"summary": "1", "config[roles][]": "administrator"}
    ).json()
    assert [user["name"] for user in preview["import_info"]["subscribers"]] == ["admin"]
    assert api.get("/import/drivers/csv").status_code == 422
    run = api.post(
        "/import/drivers/users", json={"config": {"roles": ["administrator"]}, "importing_page": 1}
    )
    assert run.json()["record_total"] == 1 and "message" not in run.json()
    crash = api.post("/import/drivers/users", json={"config": {"roles": ["administrator"]}})
    assert crash.status_code == 400 and crash.json()["code"] == "rest_invalid_param"


# --- reports helpers ------------------------------------------------------------------------------------------


def test_option_lists_follow_the_request(api: Api) -> None:
    api.post("/lists", json={"title": "Zeta"})
    response = api.get("/reports/options", params={"fields": "lists,statuses,nope", "with_count[]": "lists"})
    options = response.json()["options"]
    assert list(options) == ["lists", "statuses"]
    assert options["lists"][0]["subscribersCount"] == 0
    assert api.get("/reports/options", params={"fields": "nope"}).json()["options"] == []
    assert api.get("/reports/options").status_code == 422
    assert api.get("/reports/options", params={"fields[]": "lists"}).status_code == 400


def test_the_email_history_counts_statuses_on_page_one_and_deletes_by_id(api: Api) -> None:
    assert api.get("/reports/emails").json()["statuses"] is None
    assert api.get("/reports/emails", params={"page": 1}).json()["statuses"] == []
    assert api.get("/reports/emails", params={"per_page": 0}).status_code == 400
    deleted = api.delete("/reports/emails", json={"email_ids": [987654321]})
    assert deleted.json()["message"] == "Selected emails has been deleted"
    assert api.delete("/reports/emails", json={"email_ids": "abc"}).status_code == 400


# --- migrators and docs ---------------------------------------------------------------------------------------


def test_migrators_cannot_reach_their_services(api: Api) -> None:
    assert set(api.get("/migrators").json()["drivers"]) == {
        "mailchimp",
        "ConvertKit",
        "MailerLite",
        "Drip",
        "ActiveCampaign",
    }
    unknown = api.post("/migrators/verify-cred", json={"driver": "nope"})
    assert unknown.json() == {"message": "Sorry no driver found for the selected CRM"}
    blocked = api.post("/migrators/summary", json={"driver": "Drip", "credential": {"api_key": "x"}})
    assert (blocked.status_code, blocked.json()["message"]) == (
        422,
        "User has blocked requests through HTTP.",
    )


def test_docs_answer_as_without_fluentcrm_com(api: Api) -> None:
    assert api.get("/docs").json()["docs"] == []
    assert api.get("/docs/123").json()["is_error"] is True
    assert api.get("/docs/0").status_code == 400
    addons = api.get("/docs/addons", params={"with[]": "experimental_features"}).json()
    assert set(addons["addons"]) == {"fluentform", "fluentsmtp", "fluent-support", "fluentconnect"}
    assert addons["experimental_features"]["company_module"] == "no"


# --- bounce handler -------------------------------------------------------------------------------------------


def _bounce_key(api: Api) -> str:
    api.get("/public/bounce_handler/mailgun/handle/wrong", headers={})
    app_db = api.client.app.state.db  # type: ignore[attr-defined]
    with app_db.read() as conn:
        return str(settings_store.read_option(conn, settings_store.BOUNCE_KEY))


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
def test_the_bounce_handler_needs_no_credentials_and_checks_its_key(api: Api, method: str) -> None:
    for path in ("/public/bounce_handler/mailgun/handle/wrong", "/public/bounce_handler/mailgun/wrong"):
        response = api.request(method, path, headers={})
        assert response.status_code == 200
        assert response.headers["allow"] == "GET, POST, PUT, PATCH, DELETE"
        assert response.json()["status"] is False
    unknown = api.request(method, "/public/bounce_handler/nope/abc", headers={}).json()
    assert (unknown["success"], unknown["result"], unknown["service"]) == (0, "", "nope")


def test_a_mailgun_failure_bounces_the_contact_once(api: Api) -> None:
    contact = api.post("/subscribers", json={"email": "bouncy@example.com", "status": "subscribed"}).json()[
        "contact"
    ]
    key = _bounce_key(api)
    assert key.startswith("fcrm_") and len(key) == 19
    event = {"event-data": {"event": "failed", "recipient": "bouncy@example.com"}}
    first = api.put(f"/public/bounce_handler/mailgun/{key}", headers={}, json=event).json()
    assert (first["success"], first["result"]) == (1, True)
    assert api.get(f"/subscribers/{contact['id']}").json()["subscriber"]["status"] == "bounced"
    again = api.post(f"/public/bounce_handler/mailgun/handle/{key}", headers={}, json=event).json()
    assert again["result"] is False
    nothing = api.post(f"/public/bounce_handler/mailgun/handle/{key}", headers={}, json={}).json()
    assert nothing["result"] is False
