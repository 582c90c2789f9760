"""The fast YAML paths (libyaml) must give exactly what the pure-Python ones give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

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
