"""Every FluentCRM route the emulator serves, with its handlers in the server's ``Allow`` order."""

from __future__ import annotations

import re
from typing import Any

from emulator.contact_routes import contact_subresource_routes
from emulator.contacts_rest_routes import ROUTES as CONTACTS_REST_ROUTES
from emulator.funnel_routes import area_routes as funnel_area_routes
from emulator.handlers import contacts, custom_fields, dashboard, lists, reports, settings, tags
from emulator.handlers.campaigns import campaign_routes
from emulator.handlers.templates import template_routes
from emulator.platform_routes import platform_routes, report_routes
from emulator.routing import NAMESPACE, PREFIX, Route, Router

ID = r"(?P<id>\d+)"


def routes() -> list[Route]:
    return [
        Route(
            r"/subscribers",
            {
                "GET": contacts.list_contacts,
                "POST": contacts.create_contact,
                "DELETE": contacts.delete_contacts,
            },
        ),
        Route(r"/subscribers/bulk-add-update", {"POST": contacts.bulk_add_update}),
        *contact_subresource_routes(),
        Route(
            r"/subscribers/" + ID,
            {
                "GET": contacts.get_contact,
                "DELETE": contacts.delete_contact,
                "PUT": contacts.update_contact,
            },
        ),
        Route(r"/lists", {"GET": lists.list_lists, "POST": lists.create_list}),
        Route(
            r"/lists/" + ID, {"GET": lists.get_list, "PUT": lists.update_list, "DELETE": lists.delete_list}
        ),
        Route(r"/tags", {"GET": tags.list_tags, "POST": tags.create_tag}),
        Route(r"/tags/" + ID, {"GET": tags.get_tag, "PUT": tags.update_tag, "DELETE": tags.delete_tag}),
        Route(r"/reports/dashboard-stats", {"GET": dashboard.dashboard_stats}, cacheable=False),
        Route(r"/reports/subscribers", {"GET": reports.subscriber_growth}, cacheable=False),
        Route(r"/reports/email-sents", {"GET": reports.email_sents}, cacheable=False),
        Route(r"/reports/email-opens", {"GET": reports.email_opens}, cacheable=False),
        Route(r"/reports/email-clicks", {"GET": reports.email_clicks}, cacheable=False),
        *report_routes(),
        Route(
            r"/custom-fields/contacts",
            {
                "GET": custom_fields.get_fields,
                "PUT": custom_fields.save_fields,
            },
        ),
        *settings.routes(),
        *platform_routes(),
        *campaign_routes(),
        *template_routes(),
        *CONTACTS_REST_ROUTES,
        *funnel_area_routes(),
    ]


def build_router() -> Router:
    return Router(routes())


def _display_pattern(pattern: str) -> str:
    """The route's regex as WordPress prints it: FluentCRM registers ids as ``[0-9]+``."""
    return re.sub(r"\(\?P<(\w+)>\\d\+\)", r"(?P<\1>[0-9]+)", pattern)


def options_body(route: Route, self_url: str) -> dict[str, Any]:
    """What WordPress prints for ``OPTIONS``: the namespace, the methods and one endpoint entry per method."""
    body: dict[str, Any] = {
        "namespace": NAMESPACE,
        "methods": list(route.handlers),
        "endpoints": [{"methods": [method], "args": []} for method in route.handlers],
    }
    if "(?P<" not in route.pattern:
        body["_links"] = {"self": [{"href": self_url}]}
    return body


def namespace_index(site_url: str) -> dict[str, Any]:
    """``GET /wp-json/fluent-crm/v2``: the route list, served without a permission check like WordPress does."""
    return {
        "namespace": NAMESPACE,
        "routes": {
            "/" + NAMESPACE + _display_pattern(route.pattern): {
                "namespace": NAMESPACE,
                "methods": list(route.handlers),
                "endpoints": [{"methods": [method], "args": []} for method in route.handlers],
            }
            for route in routes()
        },
        "_links": {"up": [{"href": site_url + "/wp-json/"}]},
    }


__all__ = ["PREFIX", "build_router", "namespace_index", "options_body", "routes"]
