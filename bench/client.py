"""What the generated client costs on top of raw httpx, for the same requests to the emulator.

One round is the everyday sequence: list 15 contacts, get one, create a tag and delete it again. Both sides keep
one persistent connection, and rounds alternate A-B / B-A so drift (CPU frequency, the emulator's growing tag
table) lands on both sides equally. The emulator runs as its own process so its work does not compete for this
interpreter's lock.
"""

from __future__ import annotations

import itertools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench import formatting as fmt
from bench.context import RunContext
from bench.memory import require_client
from bench.model import SectionResult, Table, Target
from bench.server import RunningEmulator, require_emulator, running_emulator, seed
from bench.stats import median, percentile, ratio

KEY = "client"
TITLE = "Client overhead"

OVERHEAD_GOAL = 1.2
OPERATIONS = ("list 15 contacts", "get one contact", "create a tag", "delete the tag")

Round = Callable[[int], list[float]]
"""Runs the ``n``-th round and returns the duration of each operation in seconds."""


def _stopwatch() -> Callable[[], float]:
    """Each call returns the seconds since the previous call (or since the stopwatch was made)."""
    last = [time.perf_counter()]

    def lap() -> float:
        now = time.perf_counter()
        elapsed, last[0] = now - last[0], now
        return elapsed

    return lap


def raw_round(http: httpx.Client, contact_id: int) -> Round:
    """The round with httpx alone: build the URL, send, decode the JSON — what a hand-written caller would do."""

    def one(n: int) -> list[float]:
        lap = _stopwatch()
        response = http.get("/subscribers", params={"per_page": 15})
        response.raise_for_status()
        response.json()
        listed = lap()
        response = http.get(f"/subscribers/{contact_id}")
        response.raise_for_status()
        response.json()
        got = lap()
        # Query parameters, as the client's ``tags.create(title=..., slug=...)`` sends them.
        created = http.post("/tags", params={"title": f"Raw tag {n}", "slug": f"raw-tag-{n}"})
        created.raise_for_status()
        tag_id = created.json()["item"]["id"]
        create = lap()
        http.delete(f"/tags/{tag_id}").raise_for_status()
        return [listed, got, create, lap()]

    return one


def generated_round(client: Any, contact_id: int) -> Round:
    """The same round through the generated client's resource groups, which parse every body into models."""

    def one(n: int) -> list[float]:
        lap = _stopwatch()
        client.contacts.list(per_page=15)
        listed = lap()
        client.contacts.get(contact_id)
        got = lap()
        tag = client.tags.create(title=f"Client tag {n}", slug=f"client-tag-{n}")
        create = lap()
        client.tags.delete(_tag_id(tag))
        return [listed, got, create, lap()]

    return one


def _tag_id(created: Any) -> int:
    for attribute in ("item", "lists", "tag"):
        value = getattr(created, attribute, None)
        if value is not None and getattr(value, "id", None) is not None:
            return int(value.id)
    return int(created.id)


def profile_list(client: Any, calls: int = 50, top: int = 6) -> list[str]:
    """Where the client spends its own time on ``contacts.list``: its functions with the most own time.

    The network wait is left out (it is the same for raw httpx), so the shares describe the overhead itself:
    building the request, parsing models, checking the response.
    """
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        client.contacts.list(per_page=15)
    profiler.disable()
    entries: dict[Any, Any] = pstats.Stats(profiler, stream=io.StringIO()).stats  # type: ignore[attr-defined]
    waiting = ("recv", "send", "poll", "select", "acquire")
    own = {
        function: figures[2]
        for function, figures in entries.items()
        if not (function[0] == "~" and any(word in function[2] for word in waiting))
    }
    total = sum(own.values()) or 1.0
    ranked = sorted(own.items(), key=lambda item: item[1], reverse=True)[:top]
    lines = []
    for (filename, line, name), seconds in ranked:
        where = name if filename == "~" else f"{_short(filename)}:{line}({name})"
        lines.append(f"{where} {seconds / total:.0%}")
    return lines


def _short(filename: str) -> str:
    parts = filename.replace("\\", "/").split("/")
    for anchor in ("fluentcrm_client", "httpx", "httpcore", "attrs", "attr", "json"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return parts[-1]


def measure(server: RunningEmulator, rounds: int, warmup: int) -> dict[str, Any]:
    from fluentcrm_client import FluentCRM

    samples: dict[str, list[list[float]]] = {"raw": [], "client": []}
    with httpx.Client(
        base_url=server.base_url, auth=httpx.BasicAuth(server.username, server.password), timeout=30
    ) as http:
        contact_id = int(
            http.get("/subscribers", params={"per_page": 1}).json()["subscribers"]["data"][0]["id"]
        )
        client = FluentCRM(base_url=server.base_url, username=server.username, app_password=server.password)
        sides = {"raw": raw_round(http, contact_id), "client": generated_round(client, contact_id)}
        counter = itertools.count()
        for n in range(warmup + rounds):
            order = ("raw", "client") if n % 2 == 0 else ("client", "raw")
            for side in order:
                durations = sides[side](next(counter))
                if n >= warmup:
                    samples[side].append([round(seconds, 7) for seconds in durations])
        profile = profile_list(client)
        close = getattr(client, "close", None)
        if callable(close):
            close()
    return {"rounds": rounds, "warmup": warmup, "samples_s": samples, "list_profile": profile}


def build_report(raw: dict[str, Any], result: SectionResult) -> None:
    samples = raw["samples_s"]
    totals = {side: [sum(r) for r in rounds] for side, rounds in samples.items()}
    overall = ratio(median(totals["client"]), median(totals["raw"]))
    raw["median_round_s"] = {side: median(values) for side, values in totals.items()}
    raw["client_over_raw"] = overall
    table = Table(
        f"Median over {raw['rounds']} interleaved rounds (after {raw['warmup']} warm-up rounds), one persistent "
        "connection each",
        ["operation", "raw httpx p50", "generated client p50", "ratio", "raw p95", "client p95"],
    )
    for index, operation in enumerate(OPERATIONS):
        a = [r[index] for r in samples["raw"]]
        b = [r[index] for r in samples["client"]]
        table.rows.append(
            [
                operation,
                fmt.ms(median(a) * 1000),
                fmt.ms(median(b) * 1000),
                fmt.times(ratio(median(b), median(a))),
                fmt.ms(percentile(a, 95) * 1000),
                fmt.ms(percentile(b, 95) * 1000),
            ]
        )
    table.rows.append(
        [
            "**whole round**",
            fmt.ms(median(totals["raw"]) * 1000),
            fmt.ms(median(totals["client"]) * 1000),
            fmt.times(overall),
            fmt.ms(percentile(totals["raw"], 95) * 1000),
            fmt.ms(percentile(totals["client"], 95) * 1000),
        ]
    )
    result.tables.append(table)
    added = median(totals["client"]) - median(totals["raw"])
    result.summary.append(
        f"The generated client adds {fmt.ms(added * 1000)} per round of four requests "
        f"({fmt.ms(added * 1000 / len(OPERATIONS))} per request) over raw httpx: {fmt.times(overall)}."
    )
    result.targets.append(
        Target(
            "generated client versus raw httpx",
            f"≤ {OVERHEAD_GOAL}x per round",
            fmt.times(overall),
            None if overall is None else overall <= OVERHEAD_GOAL,
        )
    )
    if raw.get("list_profile"):
        result.notes.append(
            "Where the client's own time goes on `contacts.list(per_page=15)` (share of own time, network wait "
            "excluded, one cProfile run of 50 calls): " + "; ".join(raw["list_profile"])
        )
    result.notes.append(
        "Raw httpx decodes each JSON body it needs; the generated client also turns every body into typed "
        "models, which is the overhead measured here. The emulator (1,000 seeded contacts) runs as a separate "
        "process on 127.0.0.1."
    )


def run(context: RunContext) -> SectionResult:
    result = SectionResult(KEY, TITLE, context.now())
    require_emulator()
    require_client()
    rounds, warmup = (30, 5) if context.quick else (500, 20)
    with tempfile.TemporaryDirectory(prefix="fluentcrm-bench-client-") as workdir:
        db = Path(workdir) / "client.sqlite3"
        seed(db, 1_000)
        with running_emulator(str(db)) as server:
            result.raw = measure(server, rounds, warmup)
    build_report(result.raw, result)
    return result
