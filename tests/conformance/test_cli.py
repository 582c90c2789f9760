"""The command line: target selection, password handling and exit codes."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from conformance import cli
from tests.conformance.conftest import emulator_target

pytestmark = pytest.mark.timeout(120)


def test_live_target_needs_a_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FLUENTCRM_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("FLUENTCRM_USERNAME", "admin")
    monkeypatch.delenv("FLUENTCRM_APP_PASSWORD", raising=False)
    assert cli.main(["--quiet"]) == cli.EXIT_USAGE
    assert "FLUENTCRM_APP_PASSWORD" in capsys.readouterr().err


def test_ci_profile_refuses_a_live_url() -> None:
    assert cli.main(["--profile", "ci", "--base-url", "http://127.0.0.1:9"]) == cli.EXIT_USAGE


def test_options_follow_profile_and_flags() -> None:
    args = cli.build_parser().parse_args(["--profile", "ci", "--max-examples", "3", "--operation", "getTag"])
    options = cli.options_from(args)
    assert options.seed is not None and options.destructive and options.negative
    assert options.max_examples == 3 and options.operations == ("getTag",)
    default = cli.options_from(cli.build_parser().parse_args([]))
    assert not default.destructive and not default.negative


def test_run_against_live_settings_writes_reports_without_the_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with emulator_target() as target:
        password = target.password.reveal()
        monkeypatch.setenv("FLUENTCRM_BASE_URL", target.base_url)
        monkeypatch.setenv("FLUENTCRM_USERNAME", target.username)
        monkeypatch.setenv("FLUENTCRM_APP_PASSWORD", password)
        code = cli.main(
            ["--operation", "listTags", "--max-examples", "3", "--seed", "1", "--report-dir", str(tmp_path)]
        )
    captured = capsys.readouterr()
    assert code == cli.EXIT_OK, captured.out
    assert "listTags" in captured.out and "phase" in captured.err
    token = base64.b64encode(f"{target.username}:{password}".encode()).decode()
    for path in (tmp_path / "report.md", tmp_path / "junit.xml"):
        assert path.exists()
        assert password not in path.read_text() and token not in path.read_text()
    assert password not in captured.out + captured.err and token not in captured.out + captured.err


def test_password_prompt_reads_stdin_when_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("piped-secret\n"))
    secret = cli.read_password(True)
    assert secret is not None and secret.reveal() == "piped-secret"
    assert cli.read_password(False) is None


def test_unreadable_spec_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_openapi = tmp_path / "list.json"
    not_openapi.write_text("[1, 2]")
    assert cli.main(["--spec", str(not_openapi), "--quiet"]) == cli.EXIT_USAGE
    assert "not an OpenAPI document" in capsys.readouterr().err


def test_refused_credentials_end_the_run_at_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with emulator_target() as target:
        monkeypatch.setenv("FLUENTCRM_BASE_URL", target.base_url)
        monkeypatch.setenv("FLUENTCRM_USERNAME", target.username)
        monkeypatch.setenv("FLUENTCRM_APP_PASSWORD", "not-the-password")
        code = cli.main(["--quiet", "--report-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE
    assert "HTTP 401" in err and "application password was not accepted" in err
    assert "not-the-password" not in err
    assert not (tmp_path / "report.md").exists()


def test_unreachable_server_is_one_sentence_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # bound but not listening: connections are refused
        monkeypatch.setenv("FLUENTCRM_BASE_URL", f"http://127.0.0.1:{port}")
        monkeypatch.setenv("FLUENTCRM_USERNAME", "admin")
        monkeypatch.setenv("FLUENTCRM_APP_PASSWORD", "irrelevant")
        code = cli.main(["--quiet"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE
    assert "cannot reach" in err and "Traceback" not in err


def test_a_url_without_the_api_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with emulator_target() as target:
        monkeypatch.setenv("FLUENTCRM_BASE_URL", target.base_url.replace("fluent-crm", "no-such-plugin"))
        monkeypatch.setenv("FLUENTCRM_USERNAME", target.username)
        monkeypatch.setenv("FLUENTCRM_APP_PASSWORD", target.password.reveal())
        code = cli.main(["--quiet"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE and "HTTP 404" in err and "check the URL" in err
