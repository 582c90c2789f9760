"""The fast YAML paths (libyaml) must give exactly what the pure-Python ones give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tools import publish
from tools.documents import build_documents
from tools.layout import Layout
from tools.yaml_loader import safe_load

REPO = Path(__file__).resolve().parents[2]
PROJECT_YAML = sorted(
    path
    for folder in ("spec", "overlays", "tools", "tests/tools/fixtures")
    for path in (REPO / folder).rglob("*.y*ml")
    if "__pycache__" not in path.parts
)


def assert_same(expected: Any, actual: Any, where: str = "$") -> None:
    """Equal and of the same types all the way down (``1 == 1.0 == True`` would hide a different resolution)."""
    assert type(expected) is type(actual), f"{where}: {type(expected).__name__} != {type(actual).__name__}"
    if isinstance(expected, dict):
        assert list(expected) == list(actual), f"{where}: keys differ"
        for key in expected:
            assert_same(expected[key], actual[key], f"{where}/{key}")
    elif isinstance(expected, list):
        assert len(expected) == len(actual), f"{where}: lengths differ"
        for index, (left, right) in enumerate(zip(expected, actual)):
            assert_same(left, right, f"{where}/{index}")
    else:
        assert expected == actual, f"{where}: {expected!r} != {actual!r}"


def test_the_project_has_yaml_to_compare() -> None:
    assert len(PROJECT_YAML) > 50


@pytest.mark.parametrize("path", PROJECT_YAML, ids=lambda path: path.relative_to(REPO).as_posix())
def test_fast_loader_builds_the_same_objects_as_safe_load(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert_same(yaml.load(text, Loader=yaml.SafeLoader), safe_load(text))


@pytest.mark.parametrize(
    "text",
    [
        "a: yes\nb: 1.5\nc: 2026-11-26\nd: 0x1f\ne: ~\nf: '1'\n",
        "- !!binary aGVsbG8=\n- 2026-11-26 07:00:00\n- .inf\n",
        "key: |\n  two\n  lines\n",
    ],
)
def test_fast_loader_resolves_implicit_types_like_safe_load(text: str) -> None:
    assert_same(yaml.load(text, Loader=yaml.SafeLoader), safe_load(text))


def test_fast_loader_refuses_what_safe_load_refuses() -> None:
    with pytest.raises(yaml.YAMLError):
        safe_load("a: [1, 2\nb: 3\n")
    with pytest.raises(yaml.constructor.ConstructorError):
        safe_load("!!python/object:os.system {}\n")


# --- writing --------------------------------------------------------------------------------------------------


def reference_yaml(document: Any) -> str:
    """What the pure-Python emitter writes: the bytes ``to_yaml`` must always produce."""
    text: str = yaml.dump(document, Dumper=publish._Dumper, sort_keys=False, allow_unicode=True, width=120)
    return text


# Pieces that steer the emitters into every scalar style: quoting triggers, line breaks with spaces around them,
# YAML-looking words, wide and exotic characters, long runs that get folded at the line width.
_PIECES = st.sampled_from(
    [
        "a",
        "word ",
        " ",
        "  ",
        "\n",
        "\n\n",
        " \n",
        "\n ",
        "\n- ",
        ": ",
        " #",
        "-",
        "'",
        '"',
        "\\",
        "|",
        ">",
        "yes",
        "null",
        "1.5",
        "0",
        "~",
        "é",
        "—",
        "\u00a0",
        "\u3000",
        "\t",
        "\r",
        "\x85",
        "\u2028",
        "\ufeff",
        "\U0001f600",
        "\x07",
        "\x7f",
        "{",
        "}",
        "[",
        "]",
        ",",
        "&",
        "*",
        "!",
        "%",
        "@",
        "`",
    ]
)
_TEXT = st.lists(_PIECES, max_size=12).map("".join) | st.builds(
    lambda word, count, sep: sep.join([word] * count),
    st.sampled_from(["word", "é", "a-b", "x: y", "'q'"]),
    st.integers(1, 60),
    st.sampled_from([" ", "", "\n"]),
)
_SCALARS = _TEXT | st.integers() | st.floats() | st.booleans() | st.none()
_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(_TEXT | st.integers(), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCUMENTS)
def test_to_yaml_writes_what_the_pure_python_emitter_writes(document: Any) -> None:
    assert publish.to_yaml(document) == reference_yaml(document)


@pytest.mark.parametrize(
    "document",
    [
        {"key": "text with a trailing space "},
        {"key": "a line \nbroken after a space"},
        {"key": "tab\tinside"},
        {"": "empty key"},
        {"multi\nline key": 1},
        {"k" * 100: "long key"},
        {"key": "emoji \U0001f600"},
    ],
)
def test_strings_the_emitters_write_differently_take_the_pure_python_path(document: Any) -> None:
    assert not publish._fast_emitter_agrees(document)
    assert publish.to_yaml(document) == reference_yaml(document)


def test_plain_documents_take_the_fast_path() -> None:
    document = {
        "info": {"description": "First line.\n\n  - an indented item\nlast line"},
        200: ["é", "yes", 1.5],
    }
    assert publish._fast_emitter_agrees(document)
    assert publish.to_yaml(document) == reference_yaml(document)


def test_every_variant_of_the_spec_is_written_as_the_pure_python_emitter_would() -> None:
    for document in build_documents(Layout()).values():
        assert publish.to_yaml(document) == reference_yaml(document)
