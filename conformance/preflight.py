"""One read before the run, so a wrong URL, an unreachable host or rejected credentials end the run at once with
a sentence that says which, instead of minutes of identical failures and a report full of them."""

from __future__ import annotations

import httpx

from conformance.housekeeping import SiteClient
from conformance.resources import COLLECTION, Kind
from conformance.target import TargetError


def check_reachable(client: SiteClient) -> None:
    """Raise :class:`TargetError` unless an authenticated ``GET /subscribers`` is answered with 200.

    A read of one contact is the least the run needs and changes nothing on the site.
    """
    url = f"{client.target.base_url}{COLLECTION[Kind.CONTACT]}"
    try:
        response = client.request("GET", COLLECTION[Kind.CONTACT], params={"per_page": 1})
    except httpx.HTTPError as exc:
        raise TargetError(f"cannot reach {url}: {exc}") from None
    if response.status_code == 200:
        return
    code = _wordpress_code(response)
    if response.status_code == 401:
        reason = "the user name or application password was not accepted"
    elif response.status_code == 403:
        reason = "the user may not use the FluentCRM API (on the free plugin only administrators may)"
    elif response.status_code == 404:
        reason = "no FluentCRM API there; check the URL and that the plugin is active"
    else:
        reason = "unexpected answer"
    detail = f" ({code})" if code else ""
    raise TargetError(f"GET {url} answered HTTP {response.status_code}{detail}: {reason}")


def _wordpress_code(response: httpx.Response) -> str | None:
    try:
        payload = response.json()
    except ValueError:
        return None
    code = payload.get("code") if isinstance(payload, dict) else None
    return code if isinstance(code, str) else None
