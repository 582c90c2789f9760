"""Where the SDK checks find the published document, the pinned tools and their own sources."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SDKS = REPO / "sdks"
PUBLISHED_JSON = REPO / "generated" / "openapi" / "fluentcrm.openapi.json"
NODE_BIN = REPO / "node_modules" / ".bin"
