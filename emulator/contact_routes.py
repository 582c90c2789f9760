"""The routes under ``/subscribers`` besides the contact itself: bulk and lookup routes, and each contact's
notes, e-mails and profile panels. Methods are listed in the order FluentCRM registers them (its ``Allow``)."""

from __future__ import annotations

from emulator.handlers import contact_bulk as bulk
from emulator.handlers import contact_emails as emails
from emulator.handlers import contact_notes as notes
from emulator.handlers import contact_panels as panels
from emulator.routing import Route

ID = r"(?P<id>\d+)"
NOTE_ID = r"(?P<note_id>\d+)"
CONTACT = r"/subscribers/" + ID


def contact_subresource_routes() -> list[Route]:
    return [
        Route(r"/subscribers/subscribers-property", {"PUT": bulk.update_property}),
        Route(r"/subscribers/sync-segments", {"POST": bulk.sync_segments}),
        Route(r"/subscribers/do-bulk-action", {"POST": bulk.bulk_action}),
        Route(r"/subscribers/prev-next-ids", {"GET": bulk.prev_next_ids}),
        Route(r"/subscribers/search-contacts", {"GET": bulk.search_contacts}),
        Route(r"/subscribers/track-event", {"POST": panels.track_event}),
        Route(CONTACT + r"/emails", {"GET": emails.list_emails, "DELETE": emails.delete_emails}),
        Route(CONTACT + r"/emails/template-mock", {"GET": emails.template_mock}),
        Route(CONTACT + r"/emails/send", {"POST": emails.send_custom_email}),
        Route(CONTACT + r"/send-double-optin", {"POST": emails.send_double_optin}),
        Route(CONTACT + r"/notes", {"GET": notes.list_notes, "POST": notes.create_note}),
        Route(CONTACT + r"/notes/" + NOTE_ID, {"PUT": notes.update_note, "DELETE": notes.delete_note}),
        Route(CONTACT + r"/purchase-history", {"GET": panels.panel("purchase_history")}),
        Route(CONTACT + r"/form-submissions", {"GET": panels.panel("form_submissions")}),
        Route(CONTACT + r"/support-tickets", {"GET": panels.panel("support_tickets")}),
        Route(
            CONTACT + r"/external_view",
            {"GET": panels.panel("external_view"), "POST": panels.save_external_view},
        ),
        Route(CONTACT + r"/info-widgets", {"GET": panels.info_widgets}),
        Route(CONTACT + r"/tracking-events", {"GET": panels.tracking_events}),
        Route(CONTACT + r"/url-metrics", {"GET": panels.url_metrics}),
    ]
