"""Build, validate and publish the OpenAPI documents in a second process while this one generates the client.

The two halves of a run only share their inputs: the published documents need every variant validated, the client
generator needs only the python-client variant. So the child runs exactly what a sequential run would run first
(:func:`tools.documents.build_documents`, then the JSON and YAML files) and the parent builds its own copy of the
python-client variant from the same files meanwhile. Leaving :func:`openapi_alongside` waits for the child:

* if the child failed, its exception is raised, in place of anything the block raised: it is the error a
  sequential run would have stopped at first (an invalid spec, a broken overlay, an invalid variant), and a
  generator choking on an invalid document is a consequence of it;
* otherwise anything the block raised propagates.

The output folder is therefore only written in full when both halves succeeded, and the verdict never depends on
timing. The child is spawned, not forked, so it cannot inherit locks held by threads of the caller (the test suite
runs servers in threads); it costs a second core for about half a second, not time on this one.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path

from tools.layout import PUBLISHED, PYTHON_CLIENT, Layout


def published_basename(variant: str) -> str:
    """``fluentcrm.openapi`` for the canonical document, ``fluentcrm.<variant>.openapi`` for a named variant."""
    from tools.generate import OPENAPI_BASENAME

    if variant == PUBLISHED:
        return OPENAPI_BASENAME
    return OPENAPI_BASENAME.replace(".openapi", f".{variant}.openapi")


def publish_openapi(layout: Layout, openapi_dir: Path) -> None:
    """Validate every variant and write the published ones as JSON and YAML into ``openapi_dir``: the canonical
    document and every named variant of ``overlays/overlays.yaml`` except the Python client's own input; and the
    HTML reference of the canonical document into ``reference/`` beside it."""
    from tools.documents import build_documents
    from tools.publish import to_json, to_yaml

    documents = build_documents(layout)
    openapi_dir.mkdir(parents=True)
    for variant, document in documents.items():
        if variant == PYTHON_CLIENT:
            continue
        basename = published_basename(variant)
        (openapi_dir / f"{basename}.json").write_text(to_json(document), encoding="utf-8")
        (openapi_dir / f"{basename}.yaml").write_text(to_yaml(document), encoding="utf-8")
    from tools.reference import render_reference

    reference_dir = openapi_dir.parent / "reference"
    reference_dir.mkdir()
    (reference_dir / "index.html").write_text(render_reference(documents[PUBLISHED]), encoding="utf-8")
    readme = layout.tools_dir / "openapi-README.md"
    if readme.is_file():
        (openapi_dir / "README.md").write_text(readme.read_text(encoding="utf-8"), encoding="utf-8")


def _child(connection: Connection, layout: Layout, openapi_dir: Path) -> None:
    try:
        publish_openapi(layout, openapi_dir)
    except BaseException as exc:  # noqa: BLE001 - every failure goes to the parent, which raises it
        details = traceback.format_exc()
        try:
            connection.send((exc, details))
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled travels as its traceback
            connection.send((None, details))
    else:
        connection.send((None, None))
    connection.close()
    # Everything is written and reported: end without the interpreter's teardown of the modules and documents
    # (about a tenth of a second the parent would otherwise spend waiting in ``join``).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@contextmanager
def openapi_alongside(layout: Layout, openapi_dir: Path) -> Iterator[None]:
    """Run :func:`publish_openapi` in a second process for the duration of the block (see the module docstring)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, layout, openapi_dir), name="fluentcrm-openapi", daemon=True
    )
    process.start()
    sender.close()
    try:
        try:
            yield
        except Exception:
            _raise_child_failure(receiver, process)
            raise
        _raise_child_failure(receiver, process)
    finally:
        if process.is_alive() and not receiver.closed:  # interrupted: nobody waits for the child any more
            process.terminate()
        receiver.close()
        process.join()


def _raise_child_failure(receiver: Connection, process: multiprocessing.process.BaseProcess) -> None:
    try:
        failure, details = receiver.recv()
    except EOFError:
        process.join()
        raise RuntimeError(
            f"the OpenAPI process ended with exit code {process.exitcode} and no result"
        ) from None
    finally:
        receiver.close()
    if failure is not None:
        # The child's traceback, for failures that are shown with one (expected ones print only their message).
        failure.add_note(f"raised in the OpenAPI process:\n{details}")
        raise failure
    if details is not None:
        raise RuntimeError(f"the OpenAPI process failed:\n{details}")
