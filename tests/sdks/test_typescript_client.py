"""A TypeScript client generated from the published document compiles under ``tsc --strict`` and works."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from emulator.testing import RunningEmulator, serve
from sdks import typescript
from sdks.paths import NODE_BIN, PUBLISHED_JSON

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (NODE_BIN / "openapi-typescript").exists(),
    reason="needs Node.js and `npm ci` (make test installs both)",
)


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with serve(db=":memory:") as running:
        yield running


@pytest.fixture(scope="module")
def smoke_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return typescript.build(tmp_path_factory.mktemp("typescript-client"))


def test_the_generated_types_describe_every_operation(smoke_program: Path) -> None:
    types = (smoke_program.parent.parent / typescript.TYPES_FILE).read_text(encoding="utf-8")
    for operation in ("createContact", "getContact", "updateContact", "listContacts", "deleteContact"):
        assert f"    {operation}: {{" in types


def test_open_enums_keep_their_known_values(smoke_program: Path) -> None:
    """The known values of an open enum survive as literal types beside `string` (the smoke program also checks
    at compile time that `ContactStatusKnown` refuses another value and `ContactStatus` takes it)."""
    types = (smoke_program.parent.parent / typescript.TYPES_FILE).read_text(encoding="utf-8")
    assert (
        'ContactStatus: components["schemas"]["ContactStatusKnown"] | components["schemas"]["ContactStatusOther"];'
        in types
    )
    assert re.search(r'ContactStatusKnown: "subscribed" \| "pending" \| [^;]*"spammed";', types)
    assert "ContactStatusOther: string;" in types
    assert 'action_type: ("created" | "updated") | string;' in types


def test_known_values_that_do_not_survive_fail_the_strict_build(tmp_path: Path) -> None:
    """Were the known values lost (a bare `string`), the smoke program's expectation of an error would not hold."""
    document = json.loads(PUBLISHED_JSON.read_text(encoding="utf-8"))
    document["components"]["schemas"]["ContactStatusKnown"] = {"type": "string"}
    bare = tmp_path / "bare.openapi.json"
    bare.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(typescript.SdkCheckFailed, match="Unused '@ts-expect-error'"):
        typescript.build(tmp_path / "work", document=bare)


def test_create_get_update_list_delete(smoke_program: Path, emulator: RunningEmulator) -> None:
    output = typescript.smoke(smoke_program, emulator.base_url, emulator.username, emulator.password)
    assert "create, get, update, list, delete of contact" in output


def test_a_type_mismatch_fails_the_strict_build(tmp_path: Path) -> None:
    """The smoke program's runtime expectations are checked against the generated types by the compiler."""
    work = tmp_path / "broken"
    shutil.copytree(typescript.SOURCES, work)
    smoke = work / "smoke.mts"
    smoke.write_text(
        smoke.read_text(encoding="utf-8").replace('{ id: "number", email', '{ id: "string", email', 1)
    )
    with pytest.raises(typescript.SdkCheckFailed, match="smoke.mts"):
        typescript.build(work, sources=work)
