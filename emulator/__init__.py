"""A stateful FluentCRM 2.9.84 look-alike for tests and benchmarks.

The emulator answers the REST routes under ``/wp-json/fluent-crm/v2`` the way the recorded server does (same
wrappers, key order, types, messages and quirks) while keeping its data in SQLite, so client code and the
conformance suite can run without WordPress.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
