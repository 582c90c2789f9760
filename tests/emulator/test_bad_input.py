"""Malformed and hostile input gets a clear 4xx (or FluentCRM's lenient 200), never a 500, and the server stays up."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.emulator.conftest import Api


def _alive(api: Api) -> None:
    assert api.get("/subscribers?per_page=1").status_code == 200


def test_broken_json_is_400_rest_invalid_json(api: Api) -> None:
    for path, method in (("/subscribers", "POST"), ("/subscribers/1", "PUT"), ("/lists", "POST")):
        response = api.request(
            method, path, content=b'{"email": ', headers={**api.auth(), "Content-Type": "application/json"}
        )
        assert response.status_code == 400
        assert response.json()["code"] == "rest_invalid_json"
    _alive(api)


def test_deeply_nested_json_is_400(api: Api) -> None:
    response = api.post(
        "/subscribers",
        content=b"[" * 100_000 + b"]" * 100_000,
        headers={**api.auth(), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "rest_invalid_json"
    _alive(api)


@pytest.mark.parametrize("value", ["0", "-1", "abc", "1.5", "", "9" * 40])
def test_per_page_values(api: Api, value: str) -> None:
    for path in ("/subscribers", "/lists", "/tags"):
        response = api.get(f"{path}?per_page={value}")
        if value == "9" * 40:
            assert response.status_code == 200
        else:
            assert response.status_code == 400
            assert response.json() == {
                "code": "rest_invalid_param",
                "message": "Invalid parameter(s): per_page",
                "data": {"status": 400, "params": {"per_page": "per_page must be a positive integer."}},
            }
            assert response.headers["allow"]


def test_huge_values_and_ids(api: Api) -> None:
    big = "x" * 200_000
    created = api.post(
        "/subscribers", json={"email": "big@example.com", "status": "subscribed", "first_name": big}
    )
    assert created.status_code == 200
    assert created.json()["contact"]["first_name"] == big
    assert api.get("/subscribers/" + "9" * 30).status_code == 422
    assert api.put("/subscribers/" + "9" * 30, json={"first_name": "x"}).status_code == 404
    assert api.get("/subscribers?page=" + "9" * 30).status_code == 200
    assert api.get("/tags/" + "9" * 30).json() == {"tag": None}
    _alive(api)


def test_oversized_body_is_413(api: Api) -> None:
    response = api.post(
        "/subscribers",
        content=b"a" * (17 * 1024 * 1024),
        headers={**api.auth(), "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413
    _alive(api)


def test_wrong_types_are_handled(api: Api) -> None:
    cases = [
        ("POST", "/subscribers", {"email": 5, "status": "subscribed"}, 422),
        ("POST", "/subscribers", {"email": ["a@b.co"], "status": "subscribed"}, 422),
        ("POST", "/subscribers", {"email": "t1@example.com", "status": ["x"]}, 200),
        ("POST", "/subscribers", {"email": "t2@example.com", "status": "subscribed", "tags": "VIP"}, 200),
        (
            "POST",
            "/subscribers",
            {"email": "t3@example.com", "status": "subscribed", "custom_values": "x"},
            422,  # FluentCRM 2.9.84 crashes (documented fault custom-values-not-object)
        ),
        (
            "POST",
            "/subscribers",
            {"email": "t5@example.com", "status": "subscribed", "tags": [{"a": 1}]},
            422,
        ),
        ("PUT", "/subscribers/1", {"subscriber": "text"}, 422),
        ("PUT", "/subscribers/1", {"subscriber": 5}, 422),
        ("PUT", "/subscribers/1", {"subscriber": False, "first_name": "Ok"}, 200),
        ("PUT", "/subscribers/1", {"attach_lists": [[1]]}, 422),
        ("PUT", "/subscribers/1", {"custom_values": 7}, 422),
        (
            "POST",
            "/subscribers",
            {"email": "t4@example.com", "status": "subscribed", "first_name": {"a": 1}},
            200,
        ),
        ("PUT", "/subscribers/1", {"email": None, "status": None, "total_points": None}, 200),
        ("POST", "/subscribers", [1, 2, 3], 422),
        ("POST", "/subscribers", "just a string", 422),
        ("POST", "/lists", {"title": ["a"]}, 422),
        ("POST", "/tags", {"title": {"x": 1}}, 422),
        ("PUT", "/custom-fields/contacts", {"fields": "nope"}, 200),
        ("POST", "/subscribers/bulk-add-update", {"contacts": "nope"}, 200),
        ("POST", "/subscribers/bulk-add-update", {"contacts": [1, "x", None, {"email": 3}]}, 200),
        ("DELETE", "/subscribers", {"subscribers": "abc"}, 200),
    ]
    for method, path, body, status in cases:
        response = api.request(
            method, path, content=json.dumps(body), headers={**api.auth(), "Content-Type": "application/json"}
        )
        assert response.status_code == status, (method, path, body, response.text[:200])
    for search in (
        "%00%00%00",
        "abc%00def",
        "%22%22%22",
        "NEAR(a%20b)",
        "%F0%9F%98%80%F0%9F%98%80",
        "%ff%fe%fd",
        "(((",
        "a:b:c",
        "***",
        "%01%02%03",
    ):
        assert api.get("/subscribers?search=" + search).status_code == 200, search
        assert api.get("/lists?search=" + search).status_code == 200, search
        assert api.get("/tags?search=" + search).status_code == 200, search
    for query in (
        "with=stats",
        "with[][]=x",
        "statuses[a][b]=1",
        "tags[]=&tags[]=[]",
        "sort_by=id;drop",
        "search[]=x",
        "custom_fields[]=true",
        "page[]=2",
    ):
        assert api.get("/subscribers?" + query).status_code == 200, query
    # Where FluentCRM 2.9.84 crashes (documented faults), a 400 naming the parameter.
    for query in ("sort_type[]=x", "sort_by[]=id", "tags[a][]=1", "lists[a][]=1"):
        response = api.get("/subscribers?" + query)
        assert response.status_code == 400 and response.json()["code"] == "rest_invalid_param", query
    for path in ("/lists", "/tags"):
        assert api.get(path + "?sort_order[]=asc").status_code == 400
    assert api.get("/subscribers/1?with=stats").status_code == 400
    assert api.get("/custom-fields/contacts?with=x").status_code == 400
    assert api.get("/reports/subscribers?date_range=abc").status_code == 200
    assert api.get("/reports/subscribers?date_range[]=2024-01-01&date_range[]=%00").status_code == 423
    _alive(api)


def test_binary_and_odd_encodings(api: Api) -> None:
    for content_type in (
        "application/x-www-form-urlencoded",
        "application/json",
        "text/plain",
        "multipart/form-data",
    ):
        response = api.post(
            "/subscribers",
            content=bytes(range(256)) * 10,
            headers={**api.auth(), "Content-Type": content_type},
        )
        assert 400 <= response.status_code < 500, (content_type, response.status_code)
    _alive(api)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    "email",
    "status",
    "first_name",
    "tags",
    "lists",
    "custom_values",
    "date_of_birth",
    "__force_update",
    "attach_tags",
    "detach_lists",
    "subscriber",
    "title",
    "slug",
    "fields",
    "contacts",
    "subscribers",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.sampled_from(
        [
            ("POST", "/subscribers"),
            ("PUT", "/subscribers/1"),
            ("POST", "/lists"),
            ("PUT", "/lists/1"),
            ("POST", "/tags"),
            ("PUT", "/tags/1"),
            ("POST", "/subscribers/bulk-add-update"),
            ("DELETE", "/subscribers"),
            ("PUT", "/custom-fields/contacts"),
        ]
    ),
    body=st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=5),
)
def test_random_json_bodies_never_crash(api: Api, target: tuple[str, str], body: dict[str, object]) -> None:
    api.post("/subscribers", json={"email": "seed@example.com", "status": "subscribed"})
    api.post("/lists", json={"title": "Seed list"})
    api.post("/tags", json={"title": "Seed tag"})
    method, path = target
    response = api.request(method, path, json=body)
    assert response.status_code < 500, (target, body, response.text[:300])
    assert response.headers["content-type"] == "application/json; charset=UTF-8"


QUERY_NAMES = [
    "search",
    "sort_by",
    "sort_type",
    "sort_order",
    "statuses[]",
    "statuses",
    "tags[]",
    "tags",
    "lists[]",
    "page",
    "per_page",
    "custom_fields",
    "with[]",
    "date_range[]",
    "all_lists",
    "all_tags",
    "exclude_counts",
    "get_by_email",
    "filter_type",
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(
        [
            "/subscribers",
            "/subscribers/1",
            "/subscribers/0",
            "/lists",
            "/lists/1",
            "/tags",
            "/tags/1",
            "/reports/subscribers",
            "/reports/email-clicks",
            "/reports/dashboard-stats",
            "/custom-fields/contacts",
        ]
    ),
    params=st.lists(st.tuples(st.sampled_from(QUERY_NAMES), st.text(max_size=12)), max_size=5),
)
def test_random_queries_never_crash(api: Api, path: str, params: list[tuple[str, str]]) -> None:
    api.post("/subscribers", json={"email": "q@example.com", "status": "subscribed", "tags": ["Query Tag"]})
    query = "&".join(f"{quote(name, safe='[]')}={quote(value)}" for name, value in params)
    response = api.get(f"{path}?{query}")
    assert response.status_code < 500, (path, query, response.text[:300])


def _read_routes_with_ids() -> list[str]:
    from tools.bundle import bundle

    paths = []
    for path, item in bundle()["paths"].items():
        if "{" in path and "get" in item:
            paths.append(path)
    return sorted(paths)


@pytest.mark.parametrize("number", ["9" * 19, "9" * 30], ids=["beyond-bigint", "thirty-digits"])
def test_an_id_no_row_can_have_is_never_a_500(api: Api, number: str) -> None:
    """Every read with an id in its path, given a number too large for any row id (SQLite and MySQL stop at
    2**63 - 1), answers like a missing record, not with a crash of the emulator."""
    crashed = []
    for path in _read_routes_with_ids():
        concrete = path
        while "{" in concrete:
            start = concrete.index("{")
            concrete = concrete[:start] + number + concrete[concrete.index("}", start) + 1 :]
        response = api.get(concrete)
        if response.status_code >= 500:
            crashed.append(f"GET {path}: {response.status_code}")
    assert not crashed, crashed
    _alive(api)
