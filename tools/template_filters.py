"""Jinja filters the client templates use on top of openapi-python-client's own."""

from __future__ import annotations

import re
import textwrap
from typing import Any


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


def python_literal(value: Any) -> str:
    """A JSON-like value (from the spec) as Python source: ``True``/``None`` where JSON says ``true``/``null``."""
    return repr(value)


#: The generator's template of properties it hands over unchanged (strings, ``null``, any value).
_UNCHANGED_TEMPLATE = "any_property.py.jinja"


def passes_through(prop: Any) -> bool:
    """True for a union whose members are all taken as they come (``str | None``): openapi-python-client parses it
    with a function defined per field and per call that returns its argument, which costs a model with many such
    fields measurable time on every list; the model template assigns the value instead."""
    inner = getattr(prop, "inner_properties", None)
    return bool(inner) and all(getattr(member, "template", None) == _UNCHANGED_TEMPLATE for member in inner)
