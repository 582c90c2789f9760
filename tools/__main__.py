"""Command line: ``python -m tools generate|check-generated|lint|bundle``.

Heavy imports happen inside the commands, so that a ``generate`` with nothing to do returns at once.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tools.layout import PUBLISHED, Layout

#: Exceptions (by class name, so their modules are imported only when needed) that mean "fix your input".
EXPECTED_FAILURES = {
    "BundleError",
    "LayoutError",
    "OverlayError",
    "SpecInvalid",
    "ClientGenerationError",
    "SdkDefinitionError",
    "SchemaRuleViolation",
}


def _layout(args: argparse.Namespace) -> Layout:
    defaults = Layout()
    return Layout(
        spec_root=args.spec or defaults.spec_root,
        overlays_dir=args.overlays or defaults.overlays_dir,
        generated_dir=args.generated or defaults.generated_dir,
    )


def _generate(args: argparse.Namespace) -> int:
    from tools.generate import generate

    started = time.perf_counter()
    print(f"{generate(_layout(args), force=args.force)} in {time.perf_counter() - started:.2f}s")
    return 0


def _check_generated(args: argparse.Namespace) -> int:
    from tools.generate import check_generated

    report = check_generated(_layout(args))
    if report:
        print("generated/ is out of date; run `make generate` and commit the result:", file=sys.stderr)
        print("\n".join(report), file=sys.stderr)
        return 1
    print("generated/ matches the spec, overlays and templates")
    return 0


def _lint(args: argparse.Namespace) -> int:
    from tools.generate import OPENAPI_BASENAME

    try:
        from tools.lint import lint
    except ImportError:
        print("tools/lint.py is not available", file=sys.stderr)
        return 1
    document = args.document or _layout(args).generated_dir / "openapi" / f"{OPENAPI_BASENAME}.yaml"
    return int(lint(document))


def _bundle(args: argparse.Namespace) -> int:
    from tools.documents import build_documents
    from tools.publish import to_json, to_yaml

    document = build_documents(_layout(args))[args.variant]
    sys.stdout.write(to_json(document) if args.format == "json" else to_yaml(document))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools", description=__doc__)
    parser.add_argument("--spec", type=Path, help="root file of the split spec (default: spec/openapi.yaml)")
    parser.add_argument(
        "--overlays", type=Path, help="overlay folder with overlays.yaml (default: overlays/)"
    )
    parser.add_argument("--generated", type=Path, help="output folder (default: generated/)")
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser(
        "generate", help="bring generated/ up to date (skipped when nothing changed)"
    )
    generate.add_argument(
        "--force", action="store_true", help="regenerate even when the stamp says nothing changed"
    )
    generate.set_defaults(run=_generate)

    check = commands.add_parser(
        "check-generated", help="fail with a diff summary if generated/ is out of date"
    )
    check.set_defaults(run=_check_generated)

    lint = commands.add_parser("lint", help="lint the published document with Redocly (tools/lint.py)")
    lint.add_argument("document", nargs="?", type=Path, help="document to lint (default: the published YAML)")
    lint.set_defaults(run=_lint)

    bundle = commands.add_parser("bundle", help="print one variant of the spec with its overlays applied")
    bundle.add_argument("--variant", default=PUBLISHED)
    bundle.add_argument("--format", choices=("yaml", "json"), default="yaml")
    bundle.set_defaults(run=_bundle)

    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except Exception as exc:
        # Expected failures carry a message written for the spec author; anything else keeps its traceback.
        if type(exc).__name__ in EXPECTED_FAILURES:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
