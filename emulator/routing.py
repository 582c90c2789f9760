"""The route table: which paths exist under the namespace and which methods each one accepts.

WordPress matches the path first and then the method, and answers ``rest_no_route`` (404) for both failures;
the order of methods here is the order the real server prints in its ``Allow`` header.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from emulator.context import Context, Reply

Handler = Callable[[Context], Reply]
NAMESPACE = "fluent-crm/v2"
PREFIX = "/wp-json/" + NAMESPACE


@dataclass(frozen=True)
class Route:
    pattern: str
    handlers: dict[str, Handler]
    #: Whether a GET answer depends only on the stored data (not on the clock), so it may be reused until the
    #: next write. Reports are not: their default range moves with the date.
    cacheable: bool = True
    #: Whether WordPress lets anyone in (the route's permission callback always agrees), like the bounce handler.
    public: bool = False

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile("^" + self.pattern + "$", re.IGNORECASE)

    @property
    def allow(self) -> str:
        return ", ".join(self.handlers)


class Router:
    def __init__(self, routes: list[Route]) -> None:
        self.routes = routes
        self._compiled = [(route.regex, route) for route in routes]

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        for regex, route in self._compiled:
            found = regex.match(path)
            if found:
                return route, found.groupdict()
        return None
