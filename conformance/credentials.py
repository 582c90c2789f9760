"""A password wrapper that cannot leak through ``repr``, ``str``, f-strings or tracebacks."""

from __future__ import annotations

REDACTED = "[redacted]"


class Secret:
    """Holds a credential; only :meth:`reveal` returns the value, everything else prints ``[redacted]``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def scrub(self, text: str) -> str:
        """Remove every occurrence of the value from ``text`` (a last line of defence for reports)."""
        if not self._value:
            return text
        return text.replace(self._value, REDACTED)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return f"Secret({REDACTED!r})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret is not serialisable")
