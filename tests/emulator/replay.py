"""Replay the recorded exchanges against a fresh emulator and compare what comes back.

The recordings were made in one session against a live FluentCRM; replaying them in the same order against an
empty emulator rebuilds the same data, so ids line up. Ids are still mapped from each create response the
recording and the emulator both return, so a shift (for example after an exchange that is not replayed) does not
derail the later requests.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import warnings
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette suggests httpx2; httpx is the pinned client
    from starlette.testclient import TestClient

from emulator.app import create_app
from tests.conftest import json_type

PREFIX = "/wp-json/fluent-crm/v2"

#: Exchanges not compared, each with the reason. Everything else must match.
EXCLUDED: dict[str, str] = {
    "tags.delete.not_found": "deliberate difference: the real server dies with a PHP fatal (500); "
    "the emulator answers 404 with the ModelNotFound body",
    "contacts.list.per_page_abc": "deliberate difference: the real server answers 500 (division by zero); "
    "the emulator answers 400 rest_invalid_param",
}
EXCLUDED_PREFIXES: dict[str, str] = {
    "after_10k.": "recorded after ~10,000 contacts were loaded outside the recorded exchanges",
}

#: Response members whose keys are data (report bucket labels), not structure: only value types are compared.
MAP_MEMBERS = {("stats",)}
_REPORT_PATH = re.compile(r"^/reports/(subscribers|email-sents|email-opens|email-clicks)$")
_KINDS = {"subscribers": "contact", "lists": "list", "tags": "tag"}


def excluded_reason(name: str) -> str | None:
    if name in EXCLUDED:
        return EXCLUDED[name]
    for prefix, reason in EXCLUDED_PREFIXES.items():
        if name.startswith(prefix):
            return reason
    return None


@dataclass
class Credentials:
    admin_password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    manager_password: str = field(default_factory=lambda: secrets.token_urlsafe(18))

    def users(self) -> list[tuple[str, str, str]]:
        return [("admin", self.admin_password, "administrator"), ("manager", self.manager_password, "editor")]

    def headers(self, kind: str) -> dict[str, str]:
        def basic(user: str, password: str, scheme: str = "Basic") -> dict[str, str]:
            return {"Authorization": f"{scheme} " + base64.b64encode(f"{user}:{password}".encode()).decode()}

        if kind == "admin":
            return basic("admin", self.admin_password)
        if kind == "admin_lower":
            return basic("admin", self.admin_password, "basic")
        if kind == "manager":
            return basic("manager", self.manager_password)
        if kind == "bad":
            return basic("admin", "wrong-" + self.admin_password)
        if kind == "doc_literal":
            return {"Authorization": "BASIC API_USERNAME:API_PASSWORD"}
        if kind == "bearer":
            return {"Authorization": "Bearer " + secrets.token_hex(16)}
        return {}


@dataclass
class IdMap:
    """Recorded id → emulator id, per model kind."""

    ids: dict[str, dict[int, int]] = field(default_factory=lambda: {"contact": {}, "list": {}, "tag": {}})

    def learn(self, recorded: Any, actual: Any) -> None:
        if not (isinstance(recorded, dict) and isinstance(actual, dict)):
            return
        for key, kind in (("contact", "contact"), ("subscriber", "contact")):
            self._pair(kind, recorded.get(key), actual.get(key))
        item_kind = "tag" if "tag" in str(recorded.get("message", "")) else "list"
        self._pair(item_kind, recorded.get("item"), actual.get("item"))
        self._pair("tag", recorded.get("tag"), actual.get("tag"))
        for entry_r, entry_a in zip(recorded.get("updated") or [], actual.get("updated") or [], strict=False):
            self._pair("contact", entry_r, entry_a)

    def _pair(self, kind: str, recorded: Any, actual: Any) -> None:
        if isinstance(recorded, dict) and isinstance(actual, dict):
            if isinstance(recorded.get("id"), int) and isinstance(actual.get("id"), int):
                self.ids[kind][recorded["id"]] = actual["id"]
            for sub_kind, member in (("tag", "tags"), ("list", "lists")):
                for r_item, a_item in zip(recorded.get(member) or [], actual.get(member) or [], strict=False):
                    self._pair(sub_kind, r_item, a_item)

    def map(self, kind: str, value: Any) -> Any:
        try:
            number = int(value)
        except (TypeError, ValueError):
            return value
        mapped = self.ids[kind].get(number, number)
        return mapped if isinstance(value, int) else str(mapped)

    def path(self, path: str) -> str:
        match = re.match(r"^/(subscribers|lists|tags)/(\d+)$", path)
        if not match or match.group(2) == "0":
            return path
        return f"/{match.group(1)}/{self.map(_KINDS[match.group(1)], match.group(2))}"

    def _kind_of(self, name: str) -> str | None:
        base = name.split("[")[0]
        if base in ("tags", "attach_tags", "detach_tags"):
            return "tag"
        if base in ("lists", "attach_lists", "detach_lists"):
            return "list"
        if base in ("subscribers",):
            return "contact"
        return None

    def query(self, query: str) -> str:
        if not query:
            return query
        pairs = []
        for key, value in parse_qsl(query, keep_blank_values=True):
            kind = self._kind_of(key)
            pairs.append((key, self.map(kind, value) if kind and key.endswith("[]") else value))
        return urlencode(pairs, quote_via=quote)

    def json_body(self, body: Any) -> Any:
        if isinstance(body, dict):
            out = {}
            for key, value in body.items():
                kind = self._kind_of(key)
                if kind and isinstance(value, list):
                    out[key] = [self.map(kind, v) if isinstance(v, int) else v for v in value]
                else:
                    out[key] = self.json_body(value)
            return out
        if isinstance(body, list):
            return [self.json_body(item) for item in body]
        return body


@dataclass
class Outcome:
    name: str
    request: dict[str, Any]
    recorded_status: int
    status: int
    recorded_body: Any
    body: Any
    headers: dict[str, str]
    recorded_headers: dict[str, str]
    differences: list[str]


def _numbers_compatible(a: str, b: str) -> bool:
    return {a, b} <= {"integer", "number"}


def shape_differences(recorded: Any, actual: Any, where: tuple[str, ...] = ()) -> list[str]:
    """Keys (and their order) and JSON types, recursively; array items are compared pairwise."""
    label = "/".join(where) or "<body>"
    r_type, a_type = json_type(recorded), json_type(actual)
    if r_type != a_type and not _numbers_compatible(r_type, a_type):
        if where and where[-1] == "__bench":
            return []
        # PHP prints an empty map as []; a non-empty map as an object. Both are "a map" to a client.
        if (
            {r_type, a_type} == {"array", "object"}
            and ([] in (recorded, actual))
            and where[-1:] in (("custom_fields",), ("custom_values",), ("values",), ("stats",))
        ):
            return []
        return [f"{label}: recorded {r_type}, emulator {a_type}"]
    if r_type == "object":
        if where in MAP_MEMBERS:
            types = {json_type(v) for v in list(recorded.values()) + list(actual.values())}
            return [] if len(types) <= 1 else [f"{label}: mixed value types {sorted(types)}"]
        problems = []
        if list(recorded) != list(actual):
            problems.append(f"{label}: keys recorded {list(recorded)} vs emulator {list(actual)}")
        for key in recorded:
            if key in actual:
                problems += shape_differences(recorded[key], actual[key], (*where, key))
        return problems
    if r_type == "array":
        problems = []
        if len(recorded) != len(actual) and where not in MAP_MEMBERS:
            problems.append(f"{label}: {len(recorded)} items recorded, {len(actual)} from the emulator")
        for index, (r_item, a_item) in enumerate(zip(recorded, actual, strict=False)):
            problems += shape_differences(r_item, a_item, (*where, str(index)))
        return problems
    return []


def message_differences(recorded: Any, actual: Any) -> list[str]:
    """Error codes and messages (and every ``message`` member of a success body) must be verbatim."""
    problems = []
    if isinstance(recorded, dict) and isinstance(actual, dict):
        for key in ("code", "message"):
            if key in recorded and recorded.get(key) != actual.get(key):
                if key == "message" and str(recorded[key]).startswith(("Failed to parse", "Unknown column")):
                    continue
                problems.append(f"{key}: recorded {recorded.get(key)!r}, emulator {actual.get(key)!r}")
        for field_name, rules in recorded.items():
            is_rule_map = (
                isinstance(rules, dict) and rules and all(isinstance(v, str) for v in rules.values())
            )
            if is_rule_map and actual.get(field_name) != rules:
                problems.append(f"{field_name}: recorded {rules!r}, emulator {actual.get(field_name)!r}")
    return problems


class Replayer:
    """Sends each recorded request to one in-process emulator, in order."""

    def __init__(self) -> None:
        self.credentials = Credentials()
        self.app = create_app(db=":memory:", users=self.credentials.users(), site_url="http://127.0.0.1:8088")
        self.client = TestClient(self.app, base_url="http://127.0.0.1:8088")
        self.ids = IdMap()

    def close(self) -> None:
        self.client.close()
        self.app.state.db.close()

    def send(self, exchange: dict[str, Any]) -> Outcome:
        request = exchange["request"]
        path = self.ids.path(request["path"])
        query = self.ids.query(request.get("query") or "")
        content_type = request.get("content_type")
        body = request.get("body") or ""
        if body and content_type == "application/json":
            try:
                body = json.dumps(self.ids.json_body(json.loads(body)))
            except ValueError:
                pass  # a deliberately malformed body is sent as recorded
        elif body and content_type == "application/x-www-form-urlencoded":
            body = self.ids.query(body)
        headers = self.credentials.headers(request["auth"])
        if content_type:
            headers["Content-Type"] = content_type
        url = path if path == "/" else PREFIX + path
        if query:
            url += "?" + query
        response = self.client.request(
            request["method"], url, content=body.encode() if body else None, headers=headers
        )
        try:
            actual: Any = response.json()
        except ValueError:
            actual = response.text
        recorded = exchange["response"]["body"]
        if response.status_code < 300:
            self.ids.learn(recorded, actual)
        differences = []
        if response.status_code != exchange["response"]["status"]:
            differences.append(
                f"status: recorded {exchange['response']['status']}, emulator {response.status_code}"
            )
        else:
            differences += shape_differences(recorded, actual)
            differences += message_differences(recorded, actual)
            differences += value_differences(recorded, actual)
        recorded_headers = exchange["response"]["headers"]
        for header in ("content-type", "allow"):
            if recorded_headers.get(header) != response.headers.get(header):
                differences.append(
                    f"header {header}: recorded {recorded_headers.get(header)!r}, emulator {response.headers.get(header)!r}"
                )
        return Outcome(
            name=exchange["name"],
            request={"method": request["method"], "path": path, "query": query},
            recorded_status=exchange["response"]["status"],
            status=response.status_code,
            recorded_body=recorded,
            body=actual,
            headers=dict(response.headers),
            recorded_headers=recorded_headers,
            differences=differences,
        )


#: Members whose values depend on the clock or on rows written outside the API during the recording.
VOLATILE_KEYS = {"created_at", "updated_at", "__bench", "unsubscribe_date", "scheduled_at"}
OUTSIDE_DATA_KEYS = {"stats", "count"}


def value_differences(recorded: Any, actual: Any, where: tuple[str, ...] = ()) -> list[str]:
    """Equal values wherever the emulator's data must equal the recording's (ids, totals, titles, flags)."""
    if where and (where[-1] in VOLATILE_KEYS or where[-1] in OUTSIDE_DATA_KEYS):
        return []
    if isinstance(recorded, dict) and isinstance(actual, dict):
        problems = []
        for key in recorded:
            if key in actual:
                problems += value_differences(recorded[key], actual[key], (*where, key))
        return problems
    if isinstance(recorded, list) and isinstance(actual, list):
        problems = []
        for index, (r_item, a_item) in enumerate(zip(recorded, actual, strict=False)):
            problems += value_differences(r_item, a_item, (*where, str(index)))
        return problems
    if recorded != actual and not (isinstance(recorded, float) and isinstance(actual, float)):
        return [f"{'/'.join(where) or '<body>'}: recorded {recorded!r}, emulator {actual!r}"]
    return []
