"""Bundle the split ``spec/`` tree into one self-contained OpenAPI document.

The spec is split by resource so that a reader can find an operation by its file name, but every consumer
(validators, generators, other languages) wants a single document. The rules are deliberately strict so that
the bundled output is predictable:

* the root document maps each path to a file under ``paths/`` and each reusable object to a file under
  ``components/<section>/``;
* a ``$ref`` to a file that the root registers as a component becomes a local ``#/components/...`` reference;
* a ``$ref`` to any other file is inlined (its own references are resolved relative to it);
* a ``$ref`` to a registered response or parameter that carries keys other than ``summary``/``description``
  (an operation's ``x-fluentcrm-faults`` on a shared 500) is inlined too, with those keys added: an OpenAPI
  Reference Object cannot carry them;
* a ``$ref`` may carry a JSON-pointer fragment (``file.yaml#/properties/id``) which is followed after loading;
* local ``#/...`` references are only allowed in the root document, where they already mean the bundle.

Key order follows the source files, so two runs give identical output.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote

from tools.yaml_loader import load_file

DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml"


class BundleError(Exception):
    """The split spec cannot be bundled; the message names the file and the reference."""


def _load(path: Path) -> Any:
    return load_file(path, BundleError)


def _follow_pointer(doc: Any, pointer: str, where: str) -> Any:
    if pointer in ("", "/"):
        return doc
    node = doc
    for raw in pointer.lstrip("/").split("/"):
        token = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise BundleError(f"{where}: JSON pointer {pointer!r} does not resolve")
    return node


class _Bundler:
    def __init__(self, root_path: Path) -> None:
        self.root_path = root_path.resolve()
        self.base = self.root_path.parent
        self.cache: dict[Path, Any] = {}
        # file path -> "#/components/<section>/<name>"
        self.registered: dict[Path, str] = {}

    def load(self, path: Path) -> Any:
        path = path.resolve()
        if path not in self.cache:
            self.cache[path] = _load(path)
        return self.cache[path]

    def bundle(self) -> dict[str, Any]:
        root = self.load(self.root_path)
        if not isinstance(root, dict):
            raise BundleError(f"{self.root_path}: the root document must be a mapping")
        components = root.get("components", {}) or {}
        for section, entries in components.items():
            if not isinstance(entries, dict):
                continue
            for name, entry in entries.items():
                if isinstance(entry, dict) and set(entry) == {"$ref"} and not entry["$ref"].startswith("#"):
                    ref = entry["$ref"]
                    if "#" in ref:
                        raise BundleError(
                            f"{self.root_path}: component {section}/{name} must reference a whole file"
                        )
                    target = (self.base / ref).resolve()
                    if target in self.registered:
                        raise BundleError(
                            f"{self.root_path}: {ref} is registered twice "
                            f"({self.registered[target]} and #/components/{section}/{name})"
                        )
                    self.registered[target] = f"#/components/{section}/{name}"

        out: dict[str, Any] = {}
        for key, value in root.items():
            if key == "components":
                out[key] = {
                    section: {
                        name: self._component(section, name, entry) for name, entry in (entries or {}).items()
                    }
                    if isinstance(entries, dict)
                    else entries
                    for section, entries in components.items()
                }
            elif key == "paths":
                out[key] = {
                    route: self._resolve(item, self.root_path, (), inline_root=True)
                    for route, item in (value or {}).items()
                }
            else:
                out[key] = self._resolve(value, self.root_path, (), inline_root=True)
        return out

    def _component(self, section: str, name: str, entry: Any) -> Any:
        if isinstance(entry, dict) and set(entry) == {"$ref"} and not entry["$ref"].startswith("#"):
            target = (self.base / entry["$ref"]).resolve()
            return self._resolve(self.load(target), target, (target,))
        return self._resolve(entry, self.root_path, (), inline_root=True)

    def _resolve(self, node: Any, here: Path, stack: tuple[Path, ...], inline_root: bool = False) -> Any:
        # Every mapping and list is rebuilt here, so a file inlined in several places never shares (or lets
        # anyone change) the parsed original kept in the cache: no deep copy is needed.
        if isinstance(node, list):
            return [self._resolve(item, here, stack, inline_root) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node and isinstance(node["$ref"], str):
            ref = node["$ref"]
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            resolved = self._ref(ref, here, stack, inline_root, copy_registered=_extends(siblings))
            if siblings:
                # OpenAPI 3.1 allows summary/description next to $ref; JSON Schema 2020-12 allows any keyword.
                extra = {k: self._resolve(v, here, stack, inline_root) for k, v in siblings.items()}
                return {**resolved, **extra}
            return resolved
        return {key: self._resolve(value, here, stack, inline_root) for key, value in node.items()}

    def _ref(
        self, ref: str, here: Path, stack: tuple[Path, ...], inline_root: bool, copy_registered: bool = False
    ) -> dict[str, Any]:
        file_part, _, fragment = ref.partition("#")
        if not file_part:
            if not inline_root and here != self.root_path:
                raise BundleError(
                    f"{here}: local reference {ref!r} is ambiguous in a split file; reference the component file instead"
                )
            return {"$ref": ref}
        target = (here.parent / file_part).resolve()
        if not target.is_file():
            raise BundleError(f"{here}: $ref {ref!r} points to a missing file ({target})")
        if target in self.registered and copy_registered and "/schemas/" not in self.registered[target]:
            # An OpenAPI Reference Object may carry only summary and description: a registered response or
            # parameter that an operation extends (x-fluentcrm-faults on a 500) is copied in, extended.
            return self._resolve(
                _follow_pointer(self.load(target), fragment, f"{here}: $ref {ref!r}"), target, stack
            )
        if target in self.registered and not fragment:
            return {"$ref": self.registered[target]}
        if target in self.registered and fragment:
            return {"$ref": self.registered[target] + fragment}
        if target in stack:
            chain = " -> ".join(str(p.relative_to(self.base)) for p in (*stack, target))
            raise BundleError(
                f"circular inline reference: {chain}; register one of these files as a component"
            )
        node = _follow_pointer(self.load(target), fragment, f"{here}: $ref {ref!r}")
        return self._resolve(node, target, (*stack, target))


def _extends(siblings: dict[str, Any]) -> bool:
    """Whether keys next to a ``$ref`` go beyond what an OpenAPI Reference Object allows (summary, description)."""
    return any(key not in ("summary", "description") for key in siblings)


def bundle(root: Path = DEFAULT_ROOT) -> dict[str, Any]:
    """Return the bundled document for the split spec whose root file is ``root``."""
    return _Bundler(Path(root)).bundle()
