"""``fluentcrm-conformance`` / ``python -m conformance``: run the suite and write the reports.

Without a target it starts the embedded emulator. With ``FLUENTCRM_BASE_URL`` (or ``--base-url``) it tests a live
site in safe mode: only records the run creates are changed, and all of them are removed at the end. The
application password is read from ``FLUENTCRM_APP_PASSWORD`` or prompted for (``--app-password``), never taken as
a command-line value, so it stays out of shell history and process listings.
"""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from types import FrameType

from conformance.credentials import Secret
from conformance.options import PROFILES, RunOptions
from conformance.report import terminal_summary, write_reports
from conformance.runner import STOP_REQUESTED, SpecError, request_stop, run_suite
from conformance.target import Target, TargetError, embedded_emulator, live_target

EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fluentcrm-conformance",
        description="Check a FluentCRM server (or the bundled emulator) against the OpenAPI description.",
        epilog="Live target: set FLUENTCRM_BASE_URL, FLUENTCRM_USERNAME and FLUENTCRM_APP_PASSWORD.",
    )
    target = parser.add_argument_group("target (default: the embedded emulator)")
    target.add_argument(
        "--base-url", help="site or API root, e.g. https://crm.example.com (env FLUENTCRM_BASE_URL)"
    )
    target.add_argument("--username", help="WordPress user name (env FLUENTCRM_USERNAME)")
    target.add_argument(
        "--app-password",
        action="store_true",
        help="prompt for the application password (or read one line from stdin when it is not a terminal) "
        "instead of reading FLUENTCRM_APP_PASSWORD",
    )
    run = parser.add_argument_group("run")
    run.add_argument(
        "--profile", choices=sorted(PROFILES), default="default", help="preset options (default: %(default)s)"
    )
    run.add_argument("--max-examples", type=int, help="examples per operation and phase")
    run.add_argument("--seed", type=int, help="seed for a reproducible run")
    run.add_argument("--workers", type=int, help="concurrent workers")
    run.add_argument("--rate-limit", help="maximum request rate, e.g. 5/s or 100/m")
    run.add_argument(
        "--operation", action="append", default=[], metavar="ID", help="only this operationId (repeatable)"
    )
    run.add_argument(
        "--no-stateful", action="store_true", help="skip the create → read → update → delete chains"
    )
    run.add_argument(
        "--spec", type=Path, dest="spec_path", help="OpenAPI file to test against (default: spec/, bundled)"
    )
    run.add_argument(
        "--report-dir", type=Path, help="where report.md and junit.xml go (default: conformance-report/)"
    )
    run.add_argument("--quiet", action="store_true", help="no progress lines, only the summary")
    modes = parser.add_argument_group("opt-in modes")
    modes.add_argument(
        "--destructive",
        action="store_true",
        help="also update and delete records the run did not create, and change site settings "
        "(only for disposable servers)",
    )
    modes.add_argument(
        "--strict-faults",
        action="store_true",
        help="fail on FluentCRM's documented faults too (by default they are listed in their own report "
        "section and do not fail the run)",
    )
    modes.add_argument(
        "--negative",
        action="store_true",
        help="also send schema-violating requests and check that they are rejected where the server validates",
    )
    return parser


def options_from(args: argparse.Namespace) -> RunOptions:
    options = PROFILES[args.profile]
    changes: dict[str, object] = {}
    for name in ("max_examples", "seed", "workers", "rate_limit", "report_dir", "spec_path"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = value
    if args.destructive:
        changes["destructive"] = True
    if args.negative:
        changes["negative"] = True
    if args.strict_faults:
        changes["strict_faults"] = True
    if args.no_stateful:
        changes["stateful"] = False
    if args.operation:
        changes["operations"] = tuple(args.operation)
    if args.quiet:
        changes["progress"] = False
    return options.replace(**changes)


def read_password(prompt: bool) -> Secret | None:
    if not prompt:
        return None
    if sys.stdin.isatty():
        return Secret(getpass.getpass("Application password: "))
    return Secret(sys.stdin.readline().rstrip("\r\n"))


def resolve_target(args: argparse.Namespace) -> AbstractContextManager[Target]:
    if args.profile == "ci":
        # CI is a deterministic run against the emulator, whatever the shell exports.
        if args.base_url:
            raise TargetError("--profile ci always tests the embedded emulator; drop --base-url")
        return embedded_emulator()
    target = live_target(
        base_url=args.base_url, username=args.username, password=read_password(args.app_password)
    )
    return nullcontext(target) if target is not None else embedded_emulator()


def _stop_gracefully_on_signals() -> None:
    """First SIGINT/SIGTERM: finish the request in flight, then clean up. A second one aborts at once."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if STOP_REQUESTED.is_set():
            raise KeyboardInterrupt
        print(
            f"\n{signal.Signals(signum).name}: stopping after the current request, then cleaning up",
            file=sys.stderr,
        )
        request_stop()

    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(signum, handler)
        except ValueError:  # not the main thread (e.g. called from a test runner thread)
            return


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    options = options_from(args)
    STOP_REQUESTED.clear()
    _stop_gracefully_on_signals()
    try:
        with resolve_target(args) as target:
            if not target.embedded and options.destructive:
                print(
                    f"destructive mode against {target.base_url}: records the run did not create may change",
                    file=sys.stderr,
                )
            results = run_suite(options, target)
    except (TargetError, SpecError) as exc:
        print(f"fluentcrm-conformance: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(terminal_summary(results))
    for path in write_reports(results, options.report_dir):
        print(f"  report: {path}")
    if results.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if results.ok else EXIT_FAILURES
