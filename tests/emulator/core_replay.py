"""Replay the recordings of all 217 routes (``tests/data/core/``) in order, against the emulator or a live server.

The core recordings were made on a FluentCRM 2.9.84 holding about 10,000 contacts, so the emulator is seeded with
10,000 contacts first. Each answer is compared with the recording by status and shape (keys, their order, JSON
types), grouped by route group. Ids the recording created are mapped to the ids the target created, per resource
path (``/subscribers``, ``/subscribers/*/notes``, ``/campaigns``...), so a different id sequence does not derail
later requests. Where the recording shows a FluentCRM crash (5xx) and the target answers a 4xx, the exchange counts
as matched: that is the emulator's documented deliberate difference (the spec's ``x-fluentcrm-faults``).

The same replay against a live FluentCRM gives the bar the emulator must reach: how often the real server matches
its own recording (``tests/data/core/live-replay.json``). Run ``python -m tests.emulator.core_replay --live`` with
``FLUENTCRM_BASE_URL``, ``FLUENTCRM_USERNAME`` and ``FLUENTCRM_APP_PASSWORD`` set to measure it again.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import DATA, load_core_exchanges
from tests.emulator.replay import PREFIX, Credentials, shape_differences
from tests.spec._routes import group_of, route_of

SEEDED_CONTACTS = 10_000
BASELINE = DATA / "core" / "live-replay.json"

#: Wrapper keys of a created object → the collection whose ids it carries.
WRAPPER_KINDS = {
    "contact": "/subscribers",
    "subscriber": "/subscribers",
    "campaign": "/campaigns",
    "template": "/templates",
    "funnel": "/funnels",
    "company": "/companies",
    "label": "/labels",
    "webhook": "/webhooks",
}
#: Request members that hold ids of a collection.
ID_MEMBERS = {
    "subscribers": "/subscribers",
    "subscriber_ids": "/subscribers",
    "contacts": "/subscribers",
    "tags": "/tags",
    "lists": "/lists",
    "attach_tags": "/tags",
    "attach_lists": "/lists",
    "detach_tags": "/tags",
    "detach_lists": "/lists",
    "campaign_ids": "/campaigns",
    "funnel_ids": "/funnels",
    "company_ids": "/companies",
}

#: ``(method, url, body, headers) -> (status, content-type, parsed body)``.
Send = Callable[[str, str, bytes | None, dict[str, str]], tuple[int, str, Any]]


def kind_of(segments: list[str]) -> str:
    """The collection a path names, ids folded: ``["subscribers", "5", "notes"]`` → ``/subscribers/*/notes``."""
    return "/" + "/".join("*" if segment.isdigit() else segment for segment in segments)


@dataclass
class IdMap:
    """Recorded id → target id, per collection."""

    ids: dict[str, dict[int, int]] = field(default_factory=dict)

    def learn(self, path: str, recorded: Any, actual: Any) -> None:
        if isinstance(recorded, dict) and isinstance(actual, dict):
            self._pair(_collection_of(path), recorded, actual)
            for key, kind in WRAPPER_KINDS.items():
                self._pair(kind, recorded.get(key), actual.get(key))
            for key in ("item", "lists", "tag", "note"):
                self._pair(_collection_of(path), recorded.get(key), actual.get(key))

    def _pair(self, kind: str, recorded: Any, actual: Any) -> None:
        if isinstance(recorded, dict) and isinstance(actual, dict):
            r_id, a_id = recorded.get("id"), actual.get("id")
            if isinstance(r_id, int) and isinstance(a_id, int) and not isinstance(r_id, bool):
                self.ids.setdefault(kind, {})[r_id] = a_id

    def map(self, kind: str, value: Any) -> Any:
        try:
            number = int(value)
        except (TypeError, ValueError):
            return value
        mapped = self.ids.get(kind, {}).get(number, number)
        return mapped if isinstance(value, int) else str(mapped)

    def path(self, path: str) -> str:
        segments = path.strip("/").split("/")
        out = []
        for index, segment in enumerate(segments):
            if segment.isdigit() and segment != "0":
                segment = str(self.map(kind_of(segments[:index]), segment))
            out.append(segment)
        return "/" + "/".join(out)

    def body(self, node: Any, member: str | None = None) -> Any:
        if isinstance(node, dict):
            return {key: self.body(value, key) for key, value in node.items()}
        if isinstance(node, list):
            return [self.body(item, member) for item in node]
        kind = ID_MEMBERS.get(member or "")
        return self.map(kind, node) if kind and isinstance(node, (int, str)) else node


def _collection_of(path: str) -> str:
    segments = path.strip("/").split("/")
    if segments and segments[-1].isdigit():
        segments = segments[:-1]
    return kind_of(segments)


@dataclass
class Result:
    name: str
    group: str
    recorded_status: int
    status: int
    differences: list[str]

    @property
    def matched(self) -> bool:
        return not self.differences


class CoreReplay:
    """Sends the core exchanges, in order, through ``send``, mapping ids as it goes."""

    def __init__(self, send: Send, headers_for: Callable[[str], dict[str, str]]) -> None:
        self.send = send
        self.headers_for = headers_for
        self.ids = IdMap()

    def run(self, exchanges: Iterable[dict[str, Any]]) -> list[Result]:
        return [self.one(exchange) for exchange in exchanges]

    def one(self, exchange: dict[str, Any]) -> Result:
        request, recorded = exchange["request"], exchange["response"]
        path = self.ids.path(request["path"])
        query = request.get("query") or ""
        body = request.get("body") or ""
        content_type = request.get("content_type")
        if body and content_type == "application/json":
            try:
                body = json.dumps(self.ids.body(json.loads(body)))
            except ValueError:
                pass
        headers = self.headers_for(request["auth"])
        if content_type:
            headers["Content-Type"] = content_type
        url = PREFIX + path + ("?" + query if query else "")
        status, _, actual = self.send(request["method"], url, body.encode() if body else None, headers)
        if status < 300:
            self.ids.learn(path, recorded["body"], actual)
        if recorded["status"] >= 500 and 400 <= status < 500:
            differences = []  # a FluentCRM crash the emulator deliberately answers with a clear 4xx
        elif status != recorded["status"]:
            differences = [f"status: recorded {recorded['status']}, got {status}"]
        else:
            differences = shape_differences(recorded["body"], actual)
        route = route_of(request["method"], request["path"])
        group = group_of(route["path"]) if route else group_of(request["path"])
        return Result(exchange["name"], group, recorded["status"], status, differences)


def rates(results: Iterable[Result]) -> dict[str, dict[str, int]]:
    """Per route group: how many exchanges matched, of how many."""
    table: dict[str, dict[str, int]] = {}
    for result in results:
        row = table.setdefault(result.group, {"matched": 0, "total": 0})
        row["total"] += 1
        row["matched"] += int(result.matched)
    return dict(sorted(table.items()))


@contextmanager
def seeded_emulator(
    contacts: int = SEEDED_CONTACTS,
) -> Iterator[tuple[Send, Callable[[str], dict[str, str]]]]:
    """An in-process emulator on a database seeded with ``contacts`` contacts."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from emulator.app import create_app
    from emulator.seed import seed_database

    credentials = Credentials()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "core.sqlite3"
        seed_database(database, contacts)
        app = create_app(db=database, users=credentials.users(), site_url="http://127.0.0.1:8088")
        client = TestClient(app, base_url="http://127.0.0.1:8088")

        def send(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, str, Any]:
            response = client.request(method, url, content=body, headers=headers)
            return response.status_code, response.headers.get("content-type", ""), _parsed(response)

        try:
            yield send, credentials.headers
        finally:
            client.close()
            app.state.db.close()


def _parsed(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text


def live_sender(base_url: str, username: str, password: str) -> tuple[Send, Callable[[str], dict[str, str]]]:
    """Send to a live FluentCRM (``FLUENTCRM_BASE_URL`` ends in ``/wp-json/fluent-crm/v2``)."""
    import httpx

    site = base_url.split("/wp-json/", 1)[0]
    client = httpx.Client(base_url=site, timeout=60)
    manager = (
        os.environ.get("FLUENTCRM_MANAGER_USERNAME", ""),
        os.environ.get("FLUENTCRM_MANAGER_PASSWORD", ""),
    )

    def basic(user: str, secret: str, scheme: str = "Basic") -> dict[str, str]:
        return {"Authorization": f"{scheme} " + base64.b64encode(f"{user}:{secret}".encode()).decode()}

    def headers_for(kind: str) -> dict[str, str]:
        if kind == "admin":
            return basic(username, password)
        if kind == "admin_lower":
            return basic(username, password, "basic")
        if kind == "manager":
            return basic(*manager)
        if kind == "bad":
            return basic(username, "wrong-" + password)
        return {}

    def send(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, str, Any]:
        response = client.request(method, url, content=body, headers=headers)
        return response.status_code, response.headers.get("content-type", ""), _parsed(response)

    return send, headers_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "--live", action="store_true", help="replay against the FLUENTCRM_* server and save the bar"
    )
    args = parser.parse_args()
    exchanges = [{**e, "name": e["name"].removeprefix("core/")} for e in load_core_exchanges()]
    if args.live:
        send, headers_for = live_sender(
            os.environ["FLUENTCRM_BASE_URL"],
            os.environ["FLUENTCRM_USERNAME"],
            os.environ["FLUENTCRM_APP_PASSWORD"],
        )
        results = CoreReplay(send, headers_for).run(exchanges)
        BASELINE.write_text(
            json.dumps(
                {
                    "about": "FluentCRM 2.9.84 replaying its own core recordings (tests/emulator/core_replay.py --live)",
                    "per_group": rates(results),
                    "matched": sorted(r.name for r in results if r.matched),
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    else:
        with seeded_emulator() as (send, headers_for):
            results = CoreReplay(send, headers_for).run(exchanges)
    for group, row in rates(results).items():
        print(f"{group}: {row['matched']}/{row['total']}")
    for result in results:
        if not result.matched:
            print(f"  {result.name}: {'; '.join(result.differences[:2])[:200]}")


if __name__ == "__main__":
    main()
