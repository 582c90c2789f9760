"""``fluentcrm-emulator``: serve the emulator or fill a database with realistic data."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence

from emulator.auth import ADMINISTRATOR, generate_password

ROLES = ("administrator", "editor", "author", "contributor", "subscriber", "shop_manager", "customer")


def parse_user(spec: str) -> tuple[str, str, str]:
    """``NAME:APP_PASSWORD[:ROLE]``; the role defaults to administrator."""
    parts = spec.split(":")
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise argparse.ArgumentTypeError("expected NAME:APP_PASSWORD[:ROLE]")
    role = ADMINISTRATOR
    if len(parts) >= 3 and parts[-1] in ROLES:
        role = parts[-1]
        parts = parts[:-1]
    return parts[0], ":".join(parts[1:]), role


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from emulator.app import create_app

    users = list(args.user or [])
    if not users:
        password = generate_password()
        users = [("admin", password, ADMINISTRATOR)]
        # Printed once so the operator can sign in; never logged anywhere else.
        print(
            f"fluentcrm-emulator: created administrator 'admin' with application password {password}",
            file=sys.stderr,
            flush=True,
        )
    app = create_app(db=args.db, users=users, test_api=args.test_api)
    print(
        f"fluentcrm-emulator: serving http://{args.host}:{args.port}/wp-json/fluent-crm/v2 (db {args.db})",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        app, host=args.host, port=args.port, log_level=args.log_level, access_log=False, lifespan="off"
    )
    return 0


def _seed(args: argparse.Namespace) -> int:
    from emulator.seed import seed_database

    started = time.perf_counter()
    summary = seed_database(args.db, contacts=args.contacts, seed=args.seed)
    elapsed = time.perf_counter() - started
    print(f"seeded {args.db}: {summary} in {elapsed:.1f}s", flush=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fluentcrm-emulator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the FluentCRM REST API emulator")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--db", default=":memory:", help="SQLite file, or :memory: (the default)")
    serve.add_argument(
        "--user",
        action="append",
        type=parse_user,
        metavar="NAME:APP_PASSWORD[:ROLE]",
        help="an API user (repeatable); default: one administrator with a random password",
    )
    serve.add_argument("--test-api", action="store_true", help="enable /wp-json/fluentcrm-emulator/v1")
    serve.add_argument(
        "--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug")
    )
    serve.set_defaults(run=_serve)
    seed = commands.add_parser("seed", help="fill a database with deterministic, realistic data")
    seed.add_argument("--db", required=True)
    seed.add_argument("--contacts", type=int, default=1000)
    seed.add_argument("--seed", type=int, default=20261126, help="random seed (same seed, same data)")
    seed.set_defaults(run=_seed)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
