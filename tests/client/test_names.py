"""No name invented by the generator reaches a caller: the facade's signatures and the public models read like the
API (``force_update``, ``include``, ``CompanyMetaCustomValues``), never ``field_force_update``, ``with_`` or
``CompanyMetaCustomValuesType0``."""

from __future__ import annotations

import inspect
import re

import attrs
import pytest
from fluentcrm_client import models, sdk

POSITIONAL_CLASS = re.compile(r"Type\d+")
#: Wire keys that really start with ``field_`` (``field_key``): quoted in the models' ``to_dict``/``from_dict``.
WIRE_FIELD_KEYS = {
    key
    for model in vars(models).values()
    if isinstance(model, type) and attrs.has(model)
    for key in re.findall(r'"(field_\w+)"', inspect.getsource(model))
}


def _invented(name: str) -> bool:
    """The generator's prefix for a name it could not use, or its suffix for a keyword or builtin."""
    return (name.startswith("field_") and name not in WIRE_FIELD_KEYS) or name.endswith("_")


def _public_models() -> dict[str, type]:
    return {name: model for name, model in vars(models).items() if isinstance(model, type) and attrs.has(model)}


def _facade_methods() -> list[tuple[str, object]]:
    found = []
    for group_name, group in vars(sdk).items():
        if not isinstance(group, type) or group.__module__ != sdk.__name__ or group_name.startswith("_"):
            continue
        for name, method in vars(group).items():
            if callable(method) and not name.startswith("_"):
                found.append((f"{group_name}.{name}", method))
    return found


def test_no_model_attribute_or_class_has_an_invented_name() -> None:
    classes = sorted(name for name in vars(models) if POSITIONAL_CLASS.search(name))
    assert classes == []
    attributes = sorted(
        f"{name}.{field.name}"
        for name, model in _public_models().items()
        for field in attrs.fields(model)
        if _invented(field.name)
    )
    assert attributes == []


def test_no_facade_signature_has_an_invented_name() -> None:
    methods = _facade_methods()
    assert len(methods) > 200  # every operation, sync and async
    leaks = []
    for qualified, method in methods:
        for parameter in inspect.signature(method).parameters.values():  # type: ignore[arg-type]
            if _invented(parameter.name) or POSITIONAL_CLASS.search(str(parameter.annotation)):
                leaks.append(f"{qualified}({parameter.name}: {parameter.annotation})")
        returned = str(inspect.signature(method).return_annotation)  # type: ignore[arg-type]
        if POSITIONAL_CLASS.search(returned):
            leaks.append(f"{qualified} -> {returned}")
    assert leaks == []


@pytest.mark.parametrize(
    ("model", "wire", "attribute"),
    [
        ("ContactInput", "__force_update", "force_update"),
        ("PaginatorMeta", "from", "first_item"),
        ("CampaignRecipientSegment", "list", "list_id"),
        ("RouteDescription", "_links", "links"),
    ],
)
def test_declared_names_keep_the_wire_name(model: str, wire: str, attribute: str) -> None:
    """A renamed attribute still reads and writes its wire key."""
    cls = _public_models()[model]
    assert attribute in {field.name for field in attrs.fields(cls)}
    source = inspect.getsource(cls)
    assert f'"{wire}"' in source
