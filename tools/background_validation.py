"""Validate documents in a second process while this one goes on working with them.

Validation only says yes or no, and the client generator does not need its answer to start, so on a machine with
a spare core the two run side by side. The child gets its own copies of the documents (pickled, which keeps every
type the YAML loader produced), validates them in the given order exactly as :class:`SpecValidation` does in
process, and sends back the first problem or nothing. The verdict is therefore the same as a sequential run's,
whatever the timing. The child is spawned, not forked: a fresh interpreter cannot inherit locks held by threads
of the caller (the test suite runs servers in threads).
"""

from __future__ import annotations

import multiprocessing
import traceback
from multiprocessing.connection import Connection
from typing import Any

from tools.validate import SpecInvalid, SpecValidation

#: What the child sends back: ("valid", None), ("invalid", message) or ("crashed", traceback).
Verdict = tuple[str, str | None]


def _validate_all(connection: Connection, documents: list[tuple[dict[str, Any], str]]) -> None:
    try:
        validation = SpecValidation()
        for document, name in documents:
            validation.validate(document, name)
    except SpecInvalid as exc:
        connection.send(("invalid", str(exc)))
    except BaseException:  # noqa: BLE001 - anything else is reported to the parent, which raises it
        connection.send(("crashed", traceback.format_exc()))
    else:
        connection.send(("valid", None))
    finally:
        connection.close()


class BackgroundValidation:
    """A validation of ``documents`` (pairs of document and name, checked in that order) running in a child."""

    def __init__(self, documents: list[tuple[dict[str, Any], str]]) -> None:
        context = multiprocessing.get_context("spawn")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_validate_all, args=(sender, documents), name="openapi-validation", daemon=True
        )
        self._process.start()
        sender.close()
        self._verdict: Verdict | None = None

    def verdict(self) -> Verdict:
        """Wait for the child and return its verdict."""
        if self._verdict is None:
            try:
                self._verdict = self._receiver.recv()
            except EOFError:
                self._verdict = (
                    "crashed",
                    f"the validation process ended with exit code {self._process.exitcode}",
                )
            finally:
                self._receiver.close()
                self._process.join()
        return self._verdict

    def raise_if_invalid(self) -> None:
        """Raise :class:`SpecInvalid` as an in-process validation would; a crashed child raises ``RuntimeError``."""
        state, detail = self.verdict()
        if state == "invalid":
            raise SpecInvalid(detail)
        if state == "crashed":
            raise RuntimeError(f"validation failed unexpectedly:\n{detail}")

    def cancel(self) -> None:
        """Stop the child (used when the caller is interrupted)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receiver.close()
