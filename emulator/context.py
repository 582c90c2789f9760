"""What a handler sees of a request, and what it gives back."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from emulator.auth import User
from emulator.form_data import UploadedFile
from emulator.storage import Database


@dataclass
class Reply:
    """A handler's answer. ``bench`` adds FluentCRM's ``__bench`` timing field to an object body."""

    body: Any
    status: int = 200
    bench: bool = True
    raw: bytes | None = None


@dataclass
class Context:
    method: str
    path_params: dict[str, str]
    query: dict[str, Any]
    body: dict[str, Any]
    json_body: Any
    files: dict[str, UploadedFile]
    params: dict[str, Any]
    db: Database
    user: User
    site_url: str
    paginator_path: str
    started: float = field(default_factory=time.perf_counter)

    def get(self, name: str, default: Any = None) -> Any:
        """A request parameter the way FluentCRM's ``$request->get()`` reads it (body over query)."""
        value = self.params.get(name, default)
        return default if value is None and default is not None else value

    def has(self, name: str) -> bool:
        return name in self.params

    def json(self, name: str, default: Any = None) -> Any:
        """``$request->getJson()``: a value from the JSON body, falling back to the merged parameters."""
        if isinstance(self.json_body, dict) and name in self.json_body:
            return self.json_body[name]
        return self.params.get(name, default)


def now_mysql() -> str:
    """The current site-local (UTC) time as MySQL prints a DATETIME."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
