"""Serialise documents the same way every time, so that generated files only change when their content does.

YAML is written by libyaml's emitter when PyYAML has it and the document holds only strings the two emitters are
known to write alike; anything else (control or line-separator characters, tabs, a space at either end or before a
line break, more than one final line break, keys that are empty, multi-line or long) goes through the pure-Python
emitter. The pure-Python output is the reference: libyaml folds long double-quoted strings and measures keys
differently, so it is used only where it gives the same bytes, five times faster (``tests/tools/test_yaml_io.py``
compares both on random documents).
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Dumper(yaml.SafeDumper):
    """A safe dumper that never emits anchors/aliases: the bundle reuses Python objects, readers should not care."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_Dumper.add_representer(str, _str_presenter)

_FastDumper: type[yaml.SafeDumper] | None = None
if hasattr(yaml, "CSafeDumper"):

    class _CDumper(yaml.CSafeDumper):
        """``_Dumper`` on libyaml's emitter: same representers, same options."""

        def ignore_aliases(self, data: Any) -> bool:
            return True

    _CDumper.add_representer(str, _str_presenter)
    _FastDumper = _CDumper

# Line feeds and printable characters that both emitters write as they are (no tabs, carriage returns, NEL,
# line/paragraph separators, byte order marks, surrogates or characters beyond the Basic Multilingual Plane).
_PLAIN_TEXT = re.compile("[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
_MAX_KEY_BYTES = 100


def _same_in_both_emitters(text: str, is_key: bool) -> bool:
    if _PLAIN_TEXT.fullmatch(text) is None or " \n" in text or text[:1] == " " or text[-1:] == " ":
        return False
    if text == "\n" or text.endswith("\n\n"):
        return False  # a "keep" block scalar (``|+``): libyaml may end the document with ``...`` after it
    return not is_key or (0 < len(text.encode("utf-8")) < _MAX_KEY_BYTES and "\n" not in text)


def _fast_emitter_agrees(document: Any) -> bool:
    """True when ``document`` is a mapping or a list (PyYAML ends a bare scalar with ``...``, libyaml does not)
    and every string in it is one libyaml's emitter writes exactly like PyYAML's."""
    if not isinstance(document, (dict, list)):
        return False
    pending = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and not _same_in_both_emitters(key, is_key=True):
                    return False
                pending.append(value)
        elif isinstance(node, list):
            pending.extend(node)
        elif isinstance(node, str) and not _same_in_both_emitters(node, is_key=False):
            return False
    return True


def to_json(document: Any) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_yaml(document: Any) -> str:
    dumper = _FastDumper if _FastDumper is not None and _fast_emitter_agrees(document) else _Dumper
    text: str = yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=120)
    return text
