"""The emulator load cases, built from what the seeded database actually holds.

The seeder's vocabulary is its own business, so search terms, ids and the tag are discovered through the API
instead of being assumed; the report shows the hit counts so the cases can be compared with the reference's.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from bench.http_load import LoadTarget, Request, RequestFactory
from bench.model import MissingPrerequisite
from bench.server import BASE_PATH


@dataclass(frozen=True)
class LoadCase:
    key: str
    label: str
    factory: RequestFactory
    hits: int | None = None
    term: str | None = None


def _get_json(target: LoadTarget, path: str) -> Any:
    status, body = target.fetch(Request("GET", BASE_PATH + path))
    if status != 200:
        raise MissingPrerequisite(f"GET {path} answered {status}")
    return json.loads(body)


def _paginator(body: Any, key: str) -> dict[str, Any]:
    page = body.get(key) if isinstance(body, dict) else None
    if not isinstance(page, dict) or not isinstance(page.get("data"), list):
        raise MissingPrerequisite(f"the response has no `{key}` paginator")
    return page


def _search_hits(target: LoadTarget, term: str) -> int:
    page = _paginator(_get_json(target, f"/subscribers?per_page=1&search={quote(term)}"), "subscribers")
    return int(page["total"])


def discover_cases(
    target: LoadTarget,
    rng: random.Random,
    run_token: str,
    same_as: dict[str, Any] | None = None,
) -> tuple[list[LoadCase], list[str]]:
    """Build the load cases from what the seeded database actually holds.

    Search terms and the tag are chosen from the data (a common first name for "many hits", one contact's
    e-mail for "few hits", the most used tag for the filter) because the seeder's vocabulary is its own business;
    the report shows the hit counts so the cases can be compared with the reference's 397 and 10 hits.
    ``same_as`` (the figures of a smaller database) reuses its search term and tag, so the sizes compare the
    same query.
    """
    notes: list[str] = []
    newest = _paginator(_get_json(target, "/subscribers?per_page=1"), "subscribers")
    total = int(newest["total"])
    if total == 0 or not newest["data"]:
        raise MissingPrerequisite("the seeded database has no contacts")
    highest_id = int(newest["data"][0]["id"])
    oldest = _paginator(_get_json(target, "/subscribers?per_page=1&sort_by=id&sort_type=asc"), "subscribers")
    lowest_id = int(oldest["data"][0]["id"])
    middle_page = max(1, total // 2 // 50)
    sample = _paginator(_get_json(target, f"/subscribers?per_page=50&page={middle_page}"), "subscribers")[
        "data"
    ]

    earlier = (same_as or {}).get("cases", {})
    if "search_many" in earlier:
        many_term = str(earlier["search_many"]["term"])
        many_hits = _search_hits(target, many_term)
    else:
        names = list(dict.fromkeys(c.get("first_name") for c in sample if c.get("first_name")))[:6]
        counted = [(name, _search_hits(target, name)) for name in names]
        many_term, many_hits = (
            max(counted, key=lambda pair: pair[1]) if counted else ("a", _search_hits(target, "a"))
        )
    few_term = str(sample[len(sample) // 2]["email"]) if sample else "nobody@example.invalid"
    few_hits = _search_hits(target, few_term)

    ids = [rng.randint(lowest_id, highest_id) for _ in range(2_000)]

    def query(params: dict[str, str] | list[tuple[str, str]]) -> str:
        return urlencode(params)

    cases = [
        LoadCase(
            "list",
            "GET /subscribers?per_page=10",
            _fixed(Request("GET", f"{BASE_PATH}/subscribers?per_page=10")),
        ),
        LoadCase(
            "search_many",
            f"GET /subscribers?per_page=10&search={many_term}",
            _fixed(
                Request("GET", f"{BASE_PATH}/subscribers?{query({'per_page': '10', 'search': many_term})}")
            ),
            many_hits,
            many_term,
        ),
        LoadCase(
            "search_few",
            f"GET /subscribers?per_page=10&search={few_term}",
            _fixed(
                Request("GET", f"{BASE_PATH}/subscribers?{query({'per_page': '10', 'search': few_term})}")
            ),
            few_hits,
        ),
    ]

    tags = _get_json(target, "/tags?per_page=100")
    tag_rows = _paginator(tags, "tags")["data"] if isinstance(tags, dict) and "tags" in tags else []
    if tag_rows:
        tag = max(tag_rows, key=lambda row: int(row.get("subscribersCount") or 0))
        tag_id = str(tag["id"])
        if "filter" in earlier and any(str(row["id"]) == earlier["filter"]["term"] for row in tag_rows):
            tag_id = str(earlier["filter"]["term"])
        path = f"{BASE_PATH}/subscribers?{query([('per_page', '10'), ('tags[]', tag_id)])}"
        filter_hits = int(_paginator(_get_json(target, path[len(BASE_PATH) :]), "subscribers")["total"])
        cases.append(
            LoadCase(
                "filter",
                f"GET /subscribers?per_page=10&tags[]={tag_id}",
                _fixed(Request("GET", path)),
                filter_hits,
                tag_id,
            )
        )
    else:
        notes.append("The seeded database has no tags, so the tag filter case was not measured.")

    cases.append(
        LoadCase(
            "get_one",
            f"GET /subscribers/{{random id in {lowest_id}..{highest_id}}}",
            lambda n: Request("GET", f"{BASE_PATH}/subscribers/{ids[n % len(ids)]}"),
        )
    )
    serial = itertools.count()
    cases.append(
        LoadCase(
            "create",
            "POST /subscribers (JSON, new e-mail each time)",
            lambda n: Request(
                "POST",
                f"{BASE_PATH}/subscribers",
                json.dumps(
                    {"email": f"load-{run_token}-{next(serial)}@example.com", "status": "subscribed"}
                ).encode(),
                "application/json",
            ),
        )
    )
    return cases, notes


def _fixed(request: Request) -> RequestFactory:
    return lambda n: request
