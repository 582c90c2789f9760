"""The note form FluentCRM sends next to a page of notes (``Helper::getNoteSyncFields``): one entry per input, and
the note types as the options of ``type``. Contact and company notes share it."""

from __future__ import annotations

from typing import Any

NOTE_TYPES = (
    ("note", "Note"),
    ("call", "Call"),
    ("email", "Email"),
    ("meeting", "Meeting"),
    ("quote_sent", "Quote: Sent"),
    ("quote_accepted", "Quote: Accepted"),
    ("quote_refused", "Quote: Refused"),
    ("invoice_sent", "Invoice: Sent"),
    ("invoice_part_paid", "Invoice: Part Paid"),
    ("invoice_paid", "Invoice: Paid"),
    ("invoice_refunded", "Invoice: Refunded"),
    ("transaction", "Transaction"),
    ("feedback", "Feedback"),
    ("tweet", "Tweet"),
    ("facebook_post", "Facebook Post"),
)


def note_form() -> dict[str, Any]:
    """A fresh copy of the form, so a handler may not change the shared one."""
    return {
        "fields": {
            "type": {
                "type": "input-option",
                "label": "Type",
                "id": "fc_note_type",
                "name": "type",
                "options": [{"id": key, "label": label} for key, label in NOTE_TYPES],
            },
            "created_at": {
                "type": "input-date",
                "data_type": "datetime",
                "name": "created_at",
                "label": "Date Time",
                "id": "fc_note_title",
                "value_format": "yyyy-MM-dd HH:mm:ss",
                "help": "keep blank for current time",
            },
            "title": {
                "type": "input-text",
                "name": "title",
                "label": "Title",
                "id": "fc_note_title",
                "placeholder": "Your Note Title",
            },
            "description": {
                "type": "wp-editor",
                "name": "description",
                "label": "Description",
                "id": "fc_note_desc",
            },
        }
    }
