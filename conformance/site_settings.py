"""Site-wide settings a run must leave as it found them: snapshot before the tests, compare and restore after.

A settings write changes state the run did not create, and FluentCRM offers no way to delete a settings entry
again. So the only settings write safe mode sends is ``PUT /setting`` rewritten by
:func:`confine_global_settings` to store entries that already exist with the values they already have: the
server's answer is still checked, and the site never runs with a changed setting, not even during the run.
Every other settings write, and every operation with a site-wide side effect, is left out unless the run is
``--destructive`` (see :mod:`conformance.resources`).

Independently of that, every readable settings object is read before the run and again after the cleanup; any
difference is written back from the snapshot and read once more, and what still differs is reported as a
problem that fails the run. This also runs after an interrupt, like the record cleanup.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from conformance.housekeeping import SiteClient

#: Entries of the global settings option FluentCRM itself writes. `email_settings` and `business_settings` are
#: answered computed (merged with defaults), so their stored form cannot be read back and they are never sent in
#: safe mode; they are still compared after the run.
GLOBAL_ENTRIES = ("campaign", "email", "email_settings", "business_settings")
COMPUTED_ENTRIES = frozenset({"email_settings", "business_settings"})


@dataclass(frozen=True)
class SettingsObject:
    """One readable and writable settings object: how to read its value and how to write a value back."""

    name: str
    read_path: str
    read_params: dict[str, Any]
    pick: Callable[[Any], Any]
    write: Callable[[Any], tuple[str, str, dict[str, Any]]]


def _key(name: str) -> Callable[[Any], Any]:
    return lambda body: body.get(name) if isinstance(body, dict) else None


def _global_entry(name: str) -> SettingsObject:
    return SettingsObject(
        name=f"/setting {name}",
        read_path="/setting",
        read_params={"settings_keys[]": [name]},
        pick=_key(name),
        write=lambda value: ("PUT", "/setting", {"settings": {name: value}}),
    )


SETTINGS_OBJECTS: tuple[SettingsObject, ...] = (
    *(_global_entry(name) for name in GLOBAL_ENTRIES),
    SettingsObject(
        "/setting/compliance",
        "/setting/compliance",
        {},
        _key("settings"),
        lambda value: ("POST", "/setting/compliance", value),
    ),
    SettingsObject(
        "/setting/experiments",
        "/setting/experiments",
        {},
        _key("settings"),
        lambda value: ("POST", "/setting/experiments", value),
    ),
    SettingsObject(
        "/setting/double-optin",
        "/setting/double-optin",
        {},
        _key("settings"),
        lambda value: ("PUT", "/setting/double-optin", {"settings": value}),
    ),
    SettingsObject(
        "/setting/auto_subscribe_settings",
        "/setting/auto_subscribe_settings",
        {},
        lambda body: (
            {
                key: body.get(key)
                for key in ("registration_setting", "comment_settings", "user_syncing_settings")
            }
            if isinstance(body, dict)
            else None
        ),
        lambda value: ("POST", "/setting/auto_subscribe_settings", value),
    ),
)


@dataclass
class Snapshot:
    """The value of every settings object before the run (``None``: absent or unreadable)."""

    values: dict[str, Any] = field(default_factory=dict)

    def stored_global_entries(self) -> dict[str, Any]:
        """Entries of the global option that exist and are answered as stored, with their values: the only
        entries safe mode writes, and only with these values."""
        return {
            name: self.values[f"/setting {name}"]
            for name in GLOBAL_ENTRIES
            if name not in COMPUTED_ENTRIES and self.values.get(f"/setting {name}") is not None
        }


def _read(client: SiteClient, item: SettingsObject) -> Any:
    response = client.request("GET", item.read_path, params=item.read_params)
    if response.status_code != 200:
        return None
    try:
        return item.pick(response.json())
    except ValueError:
        return None


def take_snapshot(client: SiteClient) -> Snapshot:
    return Snapshot({item.name: copy.deepcopy(_read(client, item)) for item in SETTINGS_OBJECTS})


def restore(client: SiteClient, snapshot: Snapshot) -> list[str]:
    """Write back every settings object that changed; return one line per object still different afterwards."""
    problems = []
    for item in SETTINGS_OBJECTS:
        before = snapshot.values.get(item.name)
        try:
            now = _read(client, item)
            if now == before:
                continue
            if before is None:
                problems.append(f"setting not restored: {item.name} did not exist before the run")
                continue
            method, path, body = item.write(before)
            client.request(method, path, json=body)
            if _read(client, item) != before:
                problems.append(f"setting not restored: {item.name} differs from its value before the run")
        except httpx.HTTPError as exc:
            problems.append(f"setting not checked: {item.name} ({type(exc).__name__})")
    return problems


def confine_global_settings(body: Any, stored: dict[str, Any]) -> dict[str, Any]:
    """A ``PUT /setting`` body that writes only entries the snapshot holds, each with the value it already has."""
    settings = body.get("settings") if isinstance(body, dict) else None
    if not isinstance(settings, dict):
        return {"settings": {}}
    return {"settings": {name: copy.deepcopy(stored[name]) for name in settings if name in stored}}
