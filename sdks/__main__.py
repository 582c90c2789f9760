"""``python -m sdks``: the openapi-generator check of ``make sdk-check`` (see ``sdks/openapi_generator.py``)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sdks.openapi_generator import installed_generator, sdk_check, version
from sdks.typescript import SdkCheckFailed


def main() -> int:
    started = time.perf_counter()
    try:
        generator_cli = installed_generator()
        print(f"openapi-generator {version(generator_cli)}")
        with tempfile.TemporaryDirectory(prefix="fluentcrm-sdk-check-") as tmp:
            for line in sdk_check(Path(tmp), generator_cli):
                print(f"ok: {line}")
    except SdkCheckFailed as failure:
        print(f"sdk-check failed: {failure}", file=sys.stderr)
        return 1
    print(f"sdk-check passed in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
