"""The routes of the companies, labels and users controllers, the bulk tag and list routes and the custom-field
group rename, in the order FluentCRM registers them (their methods in its ``Allow`` order)."""

from __future__ import annotations

from emulator.handlers import companies, company_notes, custom_fields, labels, lists, tags, users
from emulator.routing import Route

ID = r"(?P<id>\d+)"
NOTE_ID = r"(?P<note_id>\d+)"

ROUTES: list[Route] = [
    Route(r"/tags/do-bulk-action", {"POST": tags.bulk_delete_tags}),
    Route(r"/tags/bulk", {"POST": tags.bulk_create_tags}),
    Route(r"/lists/do-bulk-action", {"POST": lists.bulk_delete_lists}),
    Route(r"/lists/bulk", {"POST": lists.bulk_create_lists}),
    Route(r"/custom-fields/contacts/update_group_name", {"PUT": custom_fields.rename_group}),
    Route(r"/labels", {"GET": labels.list_labels, "POST": labels.create_label}),
    Route(r"/labels/" + ID, {"PUT": labels.update_label, "DELETE": labels.delete_label}),
    Route(r"/users", {"GET": users.list_users}),
    Route(r"/users/roles", {"GET": users.list_roles}),
    Route(r"/companies", {"GET": companies.list_companies, "POST": companies.create_company}),
    Route(
        r"/companies/" + ID,
        {"GET": companies.get_company, "PUT": companies.update_company, "DELETE": companies.delete_company},
    ),
    Route(r"/companies/search", {"GET": companies.search_companies}),
    Route(r"/companies/search-unattached-contacts", {"GET": companies.search_unattached_contacts}),
    Route(r"/companies/companies-property", {"PUT": companies.update_property}),
    Route(r"/companies/attach-subscribers", {"POST": companies.attach_contacts}),
    Route(r"/companies/detach-subscribers", {"POST": companies.detach_contacts}),
    Route(r"/companies/do-bulk-action", {"POST": companies.bulk_action}),
    Route(
        r"/companies/" + ID + r"/notes", {"GET": company_notes.list_notes, "POST": company_notes.create_note}
    ),
    Route(
        r"/companies/" + ID + r"/notes/" + NOTE_ID,
        {"PUT": company_notes.update_note, "DELETE": company_notes.delete_note},
    ),
    Route(r"/companies/csv-import", {"POST": companies.import_csv}),
    Route(
        r"/companies/custom-fields",
        {"GET": companies.get_custom_fields, "PUT": companies.save_custom_fields},
    ),
    Route(r"/companies/" + ID + r"/custom_tab_view", {"GET": companies.custom_tab_view}),
]
