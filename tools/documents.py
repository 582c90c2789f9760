"""Turn the split spec into the validated documents the rest of the pipeline publishes or generates from."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tools.background_validation import BackgroundValidation
from tools.bundle import bundle
from tools.layout import Layout
from tools.overlay import Overlay, apply_overlays, load_overlay
from tools.validate import SpecValidation

BUNDLE_NAME = "bundled spec"


def _variant_name(variant: str) -> str:
    return f"{variant!r} variant"


def _variants(layout: Layout, base: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each variant with its overlays applied (not validated), in the order of the order file."""
    loaded: dict[str, Overlay] = {}
    for name, paths in layout.variants().items():
        overlays = []
        for path in paths:
            key = str(path)
            if key not in loaded:
                loaded[key] = load_overlay(path, display_root=layout.overlays_dir.parent)
            overlays.append(loaded[key])
        yield name, apply_overlays(base, overlays)


def build_documents(layout: Layout) -> dict[str, dict[str, Any]]:
    """Bundle ``spec/``, validate it, and return every variant with its overlays applied and validated.

    The bare bundle is validated first so that a broken spec is reported as such and not as the fault of an
    overlay applied to it.
    """
    validation = SpecValidation()
    base = bundle(layout.spec_root)
    validation.validate(base, BUNDLE_NAME)
    documents: dict[str, dict[str, Any]] = {}
    for name, document in _variants(layout, base):
        validation.validate(document, _variant_name(name))
        documents[name] = document
    return documents


@contextmanager
def validated_documents(layout: Layout) -> Iterator[dict[str, dict[str, Any]]]:
    """:func:`build_documents` with the validation running in a second process while the block uses the documents.

    Leaving the block waits for the verdict. An invalid document raises the :class:`SpecInvalid` that
    ``build_documents`` would have raised, in place of whatever the block raised (a generator choking on an
    invalid document is a consequence, not the cause). The block must therefore only write to scratch space.
    """
    base = bundle(layout.spec_root)
    documents: dict[str, dict[str, Any]] = {}
    try:
        for name, document in _variants(layout, base):
            documents[name] = document
    except Exception:
        # A broken overlay or order file: an invalid spec (or an earlier invalid variant) is reported first, as
        # build_documents reports it.
        validation = SpecValidation()
        validation.validate(base, BUNDLE_NAME)
        for name, document in documents.items():
            validation.validate(document, _variant_name(name))
        raise
    background = BackgroundValidation(
        [(base, BUNDLE_NAME), *((document, _variant_name(name)) for name, document in documents.items())]
    )
    try:
        yield documents
    except Exception:
        background.raise_if_invalid()
        raise
    except BaseException:
        background.cancel()
        raise
    background.raise_if_invalid()
