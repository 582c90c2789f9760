"""The pipeline end to end on a small spec: variants, validation, determinism, the stamp and check-generated."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools import stamp
from tools.documents import build_documents
from tools.generate import check_generated, generate
from tools.layout import Layout, LayoutError
from tools.overlay import OverlayError
from tools.validate import SpecInvalid

REPO = Path(__file__).resolve().parents[2]


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_variants_get_their_overlays_in_order(mini_layout: Layout) -> None:
    documents = build_documents(mini_layout)
    published, python = documents["published"], documents["python-client"]
    assert published["info"]["x-audience"] == "everyone"
    assert python["info"]["x-audience"] == "python"  # python.yaml comes after common.yaml
    assert "options" in published["paths"]["/tags"]
    assert "options" not in python["paths"]["/tags"]
    assert "x-python-sdk" not in published["paths"]["/tags"]["get"]


def test_the_order_file_decides_the_order(mini_layout: Layout) -> None:
    order = mini_layout.variants_file
    config = yaml.safe_load(order.read_text(encoding="utf-8"))
    config["variants"]["python-client"] = ["python.yaml", "common.yaml"]
    order.write_text(yaml.safe_dump(config), encoding="utf-8")
    assert [p.name for p in mini_layout.variants()["python-client"]] == ["python.yaml", "common.yaml"]
    assert build_documents(mini_layout)["python-client"]["info"]["x-audience"] == "everyone"


def test_order_file_must_define_both_variants_and_existing_files(mini_layout: Layout) -> None:
    mini_layout.variants_file.write_text("variants:\n  published: [common.yaml]\n", encoding="utf-8")
    with pytest.raises(LayoutError, match="python-client"):
        mini_layout.variants()
    mini_layout.variants_file.write_text(
        "variants:\n  published: [common.yaml]\n  python-client: [missing.yaml]\n", encoding="utf-8"
    )
    with pytest.raises(LayoutError, match="missing.yaml"):
        mini_layout.variants()


def test_an_invalid_spec_stops_the_build_with_its_location(mini_layout: Layout) -> None:
    tag = mini_layout.spec_root.parent / "components" / "schemas" / "Tag.yaml"
    tag.write_text(tag.read_text(encoding="utf-8").replace("type: object", "type: objekt"), encoding="utf-8")
    with pytest.raises(SpecInvalid, match=r"bundled spec .*\n  - #/components/schemas/Tag/type: 'objekt'"):
        build_documents(mini_layout)


def test_a_dangling_reference_is_named(mini_layout: Layout) -> None:
    root = mini_layout.spec_root
    root.write_text(
        root.read_text(encoding="utf-8") + "x-see: {$ref: '#/components/schemas/Nope'}\n", encoding="utf-8"
    )
    with pytest.raises(SpecInvalid, match=r"#/x-see: \$ref '#/components/schemas/Nope' does not resolve"):
        build_documents(mini_layout)


def test_an_overlay_that_no_longer_matches_stops_generate(mini_layout: Layout) -> None:
    paths = mini_layout.spec_root.parent / "paths" / "tags.yaml"
    paths.write_text(paths.read_text(encoding="utf-8").replace("listTags", "listAllTags"), encoding="utf-8")
    with pytest.raises(
        OverlayError, match=r"python.yaml: action 1 \('listTags is crm.tags.list\(\)'\).*matches nothing"
    ):
        generate(mini_layout)
    assert not (mini_layout.generated_dir / "python").exists(), "a failed run must not write anything"


def test_generate_publishes_both_formats_and_an_installable_package(mini_layout: Layout) -> None:
    generate(mini_layout)
    out = mini_layout.generated_dir
    published_json = json.loads((out / "openapi" / "fluentcrm.openapi.json").read_text(encoding="utf-8"))
    published_yaml = yaml.safe_load((out / "openapi" / "fluentcrm.openapi.yaml").read_text(encoding="utf-8"))
    assert published_json == published_yaml
    assert published_json["info"]["x-audience"] == "everyone"
    package = out / "python"
    assert (package / "pyproject.toml").read_text(encoding="utf-8").count('name = "fluentcrm-client"') == 1
    assert (package / "README.md").is_file()
    assert (package / "fluentcrm_client" / "py.typed").is_file()
    sdk = (package / "fluentcrm_client" / "sdk.py").read_text(encoding="utf-8")
    assert "class Tags:" in sdk and "def iterate(" in sdk and "Iterator[Tag]" in sdk
    assert not (package / "fluentcrm_client" / "api" / "tags" / "describe_tags.py").exists()


def test_generate_is_skipped_when_nothing_changed(mini_layout: Layout) -> None:
    assert "regenerated" in generate(mini_layout)
    assert stamp.is_current(mini_layout)
    assert "up to date" in generate(mini_layout)
    # An input change is noticed ...
    common = mini_layout.overlays_dir / "common.yaml"
    common.write_text(common.read_text(encoding="utf-8").replace("everyone", "all readers"), encoding="utf-8")
    assert not stamp.is_current(mini_layout)
    assert "regenerated: 2 file(s)" in generate(mini_layout)  # the published JSON and YAML
    # ... and so is a hand edit of an output.
    assert "up to date" in generate(mini_layout)
    sdk = mini_layout.generated_dir / "python" / "fluentcrm_client" / "sdk.py"
    sdk.write_text(sdk.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert "regenerated: 1 file" in generate(mini_layout)
    assert not sdk.read_text(encoding="utf-8").endswith("# edited\n")


def test_check_generated_reports_every_kind_of_difference(mini_layout: Layout) -> None:
    generate(mini_layout)
    assert check_generated(mini_layout) == []
    out = mini_layout.generated_dir
    client = out / "python" / "fluentcrm_client" / "client.py"
    client.write_text(
        client.read_text(encoding="utf-8").replace("class Client:", "class Klient:"), encoding="utf-8"
    )
    (out / "python" / "fluentcrm_client" / "types.py").unlink()
    (out / "python" / "fluentcrm_client" / "extra.py").write_text("x = 1\n", encoding="utf-8")
    report = "\n".join(check_generated(mini_layout))
    assert "differs: python/fluentcrm_client/client.py" in report
    assert "-class Klient:" in report and "+class Client:" in report
    assert "missing from generated/: python/fluentcrm_client/types.py" in report
    assert "not produced by the pipeline (stale or hand-added): python/fluentcrm_client/extra.py" in report


def test_cli_check_generated_exit_codes(mini_layout: Layout) -> None:
    args = [
        sys.executable, "-m", "tools",
        "--spec", str(mini_layout.spec_root),
        "--overlays", str(mini_layout.overlays_dir),
        "--generated", str(mini_layout.generated_dir),
    ]  # fmt: skip
    assert subprocess.run([*args, "generate"], cwd=REPO, capture_output=True, check=False).returncode == 0
    clean = subprocess.run([*args, "check-generated"], cwd=REPO, capture_output=True, text=True, check=False)
    assert clean.returncode == 0, clean.stderr
    (mini_layout.generated_dir / "openapi" / "fluentcrm.openapi.yaml").write_text(
        "edited\n", encoding="utf-8"
    )
    dirty = subprocess.run([*args, "check-generated"], cwd=REPO, capture_output=True, text=True, check=False)
    assert dirty.returncode == 1
    assert "differs: openapi/fluentcrm.openapi.yaml" in dirty.stderr
    (mini_layout.overlays_dir / "common.yaml").write_text("overlay: 1.0.0\n", encoding="utf-8")
    broken = subprocess.run([*args, "generate"], cwd=REPO, capture_output=True, text=True, check=False)
    assert broken.returncode == 2
    assert (
        broken.stderr.startswith("error: ")
        and "common.yaml" in broken.stderr
        and "Traceback" not in broken.stderr
    )


def test_the_real_pipeline_is_deterministic(tmp_path: Path) -> None:
    """Two full runs on the project's own spec, in processes with different hash seeds, write identical bytes.

    Separate processes matter: set and dict iteration orders of strings change with ``PYTHONHASHSEED``, which a
    second run inside the same process would never reveal.
    """
    for run, seed in (("first", "1"), ("second", "2")):
        result = subprocess.run(
            [sys.executable, "-m", "tools", "--generated", str(tmp_path / run), "generate", "--force"],
            cwd=REPO,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        assert result.returncode == 0, result.stderr
    first, second = _tree(tmp_path / "first"), _tree(tmp_path / "second")
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
    assert len(first) > 50


def test_lint_command_lints_the_published_document(monkeypatch: pytest.MonkeyPatch) -> None:
    import tools.lint
    from tools.__main__ import main

    seen: list[Path] = []
    monkeypatch.setattr(tools.lint, "lint", lambda path: seen.append(Path(path)) or 3)
    assert main(["lint"]) == 3
    assert seen == [REPO / "generated" / "openapi" / "fluentcrm.openapi.yaml"]


def test_a_wrong_paginate_path_is_reported(mini_layout: Layout) -> None:
    from tools.sdk_model import SdkDefinitionError

    python = mini_layout.overlays_dir / "python.yaml"
    python.write_text(
        python.read_text(encoding="utf-8").replace("items: tags.data", "items: tags.rows"), encoding="utf-8"
    )
    with pytest.raises(
        SdkDefinitionError, match=r"list_tags: x-python-sdk paginate path 'tags.rows': 'rows' is not"
    ):
        generate(mini_layout)


def test_two_operations_cannot_share_a_method_name(mini_layout: Layout) -> None:
    from tools.sdk_model import SdkDefinitionError

    python = mini_layout.overlays_dir / "python.yaml"
    text = python.read_text(encoding="utf-8").replace(
        "  - target: $.paths.*.options\n    description: No OPTIONS in the client.\n    remove: true\n",
        "  - target: $.paths.*.options\n    description: Name OPTIONS like the list.\n"
        "    update: {x-python-sdk: {group: tags, method: list}}\n",
    )
    python.write_text(text, encoding="utf-8")
    with pytest.raises(SdkDefinitionError, match=r"tags.list is defined twice"):
        generate(mini_layout)


def test_a_generator_warning_fails_the_build(tmp_path: Path) -> None:
    """openapi-python-client drops what it cannot parse and only warns; here that is an error naming the place."""
    from tools.python_client import ClientGenerationError, generate_python_client

    untyped_union = {"anyOf": [{"type": "object"}, {"type": "array", "maxItems": 0}]}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "x", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "operationId": "getA",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": untyped_union}},
                        }
                    },
                }
            }
        },
    }
    with pytest.raises(
        ClientGenerationError, match=r"GET /a .*Invalid property in union.*\n      in: .*maxItems"
    ):
        generate_python_client(document, tmp_path)
