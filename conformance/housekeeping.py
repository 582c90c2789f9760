"""Records the run needs before it starts, and removal of everything it created when it ends.

Both go through a plain HTTP client rather than schemathesis: they are set-up and tear-down, not tests, and
must work even when the engine stopped half-way.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import httpx

from conformance.ledger import Ledger
from conformance.resources import COLLECTION, Kind, as_id
from conformance.target import Target

FIXTURES_PER_KIND = 2
SWEEP_PAGE_SIZE = 100
SWEEP_MAX_PAGES = 20


class RateLimiter:
    """At most ``per_second`` calls per second, shared by threads; ``None`` means no limit."""

    def __init__(self, per_second: float | None) -> None:
        self.interval = 1.0 / per_second if per_second else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            time.sleep(delay)


def parse_rate(rate: str | None) -> float | None:
    """``"10/s"``, ``"100/m"`` or ``"1000/h"`` (schemathesis' syntax) as requests per second."""
    if not rate:
        return None
    count, _, unit = rate.partition("/")
    seconds = {"s": 1, "m": 60, "h": 3600}.get(unit.strip() or "s")
    if seconds is None:
        raise ValueError(f"unknown rate unit in {rate!r}; use /s, /m or /h")
    return float(count) / seconds


class SiteClient:
    def __init__(self, target: Target, *, rate: str | None = None, timeout: float = 30.0) -> None:
        self.target = target
        self.limiter = RateLimiter(parse_rate(rate))
        self.http = httpx.Client(base_url=target.base_url, auth=target.auth, timeout=timeout)

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        self.limiter.wait()
        return self.http.request(method, path, **kwargs)

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError:
            return None


#: Prefix FluentCRM puts before the title of a duplicated campaign or template.
DUPLICATE_PREFIX = "[Duplicate] "


def prepare(client: SiteClient, ledger: Ledger) -> list[str]:
    """Create a few marked records of each kind so updates and deletes always have a record of the run's own.

    Funnels are drafts on the free plugin's `user_register` trigger: a draft never runs, whatever its steps.
    """
    problems = []
    for round_ in range(FIXTURES_PER_KIND):
        fixtures: list[tuple[Kind, dict[str, Any], tuple[str, ...]]] = [
            (Kind.CONTACT, {"email": ledger.email(), "status": "subscribed"}, ("contact", "id")),
            (Kind.LIST, _titled(ledger), ("lists", "id")),
            (Kind.TAG, _titled(ledger), ("lists", "id")),
            (Kind.CAMPAIGN, {"title": ledger.title()}, ("id",)),
            (Kind.TEMPLATE, {"template": {"post_title": ledger.title()}}, ("template_id",)),
            (Kind.FUNNEL, _draft_funnel(ledger), ("funnel", "id")),
            (Kind.WEBHOOK, {"name": ledger.title(), "status": "pending", "lists": [], "tags": []}, ("id",)),
        ]
        if round_ == 0:
            fixtures.append((Kind.MAIL_FUNNEL, _draft_funnel(ledger), ("funnel", "id")))
        for kind, body, id_path in fixtures:
            response = client.request("POST", COLLECTION[kind], json=body)
            payload = _safe_json(response)
            record_id = as_id(_dig(payload, id_path)) or as_id(_dig(payload, ("item", "id")))
            if response.status_code == 200 and record_id is not None:
                ledger.record_created(kind, record_id)
            else:
                problems.append(f"could not create a {kind.value} fixture: HTTP {response.status_code}")
    return problems


def _draft_funnel(ledger: Ledger) -> dict[str, Any]:
    return {"funnel": {"title": ledger.title(), "trigger_name": "user_register"}}


def _titled(ledger: Ledger) -> dict[str, str]:
    title = ledger.title()
    return {"title": title, "slug": title}


def _safe_json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _dig(payload: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(payload, dict):
            return None
        payload = payload.get(key)
    return payload


def cleanup(client: SiteClient, ledger: Ledger) -> list[str]:
    """Delete every record the run created; return what could not be removed (empty when all is gone)."""
    _consume_staged_files(client, ledger)
    _sweep(client, ledger)
    problems = _remove_funnels(client, ledger)
    for kind in Kind:
        if kind in FUNNEL_KINDS:
            continue
        for record_id in ledger.live(kind):
            path = f"{COLLECTION[kind]}/{record_id}"
            try:
                if kind is Kind.CAMPAIGN:
                    owner = _foreign_email_owner(client, record_id)
                    if owner is not None:
                        problems.append(
                            f"DELETE {path}: not sent, it would also delete e-mail {record_id} of campaign {owner}"
                            " (FluentCRM 2.9.84 deletes the campaign e-mail whose id equals the campaign's)"
                        )
                        continue
                response = client.request("DELETE", path)
                gone = response.status_code in (200, 404) or _confirmed_gone(client, kind, record_id)
            except httpx.HTTPError as exc:
                problems.append(f"DELETE {path}: {type(exc).__name__}")
                continue
            if gone:
                ledger.record_removed(kind, record_id)
            else:
                problems.append(f"DELETE {path}: HTTP {response.status_code}")
    return problems


def _consume_staged_files(client: SiteClient, ledger: Ledger) -> None:
    """Import every CSV file the run staged and no import finished: FluentCRM deletes a file only then.

    The files hold only the run's marked e-mails, so the import creates marked contacts, which the sweep finds
    and the cleanup deletes with the others.
    """
    for name in ledger.unconsumed_files():
        body = {"file": name, "map": [{"csv": "email", "table": "email"}], "new_status": "subscribed"}
        try:
            payload = client.json("POST", "/import/csv-import", json=body)
        except httpx.HTTPError:
            continue
        if isinstance(payload, dict) and payload.get("has_more") is False:
            ledger.record_consumed(name)


FUNNEL_KINDS = (Kind.FUNNEL, Kind.MAIL_FUNNEL)


def _remove_funnels(client: SiteClient, ledger: Ledger) -> list[str]:
    """Remove the run's funnels so that nothing of them stays in other tables.

    A single delete leaves the hidden campaigns of e-mail steps behind and a bulk delete leaves the description, so
    each funnel first saves an empty step list (deleting its steps, with their campaigns, and its description) and is
    then deleted on its own. The mail funnel's campaigns are first attached to steps, so that they go the same way.
    """
    problems = []
    for kind in FUNNEL_KINDS:
        for record_id in ledger.live(kind):
            base = f"/funnels/{record_id}"
            campaigns = ledger.mail_campaigns if kind is Kind.MAIL_FUNNEL else []
            steps = [_mail_step(ledger, campaign, record_id) for campaign in campaigns]
            try:
                for sequence in ([steps] if steps else []) + [[]]:
                    client.request("POST", base + "/sequences", json=_empty_editor_save(sequence))
                client.request("DELETE", base)
                status = client.request("GET", base).status_code
            except httpx.HTTPError as exc:
                problems.append(f"{base}: {type(exc).__name__}")
                continue
            if status == 404:
                ledger.record_removed(kind, record_id)
            else:
                problems.append(f"DELETE {base}: still there (HTTP {status})")
    return problems


def _mail_step(ledger: Ledger, campaign: int, funnel_id: int) -> dict[str, Any]:
    settings = {"reference_campaign": campaign, "campaign": {"id": campaign, "parent_id": str(funnel_id)}}
    return {"action_name": "send_custom_email", "type": "action", "title": ledger.tag, "settings": settings}


def _empty_editor_save(steps: list[dict[str, Any]]) -> dict[str, str]:
    return {"funnel_settings": "{}", "conditions": "{}", "sequences": json.dumps(steps), "status": "draft"}


def leftovers(ledger: Ledger) -> list[str]:
    """What a cleanup cut short leaves on the site, one line per record, so a person can remove it by hand."""
    remaining = [f"{COLLECTION[kind]}/{record_id}" for kind in Kind for record_id in ledger.live(kind)]
    if not remaining:
        return []
    headline = (
        f"cleanup was interrupted: {len(remaining)} records of run {ledger.run_id} remain "
        f"(e-mails {ledger.email_prefix}*, titles {ledger.tag}-*)"
    )
    return [headline, *(f"not removed: {path}" for path in remaining)]


def _foreign_email_owner(client: SiteClient, campaign_id: int) -> int | None:
    """The campaign owning the e-mail row whose id is ``campaign_id``, when that is another campaign.

    Deleting campaign N makes FluentCRM 2.9.84 delete e-mail row N too, whichever campaign it belongs to. A row
    that belongs to the campaign itself (or no row) is safe; anything else, or an answer that cannot be read,
    is not.
    """
    response = client.request("GET", f"/campaigns/emails/{campaign_id}/preview")
    if response.status_code == 404:
        return None
    owner = as_id(_dig(_safe_json(response), ("info", "campaign_id")))
    if response.status_code == 200 and owner == campaign_id:
        return None
    return owner if owner is not None else -1


def _confirmed_gone(client: SiteClient, kind: Kind, record_id: int) -> bool:
    """FluentCRM 2.9.84 answers 500 when deleting a tag that is already gone; ask whether it still exists."""
    response = client.request("GET", f"{COLLECTION[kind]}/{record_id}")
    payload = _safe_json(response)
    if response.status_code in (404, 422) or payload in (None, ""):
        return True
    if kind is Kind.TEMPLATE:
        # A missing template is answered with a blank default one.
        return isinstance(payload, dict) and _dig(payload, ("template", "post_title")) == ""
    return isinstance(payload, dict) and kind is Kind.TAG and payload.get("tag") is None


def _sweep(client: SiteClient, ledger: Ledger) -> None:
    """Find marked records whose creation response the run never saw (timeouts, interrupted workers)."""
    try:
        payload = client.json(
            "GET",
            COLLECTION[Kind.CONTACT],
            params={"search": ledger.email_prefix, "per_page": SWEEP_PAGE_SIZE},
        )
        for item in _items(_dig(payload, ("subscribers",))):
            record_id = as_id(item.get("id"))
            if record_id is not None and ledger.is_marked_email(item.get("email")):
                ledger.record_created(Kind.CONTACT, record_id)
        _sweep_marked(client, ledger, Kind.FUNNEL, "/funnels", ("funnels",), "title")
        _sweep_marked(client, ledger, Kind.WEBHOOK, "/webhooks", ("webhooks",), "name")
        for kind, key in ((Kind.LIST, "lists"), (Kind.TAG, "tags")):
            for page in range(1, SWEEP_MAX_PAGES + 1):
                payload = client.json(
                    "GET", COLLECTION[kind], params={"per_page": SWEEP_PAGE_SIZE, "page": page}
                )
                items = _items(_dig(payload, (key,)))
                for item in items:
                    record_id = as_id(item.get("id"))
                    if record_id is not None and (
                        ledger.is_marked_title(item.get("title")) or ledger.is_marked_title(item.get("slug"))
                    ):
                        ledger.record_created(kind, record_id)
                if len(items) < SWEEP_PAGE_SIZE:
                    break
        for kind, key, search, id_key, title_key in (
            (Kind.CAMPAIGN, "campaigns", "searchBy", "id", "title"),
            (Kind.TEMPLATE, "templates", "search", "ID", "post_title"),
        ):
            payload = client.json(
                "GET", COLLECTION[kind], params={search: ledger.tag, "per_page": SWEEP_PAGE_SIZE}
            )
            for item in _items(_dig(payload, (key,))):
                title = item.get(title_key)
                while isinstance(title, str) and title.startswith(DUPLICATE_PREFIX):
                    title = title[len(DUPLICATE_PREFIX) :]
                record_id = as_id(item.get(id_key))
                if record_id is not None and ledger.is_marked_title(title):
                    ledger.record_created(kind, record_id)
    except httpx.HTTPError:
        # The sweep is a safety net; the ledger already holds every record whose creation was answered.
        return


def _sweep_marked(
    client: SiteClient, ledger: Ledger, kind: Kind, path: str, wrapper: tuple[str, ...], name_key: str
) -> None:
    """Funnels (also copies titled `[Copy] <marker>...`) and webhooks whose name carries the run's marker."""
    payload = client.json("GET", path, params={"search": ledger.tag, "per_page": SWEEP_PAGE_SIZE})
    for item in _items(_dig(payload, wrapper)):
        record_id = as_id(item.get("id"))
        value = item.get("value") if isinstance(item.get("value"), dict) else item
        name = value.get(name_key) if isinstance(value, dict) else None
        if record_id is None or not isinstance(name, str) or ledger.tag not in name.lower():
            continue
        if not (ledger.owns(Kind.MAIL_FUNNEL, record_id) and kind is Kind.FUNNEL):
            ledger.record_created(kind, record_id)


def _items(node: Any) -> list[dict[str, Any]]:
    """Rows of a paginator (``{data: [...]}``) or of a plain array."""
    if isinstance(node, dict):
        node = node.get("data")
    return [item for item in node if isinstance(item, dict)] if isinstance(node, list) else []
