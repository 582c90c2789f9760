"""The routes of the funnels, webhooks and forms area, in FluentCRM's registration (``Allow``) order."""

from __future__ import annotations

from emulator.handlers import forms, funnel_subscribers, funnels, webhooks
from emulator.routing import Route

ID = r"(?P<id>\d+)"
#: FluentCRM registers this one parameter without a digits constraint, so WordPress's default class applies.
ANY_SEGMENT = r"(?P<subscriber_id>[^\s(?!/)]+)"


def area_routes() -> list[Route]:
    literal = [
        Route(r"/funnels", {"GET": funnels.list_funnels, "POST": funnels.create_funnel}),
        Route(r"/funnels/templates", {"GET": funnels.list_templates}),
        Route(r"/funnels/create-from-template", {"POST": funnels.create_from_template}),
        Route(r"/funnels/import", {"POST": funnels.import_funnel}),
        Route(r"/funnels/all-activities", {"GET": funnel_subscribers.list_activities}),
        Route(r"/funnels/remove-bulk-subscribers", {"POST": funnel_subscribers.remove_rows}),
        Route(r"/funnels/triggers", {"GET": funnels.list_triggers}),
        Route(
            r"/funnels/subscriber/" + ANY_SEGMENT + "/automations",
            {"GET": funnel_subscribers.contact_automations},
        ),
        Route(r"/funnels/funnel/save-funnel-sequences", {"POST": funnels.save_sequences_fallback}),
        Route(r"/funnels/funnel/save-email-action-fallback", {"POST": funnels.save_email_action_fallback}),
        Route(r"/funnels/do-bulk-action", {"POST": funnels.bulk_action}),
        Route(r"/funnels/send-test-webhook", {"POST": funnels.send_test_webhook}),
    ]
    by_id = [
        Route(
            r"/funnels/" + ID,
            {"GET": funnels.get_funnel, "PUT": funnels.update_status, "DELETE": funnels.delete_funnel},
        ),
        Route(r"/funnels/" + ID + "/clone", {"POST": funnels.clone_funnel}),
        Route(r"/funnels/" + ID + "/change-trigger", {"PUT": funnels.change_trigger}),
        Route(r"/funnels/" + ID + "/sequences", {"POST": funnels.save_sequences}),
        Route(r"/funnels/funnel/" + ID + "/title", {"PUT": funnels.update_title}),
        Route(r"/funnels/" + ID + "/sequences/save-email-action", {"POST": funnels.save_email_action}),
        Route(
            r"/funnels/" + ID + "/subscribers",
            {"GET": funnel_subscribers.list_subscribers, "DELETE": funnel_subscribers.remove_subscribers},
        ),
        Route(
            r"/funnels/" + ID + r"/subscribers/(?P<contact_id>\d+)",
            {"GET": funnel_subscribers.subscriber_report},
        ),
        Route(r"/funnels/" + ID + "/report", {"GET": funnel_subscribers.report}),
        Route(r"/funnels/" + ID + "/email_reports", {"GET": funnel_subscribers.email_reports}),
        Route(
            r"/funnels/" + ID + r"/subscribers/(?P<subscriber_id>\d+)/status",
            {"PUT": funnel_subscribers.update_subscriber_status},
        ),
        Route(r"/funnels/" + ID + "/syncable-counts", {"GET": funnel_subscribers.syncable_count}),
        Route(r"/funnels/" + ID + "/sync-new-steps", {"POST": funnel_subscribers.sync_new_steps}),
        Route(r"/funnels/" + ID + "/update-labels", {"PUT": funnels.update_labels}),
    ]
    others = [
        Route(r"/webhooks", {"GET": webhooks.list_webhooks, "POST": webhooks.create_webhook}),
        Route(r"/webhooks/" + ID, {"PUT": webhooks.update_webhook, "DELETE": webhooks.delete_webhook}),
        Route(r"/forms", {"GET": forms.list_forms, "POST": forms.create_form}),
        Route(r"/forms/templates", {"GET": forms.list_templates}),
    ]
    return [*literal, *by_id, *others]
