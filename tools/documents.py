"""Turn the split spec into the validated documents the rest of the pipeline publishes or generates from."""

from __future__ import annotations

import copy
from typing import Any

from tools.bundle import bundle
from tools.generator_shapes import reshape_for_generators
from tools.layout import PYTHON_CLIENT, Layout
from tools.overlay import Overlay, apply_overlays, load_overlay
from tools.schema_rules import check_schema_rules, name_inline_models
from tools.validate import SpecValidation

#: Published variants whose unions, maps and models with inline members are written out where they are used rather
#: than kept as components (``tools/generator_shapes.py``): openapi-generator's typescript-fetch reads only those.
UNIONS_IN_PLACE = frozenset({"single-body"})


def build_documents(layout: Layout) -> dict[str, dict[str, Any]]:
    """Bundle ``spec/``, validate it, and return every variant with its overlays applied and validated.

    The bare bundle is validated first so that a broken spec is reported as such and not as the fault of an
    overlay applied to it; it must also follow the generator-friendly rules of ``tools/schema_rules.py`` once the
    inline models it leaves untitled are named after where they sit (published variants carry those names).
    """
    validation = SpecValidation()
    base = bundle(layout.spec_root)
    validation.validate(base, "bundled spec")
    check_schema_rules(name_inline_models(copy.deepcopy(base)), "bundled spec")
    loaded: dict[str, Overlay] = {}
    documents: dict[str, dict[str, Any]] = {}
    for name, paths in layout.variants().items():
        document = apply_overlays(base, _load_overlays(layout, paths, loaded))
        if name != PYTHON_CLIENT:
            # Published documents take the shapes client generators read best and name every inline model; the
            # Python client keeps the compact forms and openapi-python-client's names.
            reshape_for_generators(document, unions_in_place=name in UNIONS_IN_PLACE)
        validation.validate(document, f"{name!r} variant")
        documents[name] = document
    return documents


def variant_document(layout: Layout, name: str) -> dict[str, Any]:
    """One variant, bundled with its overlays applied but not validated.

    Only for a caller that has :func:`build_documents` validate the same inputs and waits for its verdict before
    using the result (``generate`` does so in a second process).
    """
    return apply_overlays(bundle(layout.spec_root), _load_overlays(layout, layout.variants()[name], {}))


def _load_overlays(layout: Layout, paths: list[Any], loaded: dict[str, Overlay]) -> list[Overlay]:
    overlays = []
    for path in paths:
        key = str(path)
        if key not in loaded:
            loaded[key] = load_overlay(path, display_root=layout.overlays_dir.parent)
        overlays.append(loaded[key])
    return overlays
