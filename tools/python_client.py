"""Generate the ``fluentcrm-client`` package from the python-client variant of the spec.

Three layers end up in ``generated/python/``:

1. openapi-python-client 0.29.1 writes ``fluentcrm_client/{client,types,errors}.py``, ``api/`` and ``models/``,
   with the few template overrides in ``templates/openapi-python-client/`` (each one explains itself);
2. ``templates/package/`` mirrors the project folder: ``*.jinja`` files are rendered with the generator's own
   Jinja environment (so ``sdk.py`` can reuse its macros and its view of every endpoint), other files are
   copied as they are (the hand-written ergonomic layer: errors, retries, form encoding, pagination);
3. ruff formats the result, limited to fixes that cannot change behaviour or typing.

The generator runs in-process (faster than a subprocess, and its parse warnings become our errors).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import io
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tools.python_names import apply_python_names
from tools.sdk_model import (
    operation_facts,
    parameter_descriptions,
    sdk_groups,
    sdk_settings,
    split_request_only,
)
from tools.template_filters import builtin_generics, passes_through, python_literal, reflow
from tools.union_titles import title_union_branches
from tools.wire_types import model_base_lookup, wire_type_lookup
from tools.yaml_loader import safe_load

TOOLS = Path(__file__).resolve().parent
CONFIG_FILE = TOOLS / "python-client.yaml"
GENERATOR_TEMPLATES = TOOLS / "templates" / "openapi-python-client"
PACKAGE_TEMPLATES = TOOLS / "templates" / "package"

# ruff's default fixes rewrite ``*args: Any`` in ``__exit__`` and break ``mypy --strict``; unused imports,
# duplicate definitions and import order are the only safe ones. ``--isolated`` makes the result independent of
# any ruff configuration found around the output folder (a temporary folder or generated/python).
RUFF_COMMANDS = (
    [
        "check",
        "--isolated",
        "--no-cache",
        "--fix-only",
        "--select=F401,F811,I",
        "--line-length=120",
        "--exit-zero",
        ".",
    ],
    ["format", "--isolated", "--no-cache", "--line-length=120", "."],
)


class ClientGenerationError(Exception):
    """openapi-python-client could not turn the document into a complete package."""


def _describe(errors: Any) -> str:
    """One line per generator error, with the offending piece of the document when the generator kept it.

    The generator formats names into its messages as object reprs; the ``data`` it keeps is the readable part.
    """
    lines = []
    for error in errors:
        header = str(getattr(error, "header", None) or type(error).__name__).strip()
        detail = re.sub(
            r"<openapi_python_client\.[\w.]+ object at 0x[0-9a-f]+>", "…", str(error.detail or "")
        )
        line = f"  - {header} {' '.join(detail.split())}".rstrip()
        data = getattr(error, "data", None)
        if data is not None and hasattr(data, "model_dump"):
            dumped = json.dumps(
                data.model_dump(mode="json", by_alias=True, exclude_none=True), ensure_ascii=False
            )
            line += f"\n      in: {dumped[:300]}"
        lines.append(line)
    return "\n".join(lines)


def _run_ruff(project_dir: Path) -> None:
    # The binary of the installed ruff package, called directly: ``python -m ruff`` would start an interpreter
    # only to exec the same binary.
    from ruff import find_ruff_bin

    ruff = find_ruff_bin()
    for command in RUFF_COMMANDS:
        result = subprocess.run(
            [ruff, *command],
            cwd=project_dir,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise ClientGenerationError(f"ruff {command[0]} failed:\n{result.stdout}{result.stderr}")


#: Builtins the generator would rename (``hash_``, ``type_``, ``filter_``) although a field or argument of that name
#: shadows nothing the generated code uses: ``model.py.jinja`` spells ``builtins.type`` and ``builtins.property``
#: where it needs them. ``list`` stays reserved: the generated methods call ``cast(list[...], ...)`` next to their
#: local variables, so a field named ``list`` gets a name of its own (``x-python-name``).
READABLE_BUILTINS = frozenset({"all", "filter", "hash", "help", "map", "next", "property", "type"})


def _readable_identifiers() -> None:
    """Let model fields and arguments named like ``READABLE_BUILTINS`` keep their wire names."""
    from openapi_python_client import strings

    strings.RESERVED_WORDS.difference_update(READABLE_BUILTINS)


@contextlib.contextmanager
def _endpoints_copied_shallowly() -> Iterator[None]:
    """While parsing, let openapi-python-client copy an ``Endpoint`` one level deep instead of entirely.

    Its parser copies every endpoint three times (parameters, responses, path order) with ``copy.deepcopy``, which
    also copies the parsed OpenAPI operation and every property inside: about a third of the whole generation.
    Each copy replaces the endpoint it came from, so fresh containers (the parameter lists, the response list,
    the import set) are all the isolation it needs; the generated files are byte for byte the same
    (``make check-generated`` compares them with the committed ones).
    """
    from openapi_python_client.parser import openapi as parser
    from openapi_python_client.parser.responses import Responses

    endpoint_type = parser.Endpoint

    def copy_of(value: Any, memo: Any = None) -> Any:
        if type(value) is not endpoint_type:
            return copy.deepcopy(value, memo)
        return dataclasses.replace(
            value,
            tags=list(value.tags),
            relative_imports=set(value.relative_imports),
            query_parameters=list(value.query_parameters),
            path_parameters=list(value.path_parameters),
            header_parameters=list(value.header_parameters),
            cookie_parameters=list(value.cookie_parameters),
            responses=Responses(patterns=list(value.responses.patterns), default=value.responses.default),
            bodies=list(value.bodies),
            errors=list(value.errors),
        )

    original = parser.deepcopy
    parser.deepcopy = copy_of
    try:
        yield
    finally:
        parser.deepcopy = original


def generate_python_client(document: dict[str, Any], project_dir: Path) -> None:
    """Write the complete ``fluentcrm-client`` project for ``document`` into the empty folder ``project_dir``."""
    from jinja2 import ChoiceLoader, FileSystemLoader
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    document, request_only = split_request_only(document)
    document = title_union_branches(document)
    _readable_identifiers()
    settings = safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    package_name = settings["package_name_override"]
    config = Config.from_sources(
        ConfigFile(**settings),
        MetaType.NONE,
        document_source=CONFIG_FILE,  # unused: the document is passed in already parsed
        file_encoding="utf-8",
        overwrite=True,
        output_path=project_dir / package_name,
    )
    with _endpoints_copied_shallowly():
        openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise ClientGenerationError(f"openapi-python-client rejected the document:\n{_describe([openapi])}")
    apply_python_names(document, openapi, config)
    project = Project(openapi=openapi, config=config, custom_template_path=GENERATOR_TEMPLATES)
    wire_type = project.env.globals["wire_type"] = wire_type_lookup(document)
    project.env.globals["passes_through"] = passes_through
    project.env.globals["model_base"] = model_base_lookup(
        document, {str(model.class_info.name) for model in openapi.models}
    )
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        # A warning here means an endpoint or model was skipped: the client would silently lack it.
        raise ClientGenerationError(f"openapi-python-client reported problems:\n{_describe(errors)}")

    generator_loader = project.env.loader
    assert generator_loader is not None
    env = project.env.overlay(
        loader=ChoiceLoader([FileSystemLoader(str(PACKAGE_TEMPLATES)), generator_loader])
    )
    env.filters["builtin_generics"] = builtin_generics
    env.filters["reflow"] = reflow
    env.filters["python_literal"] = python_literal
    groups = sdk_groups(
        project,
        sdk_settings(document),
        parameter_descriptions(document),
        operation_facts(document),
        wire_type,
    )
    # Date and date-time properties are parsed with python-dateutil; the package depends on it only if it has any.
    needs_dateutil = any("dateutil" in path.read_text(encoding="utf-8") for path in project_dir.rglob("*.py"))
    for source in sorted(PACKAGE_TEMPLATES.rglob("*")):
        if source.is_dir() or "__pycache__" in source.parts:
            continue
        relative = source.relative_to(PACKAGE_TEMPLATES)
        target = project_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".jinja":
            template = env.get_template(relative.as_posix())
            text = template.render(
                document=document, groups=groups, request_only=request_only, needs_dateutil=needs_dateutil
            )
            target.with_suffix("").write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    _run_ruff(project_dir)
