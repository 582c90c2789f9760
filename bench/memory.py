"""Peak memory of walking every contact with the generated client's page iterator.

Each measurement runs in a fresh interpreter (``python -m bench.memory``) because ``ru_maxrss`` only ever grows:
comparing the peak after 10k contacts with the peak after 100k contacts in separate processes shows whether the
iterator streams pages or accumulates them. The password reaches the child through its environment, never its
command line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

from bench.model import MissingPrerequisite
from bench.server import RunningEmulator

PASSWORD_VARIABLE = "FLUENTCRM_BENCH_APP_PASSWORD"


def require_client() -> None:
    try:
        import fluentcrm_client
    except ImportError as exc:
        raise MissingPrerequisite(
            f"the generated client `fluentcrm_client` cannot be imported ({exc})"
        ) from None
    if not hasattr(fluentcrm_client, "FluentCRM"):
        raise MissingPrerequisite("`fluentcrm_client` has no `FluentCRM` entry point")


def iterate_contacts(client: Any, per_page: int) -> Iterator[Any]:
    """Every contact, one page at a time, through the client's own iterator."""
    return iter(client.contacts.iterate(page_size=per_page))


def _peak_rss_kib() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


def measure(
    server: RunningEmulator, *, limit: int | None, per_page: int, timeout_s: float = 300
) -> dict[str, Any]:
    """Run one iteration in a child interpreter and return its figures (or the error it hit)."""
    command = [
        sys.executable,
        "-m",
        "bench.memory",
        "--base-url",
        server.base_url,
        "--username",
        server.username,
        "--per-page",
        str(per_page),
    ]
    if limit is not None:
        command += ["--limit", str(limit)]
    env = {**os.environ, PASSWORD_VARIABLE: server.password}
    completed = subprocess.run(
        command, check=False, capture_output=True, text=True, env=env, timeout=timeout_s
    )
    if completed.returncode != 0:
        last = (completed.stderr.strip().splitlines() or ["no output"])[-1].replace(server.password, "***")
        return {"per_page": per_page, "limit": limit, "error": f"exit {completed.returncode}: {last}"}
    return dict(json.loads(completed.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--per-page", type=int, default=100)
    parser.add_argument(
        "--limit", type=int, default=None, help="stop after this many contacts (default: all)"
    )
    args = parser.parse_args(argv)

    from fluentcrm_client import FluentCRM

    client = FluentCRM(
        base_url=args.base_url, username=args.username, app_password=os.environ[PASSWORD_VARIABLE]
    )
    baseline = _peak_rss_kib()
    items = 0
    started = time.perf_counter()
    if args.limit != 0:
        for _contact in iterate_contacts(client, args.per_page):
            items += 1
            if args.limit is not None and items >= args.limit:
                break
    elapsed = time.perf_counter() - started
    figures = {
        "per_page": args.per_page,
        "limit": args.limit,
        "items": items,
        "seconds": elapsed,
        "rss_before_kib": baseline,
        "peak_rss_kib": _peak_rss_kib(),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
