"""One not-found contract for every operation on a record named in the path.

The operations come from the published spec, not from a list here: every operation with a path parameter is
called with ids that name nothing and must raise :class:`NotFoundError` with ``record_missing``, whatever
FluentCRM's way of saying so. ``EXCLUDED`` names the few where "missing" has no meaning, each with the reason.
The status and body the client keeps are checked against what FluentCRM 2.9.84 really answered
(``live/notfound.jsonl``), for the operation itself or for the read it makes first (a ``probe``).
"""

from __future__ import annotations

import datetime
import inspect
import json
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from fluentcrm_client import FluentCRM, NotFoundError, sdk

from emulator.testing import serve
from tests.client.conftest import FAST_RETRIES

REPO = Path(__file__).resolve().parents[2]
MISSING = 987654321
BOUNCE = "The public bounce webhook: its path names a mail service and a security code, not a stored record."
#: operationId → why a missing record cannot or need not raise there.
EXCLUDED = {
    **{
        f"handleBounce{short}{verb}": BOUNCE
        for short in ("", "Short")
        for verb in ("Get", "Post", "Put", "Patch", "Delete")
    },
    "getImportDriver": "The path names an import source (a plugin), not a stored record.",
    "runImportDriver": "The path names an import source (a plugin), not a stored record.",
    "getDoc": "The article is fetched from fluentcrm.com; it is no record of the site.",
    "getContactEmailTemplate": "The id is not read: every contact gets the same e-mail mock.",
    # Collections under a record: a missing parent gives an empty page, and reading the parent before every page
    # would double the requests of each walk. The ones that answer 404 are covered (they are not listed here).
    "listContactEmails": "A collection: an empty page for a missing contact.",
    "getContactFormSubmissions": "A collection: an empty page for a missing contact.",
    "getContactSupportTickets": "A collection: an empty page for a missing contact.",
    "listContactNotes": "A collection: an empty page for a missing contact.",
    "listContactAutomations": "A collection: an empty page for a missing contact.",
    "listCampaignEmails": "A collection: an empty page for a missing campaign.",
    "listCampaignUnsubscribers": "A collection: an empty page for a missing campaign.",
    "listCompanyNotes": "A collection: an empty page for a missing company.",
    "deleteWebhook": "Answered exactly like a deletion and no read of one webhook exists (see its overlay).",
}


def _published() -> dict[str, Any]:
    return json.loads((REPO / "generated" / "openapi" / "fluentcrm.openapi.json").read_text(encoding="utf-8"))


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _example_body(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """The documented example request body: a valid body, so that only the missing record can fail the call."""
    content = _resolve(document, operation.get("requestBody") or {}).get("content") or {}
    for media in content.values():
        if "example" in media:
            return dict(media["example"])
        for example in (media.get("examples") or {}).values():
            return dict(_resolve(document, example)["value"])
    return {}


def _calls() -> dict[tuple[str, str], str]:
    """(METHOD, path) → ``group.method`` of the facade, from the client's own table of operations."""
    readme = (REPO / "generated" / "python" / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `crm\.([\w.]+)\(\)`.*\| `([A-Z]+) ([^`]+)` \|", readme, flags=re.MULTILINE)
    return {(method, path): call for call, method, path in rows}


def record_operations() -> Iterator[Any]:
    document = _published()
    calls = _calls()
    for path, item in document["paths"].items():
        for verb, operation in item.items():
            if not isinstance(operation, dict) or "{" not in path or (verb.upper(), path) not in calls:
                continue
            operation_id = operation["operationId"]
            marks = [pytest.mark.skip(reason=EXCLUDED[operation_id])] if operation_id in EXCLUDED else []
            yield pytest.param(
                calls[verb.upper(), path],
                re.findall(r"\{(\w+)\}", path),
                _example_body(document, operation),
                id=operation_id,
                marks=marks,
            )


def _argument(annotation: Any, value: Any) -> Any:
    """``value`` (decoded JSON) as the keyword argument's type wants it: models from their dicts, lists and pairs of
    them, and site-time text as ``datetime``/``date``."""
    for option in typing.get_args(annotation) or (annotation,):
        if isinstance(option, type) and attrs.has(option) and isinstance(value, dict):
            return option.from_dict(value)
        if option is datetime.datetime and isinstance(value, str):
            return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        if option is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if typing.get_origin(option) in (list, tuple) and isinstance(value, list):
            items = typing.get_args(option)
            converted = [_argument(items[0], each) for each in value]
            return converted if typing.get_origin(option) is list else tuple(converted)
    return value


#: Body fields whose Python name is declared (overlays/python-client-names.yaml).
DECLARED_NAMES = {"with": "include", "from": "sender", "list": "list_id"}


def _keywords(method: Any, body: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(method, vars(sdk))
    parameters = inspect.signature(method).parameters
    found = {}
    for wire, value in body.items():
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", wire.lstrip("_")).lower().replace("-", "_")
        name = DECLARED_NAMES.get(name, name)
        if name in parameters and parameters[name].kind is inspect.Parameter.KEYWORD_ONLY:
            found[name] = _argument(hints[name], value)
    return found


def _recorded() -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) → FluentCRM's answer for ids that name nothing."""
    answers = {}
    with (REPO / "tests" / "data" / "live" / "notfound.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            exchange = json.loads(line)
            if not exchange["name"].endswith(".missing_note"):
                answers[exchange["request"]["method"], exchange["request"]["path"]] = exchange["response"]
    return answers


RECORDED = _recorded()


def _without_bench(body: Any) -> Any:
    """A body as compared here: without the timing field, and an empty body (kept as ``None``) as ``None``."""
    if body == "":
        return None
    return {k: v for k, v in body.items() if k != "__bench"} if isinstance(body, dict) else body


@pytest.fixture(scope="module")
def crm() -> Iterator[FluentCRM]:
    """An emulator of its own: the company module and event tracking are switched on, as the recordings had them."""
    with (
        serve(db=":memory:") as running,
        FluentCRM(running.base_url, running.username, running.password, retry=FAST_RETRIES) as client,
    ):
        client.request("POST", "/setting/experiments", json={"company_module": "yes", "event_tracking": "yes"})
        yield client


@pytest.mark.parametrize(("call", "path_parameters", "body"), list(record_operations()))
def test_a_missing_record_raises_not_found(
    crm: FluentCRM, call: str, path_parameters: list[str], body: dict[str, Any]
) -> None:
    owner: Any = crm
    for name in call.split("."):
        owner = getattr(owner, name)
    with pytest.raises(NotFoundError) as caught:
        owner(*[MISSING] * len(path_parameters), **_keywords(owner, body))
    error = caught.value
    assert error.record_missing
    # The answer kept is the one that said "missing": the operation's own, or the read it made first.
    assert error.method is not None and error.url is not None
    route = re.sub(r"^.*?/fluent-crm/v2", "", error.url.split("?")[0])
    real = RECORDED[error.method, route]
    if real["status"] >= 500:  # FluentCRM crashes; the emulator answers 404 instead (docs/emulator.md)
        assert error.status_code == 404
    else:
        assert error.status_code == real["status"]
        assert _without_bench(error.body) == _without_bench(real["body"])


def test_every_exclusion_names_an_operation_with_a_path_parameter() -> None:
    ids = {param.id for param in record_operations()}
    assert set(EXCLUDED) <= ids


def _or_none_methods() -> list[tuple[str, str, int]]:
    """``group``, the ``*_or_none`` method and its number of path parameters, from the client's table."""
    readme = (REPO / "generated" / "python" / "README.md").read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| `crm\.([\w.]+)\.\w+\(\)`, `(\w+_or_none)\(\)` \| `[A-Z]+ ([^`]+)` \|",
        readme,
        flags=re.MULTILINE,
    )
    return [(group, method, path.count("{")) for group, method, path in rows]


def test_every_read_with_an_or_none_variant_returns_none_for_a_missing_record(crm: FluentCRM) -> None:
    found = _or_none_methods()
    assert {f"{group}.{method}" for group, method, _ in found} >= {
        f"{group}.get_or_none"
        for group in ("contacts", "lists", "tags", "campaigns", "templates", "companies", "funnels")
    }
    for group, method, count in found:
        owner: Any = crm
        for name in group.split("."):
            owner = getattr(owner, name)
        assert getattr(owner, method)(*[MISSING] * count) is None, f"{group}.{method}"
