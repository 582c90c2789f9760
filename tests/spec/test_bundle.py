"""The bundler refuses split specs it cannot turn into one predictable document, and says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.bundle import BundleError, bundle

ROOT = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /things:
    $ref: paths/things.yaml
components:
  schemas:
    Thing:
      $ref: components/schemas/Thing.yaml
"""

PATH_ITEM = """\
get:
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            $ref: ../components/schemas/Thing.yaml
"""


def write_tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return tmp_path / "openapi.yaml"


def test_a_valid_tree_bundles_to_local_references(tmp_path: Path) -> None:
    root = write_tree(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": PATH_ITEM,
            "components/schemas/Thing.yaml": "type: object\nproperties:\n  part:\n    $ref: Part.yaml\n",
            "components/schemas/Part.yaml": "type: string\n",
        },
    )
    document = bundle(root)
    schema = document["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Thing"}
    assert document["components"]["schemas"]["Thing"]["properties"]["part"] == {"type": "string"}


def test_missing_reference_target_is_named(tmp_path: Path) -> None:
    root = write_tree(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": PATH_ITEM,
            "components/schemas/Thing.yaml": "type: object\nproperties:\n  part:\n    $ref: Nowhere.yaml\n",
        },
    )
    with pytest.raises(BundleError) as caught:
        bundle(root)
    message = str(caught.value)
    assert "Nowhere.yaml" in message and "missing file" in message
    assert "Thing.yaml" in message  # the file holding the broken reference


def test_circular_inline_reference_is_refused(tmp_path: Path) -> None:
    root = write_tree(
        tmp_path,
        {
            "openapi.yaml": ROOT,
            "paths/things.yaml": PATH_ITEM,
            "components/schemas/Thing.yaml": "type: object\nproperties:\n  a:\n    $ref: A.yaml\n",
            "components/schemas/A.yaml": "type: object\nproperties:\n  b:\n    $ref: B.yaml\n",
            "components/schemas/B.yaml": "type: object\nproperties:\n  a:\n    $ref: A.yaml\n",
        },
    )
    with pytest.raises(BundleError) as caught:
        bundle(root)
    message = str(caught.value)
    assert "circular" in message
    assert "A.yaml" in message and "B.yaml" in message
    assert "register" in message  # tells the author how to fix it
