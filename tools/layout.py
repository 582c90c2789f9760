"""Where the pipeline reads and writes, and which overlays build which variant of the spec.

Everything is relative to a :class:`Layout` so that tests can run the real pipeline on a small spec of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tools.yaml_loader import load_file

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / "tools"

#: The two variants the pipeline must produce; ``overlays/overlays.yaml`` may not drop either.
PUBLISHED = "published"
PYTHON_CLIENT = "python-client"
REQUIRED_VARIANTS = (PUBLISHED, PYTHON_CLIENT)


class LayoutError(Exception):
    """The overlay order file is missing, malformed or names an overlay that does not exist."""


@dataclass(frozen=True)
class Layout:
    """The inputs and the output folder of one pipeline run."""

    spec_root: Path = REPO / "spec" / "openapi.yaml"
    overlays_dir: Path = REPO / "overlays"
    generated_dir: Path = REPO / "generated"
    tools_dir: Path = field(default=TOOLS)

    @property
    def variants_file(self) -> Path:
        return self.overlays_dir / "overlays.yaml"

    @property
    def stamp_file(self) -> Path:
        return self.generated_dir / ".stamp"

    def variants(self) -> dict[str, list[Path]]:
        """The overlay files of each variant, in the order they are applied."""
        where = self.variants_file
        data = load_file(where, LayoutError, missing="the overlay order file is missing")
        variants = data.get("variants") if isinstance(data, dict) else None
        if not isinstance(variants, dict):
            raise LayoutError(f"{where}: expected a mapping `variants: {{<name>: [<overlay file>, ...]}}`")
        result: dict[str, list[Path]] = {}
        for name, files in variants.items():
            if not isinstance(files, list) or not all(isinstance(item, str) for item in files):
                raise LayoutError(f"{where}: variant {name!r} must be a list of overlay file names")
            paths = [self.overlays_dir / item for item in files]
            for path in paths:
                if not path.is_file():
                    raise LayoutError(f"{where}: variant {name!r} names {path.name}, which does not exist")
            result[str(name)] = paths
        missing = [name for name in REQUIRED_VARIANTS if name not in result]
        if missing:
            raise LayoutError(f"{where}: variants {', '.join(missing)} must be defined")
        return result
