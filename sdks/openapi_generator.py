"""``make sdk-check``: openapi-generator writes a ``go`` and a ``typescript-fetch`` client from the published
documents, with no warning caused by them; both compile, and both run the same smoke sequence against the emulator
(``sdks/go/main.go``, ``sdks/typescript-fetch/smoke.ts``).

Each generator gets the document meant for it (``generated/openapi/README.md``): Go the canonical one,
typescript-fetch the single-body variant. Its log is read line by line: a ``WARN`` or ``ERROR`` (other than the notice
that 3.1 support is beta) or an inline model whose name the generator had to invent fails the check.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sdks.paths import NODE_BIN, REPO, SDKS
from sdks.typescript import SdkCheckFailed, run

OPENAPI_DIR = REPO / "generated" / "openapi"
GO_MODULE = "github.com/fluentcrm/goclient"
#: Log lines that are not about the document: the generator's notice that its OpenAPI 3.1 support is new.
TOLERATED = ("OpenAPI 3.1 support is still in beta",)
#: Log lines that are about the document although they are not warnings.
INVENTED_NAME = "Inline schema created as"


@dataclass(frozen=True)
class Target:
    generator: str
    document: str  # file name in generated/openapi/
    options: tuple[str, ...] = ()


TARGETS = (
    Target(
        "go",
        "fluentcrm.openapi.json",
        (
            "--git-user-id",
            "fluentcrm",
            "--git-repo-id",
            "goclient",
            "-p",
            "packageName=fluentcrm",
            # `type` is a form field's wire name and a Go keyword: name the Go parameter, keep the wire name.
            "--parameter-name-mappings",
            "type=kind",
            # Go constants share one namespace: `subscribed` of two enums must not both become SUBSCRIBED.
            "-p",
            "enumClassPrefix=true",
        ),
    ),
    Target(
        "typescript-fetch",
        "fluentcrm.single-body.openapi.json",
        ("-p", "supportsES6=true"),
    ),
)

#: The typescript-fetch client and its smoke program compile together, strictly, to CommonJS that Node runs
#: (the generated imports carry no file extensions, which Node resolves only for CommonJS).
TYPESCRIPT_CONFIG = {
    "compilerOptions": {
        "strict": True,
        "target": "ES2022",
        "module": "CommonJS",
        "moduleResolution": "Node10",
        "lib": ["ES2022", "DOM"],
        "types": [],
        "outDir": "out",
        "rootDir": ".",
    },
    "include": ["smoke.ts", "client/**/*.ts"],
}


def document_problems(log: str) -> list[str]:
    """The lines of a generator log that blame the document."""
    problems = []
    for line in log.splitlines():
        complaint = " WARN " in line or " ERROR " in line
        if INVENTED_NAME in line or (complaint and not any(text in line for text in TOLERATED)):
            problems.append(line.strip())
    return problems


def generate(target: Target, out_dir: Path, generator_cli: str) -> None:
    command = [
        generator_cli, "generate", "-g", target.generator, "-i", str(OPENAPI_DIR / target.document),
        "-o", str(out_dir), *target.options,
    ]  # fmt: skip
    log = run(command, cwd=out_dir.parent, timeout=600)
    problems = document_problems(log)
    if problems:
        listed = "\n".join(f"  {line}" for line in problems)
        raise SdkCheckFailed(
            f"openapi-generator {target.generator} complains about {target.document}:\n{listed}"
        )


def build_typescript_smoke(client_dir: Path, work: Path) -> Path:
    """Compile the generated typescript-fetch client with ``sdks/typescript-fetch/smoke.ts``; return the program."""
    smoke_dir = work / "typescript-fetch-smoke"
    smoke_dir.mkdir()
    shutil.copytree(client_dir, smoke_dir / "client")
    shutil.copy(SDKS / "typescript-fetch" / "smoke.ts", smoke_dir / "smoke.ts")
    (smoke_dir / "tsconfig.json").write_text(json.dumps(TYPESCRIPT_CONFIG, indent=2), encoding="utf-8")
    (smoke_dir / "package.json").write_text('{"type": "commonjs"}\n', encoding="utf-8")
    run([str(NODE_BIN / "tsc"), "--project", str(smoke_dir / "tsconfig.json")], cwd=smoke_dir)
    return smoke_dir / "out" / "smoke.js"


def go_environment(work: Path) -> dict[str, str]:
    """Build offline: the generated client needs nothing beyond the standard library."""
    return {
        **os.environ,
        "GOFLAGS": "-mod=mod",
        "GOPROXY": "off",
        "GOTOOLCHAIN": "local",
        "GOPATH": str(work / "gopath"),
        "GOCACHE": str(work / "gocache"),
    }


#: The one third-party package the generated Go client imports (for its ``oneOf`` models), as Debian packages it
#: (``golang-gopkg-validator.v2-dev``, installed by ``make sdk-check``): the build stays offline.
GO_VALIDATOR = ("gopkg.in/validator.v2", Path("/usr/share/gocode/src/gopkg.in/validator.v2"))


def use_debian_go_packages(client_dir: Path, work: Path) -> str:
    """Point the generated module at the Debian copy of its dependency (a module needs a ``go.mod``, which
    Debian's source tree lacks, so the copy gets one); return the ``-replace`` argument for other modules."""
    module, source = GO_VALIDATOR
    if not source.is_dir():
        raise SdkCheckFailed(f"{source} is missing; run `make sdk-check`, which installs it")
    local = work / "go-deps" / module
    shutil.copytree(source, local, ignore=shutil.ignore_patterns("*_test.go"))
    (local / "go.mod").write_text(f"module {module}\n\ngo 1.19\n", encoding="utf-8")
    replace = f"{module}={local}"
    run(["go", "mod", "edit", f"-replace={replace}"], cwd=client_dir, env=go_environment(work))
    return replace


def build_go_smoke(client_dir: Path, work: Path) -> Path:
    """Compile the generated package, then ``sdks/go/main.go`` against it; return the smoke binary."""
    env = go_environment(work)
    dependency = use_debian_go_packages(client_dir, work)
    run(["go", "build", "./..."], cwd=client_dir, env=env, timeout=600)
    smoke_dir = work / "go-smoke"
    smoke_dir.mkdir()
    shutil.copy(SDKS / "go" / "main.go", smoke_dir / "main.go")
    (smoke_dir / "go.mod").write_text(
        f"module fluentcrm-go-smoke\n\ngo 1.19\n\nrequire {GO_MODULE} v0.0.0\n\n"
        f"replace {GO_MODULE} => {client_dir}\n",
        encoding="utf-8",
    )
    run(["go", "mod", "edit", f"-replace={dependency}"], cwd=smoke_dir, env=env)
    binary = work / "go-smoke-bin"
    run(["go", "build", "-o", str(binary), "."], cwd=smoke_dir, env=env, timeout=600)
    return binary


def smoke(command: list[str], cwd: Path, base_url: str, username: str, password: str) -> str:
    """Run a smoke program against the API root ``base_url``; return what it printed."""
    env = {
        **os.environ,
        "FLUENTCRM_BASE_URL": base_url,
        "FLUENTCRM_USERNAME": username,
        "FLUENTCRM_APP_PASSWORD": password,
    }
    return run(command, cwd=cwd, env=env, timeout=120)


def sdk_check(work: Path, generator_cli: str) -> list[str]:
    """Run the whole check in ``work``; return one line per step that passed, raise on the first failure."""
    from emulator.testing import serve

    done = []
    clients = {}
    for target in TARGETS:
        out_dir = work / target.generator
        generate(target, out_dir, generator_cli)
        clients[target.generator] = out_dir
        done.append(
            f"openapi-generator {target.generator} on {target.document}: no warning about the document"
        )
    # The generated code must not depend on the test directory's modules (testify): drop it before building.
    shutil.rmtree(clients["go"] / "test", ignore_errors=True)
    typescript = build_typescript_smoke(clients["typescript-fetch"], work)
    done.append("typescript-fetch client: tsc --strict passes")
    binary = build_go_smoke(clients["go"], work)
    done.append("go client: go build passes")
    with serve(db=":memory:") as emulator:
        login = (emulator.base_url, emulator.username, emulator.password)
        done.append(smoke(["node", str(typescript)], typescript.parent, *login).strip())
        done.append(smoke([str(binary)], binary.parent, *login).strip())
    return done


def installed_generator() -> str:
    """The openapi-generator-cli of the running environment (installed by ``make sdk-check``)."""
    found = shutil.which("openapi-generator-cli", path=str(Path(sys.executable).parent))
    if found is None:
        raise SdkCheckFailed("openapi-generator-cli is not installed; run `make sdk-check`")
    for tool in ("java", "go"):
        if shutil.which(tool) is None:
            raise SdkCheckFailed(f"`{tool}` is not on PATH; run `make sdk-check`, which installs it")
    return found


def version(generator_cli: str) -> str:
    return subprocess.run(
        [generator_cli, "version"], capture_output=True, text=True, check=False
    ).stdout.strip()
