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
import io
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

TOOLS = Path(__file__).resolve().parent
CONFIG_FILE = TOOLS / "python-client.yaml"
GENERATOR_TEMPLATES = TOOLS / "templates" / "openapi-python-client"
PACKAGE_TEMPLATES = TOOLS / "templates" / "package"
SDK_CONFIG_KEY = "x-python-sdk"

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
    lines = []
    for error in errors:
        header = getattr(error, "header", None) or type(error).__name__
        detail = getattr(error, "detail", None) or ""
        lines.append(f"  - {header}: {detail}".rstrip(": "))
    return "\n".join(lines)


def _parameter_descriptions(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """``operationId`` → parameter name → description, from the parameter objects themselves.

    openapi-python-client documents a parameter with its schema's description; this spec (like most) describes
    parameters on the parameter object, so the high-level client reads them from the document.
    """
    shared = (document.get("components") or {}).get("parameters") or {}

    def resolve(parameter: dict[str, Any]) -> dict[str, Any]:
        ref = parameter.get("$ref", "")
        if ref.startswith("#/components/parameters/"):
            return {
                **shared.get(ref.rsplit("/", 1)[1], {}),
                **{k: v for k, v in parameter.items() if k != "$ref"},
            }
        return parameter

    found: dict[str, dict[str, str]] = {}
    for path_item in (document.get("paths") or {}).values():
        common = [resolve(p) for p in path_item.get("parameters", [])]
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                parameters = common + [resolve(p) for p in operation.get("parameters", [])]
                found[utils_snake(operation["operationId"])] = {
                    str(p.get("name")): str(
                        p.get("description") or (p.get("schema") or {}).get("description") or ""
                    )
                    for p in parameters
                }
    return found


def utils_snake(value: str) -> str:
    from openapi_python_client import strings

    return strings.snake_case(value)


def _sdk_operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``operationId`` → the ``x-python-sdk`` settings the python-client overlay put on that operation."""
    found: dict[str, dict[str, Any]] = {}
    for path_item in (document.get("paths") or {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = dict(operation.get(SDK_CONFIG_KEY) or {})
    return found


def _plain(value: Any) -> str:
    """The text of a generator string (``UntrustedString`` wraps names and descriptions taken from the spec)."""
    if value is None:
        return ""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def _parameter_doc(parameter: Any, description: str) -> str:
    """One ``Args:`` entry: name, type, the spec's description (first paragraph), default."""
    from openapi_python_client.strings import safe_for_docstring

    text = str(parameter.to_docstring())
    if description and not _plain(getattr(parameter, "description", None)):
        head, _, tail = text.partition("):")
        first = " ".join(description.strip().split("\n\n")[0].split())
        rest = tail.strip()
        text = f"{head}): {safe_for_docstring(first)}" + (f" {rest}" if rest else "")
    return text


def builtin_generics(code: Any) -> str:
    """Spell ``list[...]`` as ``builtins.list[...]``.

    The high-level client has methods named ``list``; inside such a class a bare ``list[int]`` annotation would
    name the method (for mypy and at runtime), so annotations copied from the generator are qualified.
    """
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", str(code))


def reflow(text: Any, width: int = 110) -> str:
    """Re-wrap prose paragraphs to ``width``; lists, tables and code keep their line breaks.

    Spec descriptions are wrapped for YAML at their own width; wrapping them again line by line (Jinja's
    ``wordwrap``) leaves ragged docstrings.
    """
    if hasattr(text, "get_untrusted_value"):
        text = text.get_untrusted_value()
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", str(text).strip()):
        lines = paragraph.splitlines()
        if any(re.match(r"\s*([-*|>]|```|\d+\.)\s?|\s{4}", line) for line in lines):
            paragraphs.append(paragraph)
        else:
            paragraphs.append(textwrap.fill(" ".join(line.strip() for line in lines), width=width))
    return "\n\n".join(paragraphs)


def _find_property(model: Any, name: str) -> Any:
    candidates = [*(getattr(model, "required_properties", None) or [])]
    candidates += getattr(model, "optional_properties", None) or []
    for prop in candidates:
        if prop.name == name:
            return prop
    return None


def _attribute_chain(endpoint: Any, response: Any, dotted: str) -> tuple[str, Any]:
    """``"subscribers.data"`` → (``".subscribers.data"``, the property at the end), through required properties only.

    The page iterator reads these attributes directly, so every step must be a required property of a model:
    an optional one would be typed ``X | Unset`` and need guards the overlay author did not ask for.
    """
    prop = response.prop
    code = ""
    for name in dotted.split("."):
        found = _find_property(prop, name)
        if found is None or not found.required:
            raise ClientGenerationError(
                f"{endpoint.name}: x-python-sdk paginate path {dotted!r}: {name!r} is not a required property of "
                f"{prop.get_type_string()}"
            )
        code += f".{found.python_name}"
        prop = found
    return code, prop


def sdk_groups(
    project: Any, sdk_operations: dict[str, dict[str, Any]], descriptions: dict[str, dict[str, str]]
) -> list[dict[str, Any]]:
    """The resource groups of the high-level client, each with its methods, from the generator's parsed endpoints."""
    from openapi_python_client import strings as utils

    by_identifier = {utils.snake_case(key): value for key, value in sdk_operations.items()}
    groups: dict[str, dict[str, Any]] = {}
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            operation_id = str(endpoint.name)  # already a snake_case identifier
            settings = by_identifier.get(operation_id, {})
            group_name = settings.get("group") or utils.snake_case(str(tag))
            ok = [
                r
                for r in endpoint.responses.patterns
                if r.status_code.range and r.status_code.range[0] // 100 == 2
            ]
            if not ok:
                raise ClientGenerationError(f"{operation_id}: no 2xx response is documented")
            documented = descriptions.get(operation_id, {})
            method: dict[str, Any] = {
                "parameter_docs": [
                    _parameter_doc(parameter, documented.get(_plain(parameter.name), ""))
                    for parameter in endpoint.list_all_parameters()
                ],
                "name": settings.get("method") or utils.snake_case(operation_id),
                "endpoint": endpoint,
                "module": operation_id,
                "alias": "_" + operation_id,
                "tag": tag,
                "ok": ok[0],
            }
            paginate = settings.get("paginate")
            if paginate:
                items_code, items_prop = _attribute_chain(endpoint, ok[0], paginate["items"])
                total_code, _ = _attribute_chain(endpoint, ok[0], paginate["total"])
                if not hasattr(items_prop, "inner_property"):
                    raise ClientGenerationError(
                        f"{operation_id}: paginate items {paginate['items']!r} is not an array"
                    )
                method["paginate"] = {
                    "items": items_code,
                    "total": total_code,
                    "item_type": items_prop.inner_property.get_type_string(),
                    "filters": [
                        p for p in endpoint.query_parameters if _plain(p.name) not in ("page", "per_page")
                    ],
                }
            group = groups.setdefault(
                group_name,
                {"name": group_name, "class_name": utils.pascal_case(group_name), "methods": []},
            )
            if any(existing["name"] == method["name"] for existing in group["methods"]):
                raise ClientGenerationError(f"{operation_id}: {group_name}.{method['name']} is defined twice")
            group["methods"].append(method)
    return sorted(groups.values(), key=lambda group: group["name"])


def _run_ruff(project_dir: Path) -> None:
    for command in RUFF_COMMANDS:
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command],
            cwd=project_dir,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise ClientGenerationError(f"ruff {command[0]} failed:\n{result.stdout}{result.stderr}")


def generate_python_client(document: dict[str, Any], project_dir: Path) -> None:
    """Write the complete ``fluentcrm-client`` project for ``document`` into the empty folder ``project_dir``."""
    from jinja2 import ChoiceLoader, FileSystemLoader
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    settings = yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    package_name = settings["package_name_override"]
    config = Config.from_sources(
        ConfigFile(**settings),
        MetaType.NONE,
        document_source=CONFIG_FILE,  # unused: the document is passed in already parsed
        file_encoding="utf-8",
        overwrite=True,
        output_path=project_dir / package_name,
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise ClientGenerationError(f"openapi-python-client rejected the document:\n{_describe([openapi])}")
    project = Project(openapi=openapi, config=config, custom_template_path=GENERATOR_TEMPLATES)
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    if errors:
        # A warning here means an endpoint or model was skipped: the client would silently lack it.
        raise ClientGenerationError(f"openapi-python-client reported problems:\n{_describe(errors)}")

    env = project.env.overlay(
        loader=ChoiceLoader([FileSystemLoader(str(PACKAGE_TEMPLATES)), project.env.loader])
    )
    env.filters["builtin_generics"] = builtin_generics
    env.filters["reflow"] = reflow
    groups = sdk_groups(project, _sdk_operations(document), _parameter_descriptions(document))
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
            text = template.render(document=document, groups=groups, needs_dateutil=needs_dateutil)
            target.with_suffix("").write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    _run_ruff(project_dir)
