"""The application password never shows: not in a repr, an exception, a chained cause or a log line."""

from __future__ import annotations

import base64
import logging
import secrets

import pytest
from fluentcrm_client import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    FluentCRM,
    FluentCRMError,
    RetryPolicy,
    ServerError,
)

from emulator.testing import RunningEmulator
from tests.client.conftest import FAST_RETRIES
from tests.client.flaky_server import DROP, Answer, flaky_server


def _secrets_of(username: str, password: str) -> list[str]:
    encoded = base64.b64encode(f"{username}:{password}".encode()).decode()
    return [password, encoded]


def _error_texts(error: BaseException) -> str:
    texts = []
    current: BaseException | None = error
    while current is not None:
        texts += [str(current), repr(current), repr(getattr(current, "body", None))]
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


def test_password_is_sent_but_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    password = secrets.token_urlsafe(20)
    caplog.set_level(logging.DEBUG)
    with (
        flaky_server([Answer(503), DROP, Answer(500)]) as server,
        FluentCRM(
            server.base_url, "admin", password, retry=RetryPolicy(max_retries=2, backoff_factor=0.001)
        ) as crm,
    ):
        shown = [repr(crm), str(crm), repr(crm.client), repr(crm._settings), repr(crm.tags)]
        with pytest.raises(ServerError) as caught:
            crm.tags.list()
    # The credentials did go out (so the checks below are meaningful) ...
    assert server.requests[0].headers["Authorization"] == "Basic " + _secrets_of("admin", password)[1]
    # ... and appear nowhere else.
    haystack = "\n".join([*shown, _error_texts(caught.value), caplog.text])
    assert "retrying GET" in caplog.text  # the retries were logged
    for secret in _secrets_of("admin", password):
        assert secret not in haystack


def test_rejected_credentials_are_not_echoed(
    emulator: RunningEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = secrets.token_urlsafe(20)
    caplog.set_level(logging.DEBUG)
    with (
        FluentCRM(emulator.base_url, emulator.username, wrong, retry=FAST_RETRIES) as crm,
        pytest.raises(AuthenticationError) as caught,
    ):
        crm.contacts.list()
    haystack = _error_texts(caught.value) + caplog.text
    for secret in _secrets_of(emulator.username, wrong):
        assert secret not in haystack


def test_connection_errors_do_not_show_credentials_in_the_url() -> None:
    password = secrets.token_urlsafe(20)
    from emulator.testing import free_port

    url = f"http://admin:{password}@127.0.0.1:{free_port()}"
    with FluentCRM(url, "admin", password, retry=RetryPolicy(max_retries=0)) as crm:
        assert password not in repr(crm)
        with pytest.raises(APIConnectionError) as caught:
            crm.tags.list()
    assert password not in str(caught.value) and password not in repr(caught.value)


def test_from_env(emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLUENTCRM_BASE_URL", emulator.root_url)  # the site URL; the API root is appended
    monkeypatch.setenv("FLUENTCRM_USERNAME", emulator.username)
    monkeypatch.setenv("FLUENTCRM_APP_PASSWORD", emulator.password)
    with FluentCRM.from_env() as crm:
        assert crm.base_url == emulator.base_url
        assert crm.tags.list().tags.total >= 0


def test_missing_configuration_names_the_variables_not_the_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FLUENTCRM_BASE_URL", raising=False)
    monkeypatch.delenv("FLUENTCRM_USERNAME", raising=False)
    password = secrets.token_urlsafe(20)
    monkeypatch.setenv("FLUENTCRM_APP_PASSWORD", password)
    with pytest.raises(ConfigurationError) as caught:
        FluentCRM.from_env()
    assert isinstance(caught.value, FluentCRMError) and isinstance(caught.value, ValueError)
    assert "FLUENTCRM_BASE_URL" in str(caught.value) and "FLUENTCRM_USERNAME" in str(caught.value)
    assert "FLUENTCRM_APP_PASSWORD" not in str(caught.value)
    assert password not in str(caught.value)
