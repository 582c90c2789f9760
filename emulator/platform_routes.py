"""The routes of the platform area: the reports helpers, imports, migrators, docs and the public bounce handler.

Kept apart from ``routes.py`` so that each area adds its routes in one place; ``routes.routes()`` splices them in.
The parameter patterns are WordPress's own (``routes.json``), so the namespace index prints them unchanged.
"""

from __future__ import annotations

from emulator.handlers import bounce, docs, imports, migrators, report_emails, report_helpers
from emulator.routing import Handler, Route

ANY_METHOD = ("GET", "POST", "PUT", "PATCH", "DELETE")
SLUG = "[a-zA-Z0-9-_]+"
BOUNCE_PARAMS = f"(?P<service_name>{SLUG})", f"(?P<security_code>{SLUG})"


def report_routes() -> list[Route]:
    """``/reports/*`` beyond the dashboard and the time series; their answers never come from the cache."""
    return [
        Route(r"/reports/options", {"GET": report_helpers.options}),
        Route(r"/reports/ajax-options", {"GET": report_helpers.ajax_options}),
        Route(r"/reports/taxonomy-terms", {"GET": report_helpers.taxonomy_terms}),
        Route(r"/reports/cascade_selections", {"GET": report_helpers.cascade_selections}),
        Route(r"/reports/emails", {"GET": report_emails.list_emails, "DELETE": report_emails.delete_emails}),
        Route(r"/reports/advanced-providers", {"GET": report_helpers.advanced_providers}),
        Route(r"/reports/ping", {"GET": report_helpers.ping}),
    ]


def platform_routes() -> list[Route]:
    """Import, docs, bounce handler and migrators, in the order ``api.php`` registers them."""
    bounce_handlers: dict[str, Handler] = dict.fromkeys(ANY_METHOD, bounce.handle_bounce)
    service, code = BOUNCE_PARAMS
    return [
        Route(r"/import/csv-upload", {"POST": imports.upload_csv}),
        Route(r"/import/csv-import", {"POST": imports.import_csv}),
        Route(r"/import/users", {"POST": imports.import_users}),
        Route(r"/import/drivers", {"GET": imports.list_drivers}),
        Route(
            rf"/import/drivers/(?P<driver>{SLUG})", {"GET": imports.get_driver, "POST": imports.run_driver}
        ),
        Route(r"/docs", {"GET": docs.list_docs}),
        Route(r"/docs/(?P<doc_id>[0-9]+)", {"GET": docs.get_doc}),
        Route(r"/docs/addons", {"GET": docs.addons}),
        Route(
            rf"/public/bounce_handler/{service}/handle/{code}", bounce_handlers, cacheable=False, public=True
        ),
        Route(rf"/public/bounce_handler/{service}/{code}", bounce_handlers, cacheable=False, public=True),
        Route(r"/migrators", {"GET": migrators.list_migrators}),
        Route(r"/migrators/verify-cred", {"POST": migrators.remote_call}),
        Route(r"/migrators/list-tag-mappings", {"GET": migrators.remote_call}),
        Route(r"/migrators/summary", {"POST": migrators.remote_call}),
        Route(r"/migrators/import", {"POST": migrators.remote_call}),
    ]
