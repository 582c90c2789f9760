"""What the companies, labels, users and bulk tag/list tests share: an API whose every answer is checked against
the spec, and the company-module switch."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from tests.emulator.conftest import PREFIX, Api
from tools.spec_match import SpecMatcher


class CheckedApi:
    """Sends through :class:`Api` and fails the test when an answer does not conform to the OpenAPI document."""

    def __init__(self, api: Api, matcher: SpecMatcher) -> None:
        self.api = api
        self.matcher = matcher

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.api.request(method, path, **kwargs)
        url = urlsplit(str(response.request.url))
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        errors = self.matcher.validate(
            method, url.path.removeprefix(PREFIX), response.status_code, body, url.query
        )
        assert errors == [], errors
        return response

    def get(self, path: str, **kwargs: Any) -> Any:
        return self.call("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> Any:
        return self.call("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> Any:
        return self.call("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> Any:
        return self.call("DELETE", path, **kwargs)


def switch_companies(api: Api, on: bool) -> None:
    """Turn the experimental company module on or off through the emulator's test API."""
    response = api.post(
        "/wp-json/fluentcrm-emulator/v1/experiments", json={"company_module": "yes" if on else "no"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["company_module"] == ("yes" if on else "no")


def new_contact(api: Api, email: str) -> int:
    response = api.post("/subscribers", json={"email": email, "status": "subscribed"})
    assert response.status_code == 200, response.text
    return int(response.json()["contact"]["id"])
