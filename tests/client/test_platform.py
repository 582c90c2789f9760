"""The platform groups of the high-level client against the emulator, over real HTTP: reports helpers, imports
(with the one-call CSV helper), migrators, docs and the bounce handler."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fluentcrm_client import FluentCRM, ValidationError
from fluentcrm_client.csv_import import import_csv_file
from fluentcrm_client.models import (
    BounceHandled,
    BounceRejected,
    DocUnavailable,
    UserImportSummary,
)
from fluentcrm_client.types import File

from tests.client.conftest import unique


def _csv(*emails: str) -> bytes:
    return ("email,first_name\n" + "".join(f"{email},Csv\n" for email in emails)).encode()


def test_reports_helpers(crm: FluentCRM) -> None:
    assert crm.reports.ping().message == "pong"
    options = crm.reports.options(fields="statuses,contact_types").options
    assert [choice.id for choice in options.contact_types] == ["lead", "customer"]
    assert crm.reports.advanced_providers().providers == []
    assert crm.reports.cascade_selections().has_more is True
    assert [term.title for term in crm.reports.taxonomy_terms(taxonomy="category").options] == [
        "Uncategorized"
    ]
    assert crm.reports.ajax_options(option_key="nope").options == []


def test_report_emails_list_iterate_and_delete(crm: FluentCRM) -> None:
    page = crm.reports.emails.list(page=1)
    assert page.emails.current_page == 1
    assert list(crm.reports.emails.iterate(status="sent")) == list(
        crm.reports.emails.iterate(status="sent", page_size=3)
    )
    assert crm.reports.emails.delete(email_ids=[987654321]).message.startswith("Selected emails")


def test_a_csv_import_in_two_steps(crm: FluentCRM) -> None:
    email = unique("two-step") + "@example.com"
    staged = crm.imports.upload_csv(
        file=File(payload=io.BytesIO(_csv(email)), file_name="two.csv", mime_type="text/csv")
    )
    assert staged.headers == ["email", "first_name"]
    assert isinstance(staged.file, str)
    result = crm.imports.import_csv(file=staged.file, map=staged.map, new_status="subscribed")
    assert (result.inserted, result.has_more) == (1, False)
    assert result.result.inserted[0].email == email


def test_the_csv_helper_imports_a_file_from_a_path(crm: FluentCRM, tmp_path: Path) -> None:
    emails = [unique("path") + "@example.com" for _ in range(3)]
    source = tmp_path / "people.csv"
    source.write_bytes(_csv(*emails) + b"not-an-email,Bad\n")
    tag = crm.tags.create(title=unique("imported")).item
    summary = import_csv_file(crm, source, tags=[tag.id])
    assert sorted(contact.email for contact in summary.inserted) == sorted(emails)
    assert [item.email for item in summary.invalid] == ["not-an-email"]
    assert summary.total == 4
    found = crm.contacts.list(search=emails[0]).subscribers.data
    assert [contact.first_name for contact in found] == ["Csv"]
    assert [t.id for t in summary.inserted[0].tags] == [tag.id]


def test_the_csv_helper_reads_file_objects_maps_columns_and_updates_on_request(crm: FluentCRM) -> None:
    email = unique("object") + "@example.com"
    first = import_csv_file(
        crm,
        io.BytesIO(f"E-mail;Nachname\n{email};Alt\n".encode()),
        columns={"E-mail": "email", "Nachname": "last_name"},
        delimiter="semicolon",
    )
    assert [contact.last_name for contact in first.inserted] == ["Alt"]
    source = io.BytesIO(f"email,last_name\n{email},Neu\n".encode())
    kept = import_csv_file(crm, source)
    assert (kept.inserted, kept.updated) == ([], [])
    updated = import_csv_file(crm, io.BytesIO(f"email,last_name\n{email},Neu\n".encode()), update=True)
    assert [contact.last_name for contact in updated.updated] == ["Neu"]


def test_a_file_that_is_not_csv_is_refused(crm: FluentCRM) -> None:
    with pytest.raises(ValidationError) as refused:
        import_csv_file(crm, io.BytesIO(b"\x89PNG\r\n\x00\x00"))
    assert refused.value.field_errors == {"file": {"mimetypes": "The file must be a valid CSV."}}


def test_wordpress_users_and_the_users_driver(crm: FluentCRM) -> None:
    drivers = crm.imports.drivers.list().drivers
    assert set(drivers.additional_properties) == {"csv", "users"}
    preview = crm.imports.drivers.get("users", summary="1", configroles=["editor"])
    assert isinstance(preview, UserImportSummary)
    assert [user.name for user in preview.import_info.subscribers] == ["manager"]
    progress = crm.imports.import_users(roles=["editor"], new_status="subscribed")
    assert (progress.record_total, progress.has_more) == (1, True)


def test_migrators_and_docs(crm: FluentCRM) -> None:
    assert "mailchimp" in crm.migrators.list().drivers.additional_properties
    with pytest.raises(ValidationError) as refused:
        crm.migrators.verify_credentials(driver="Drip")
    assert "blocked" in str(refused.value)
    assert crm.docs.list().docs == []
    assert isinstance(crm.docs.get("123"), DocUnavailable)
    assert not crm.docs.addons().addons.additional_properties["fluentform"].is_installed


def test_the_bounce_handler_refuses_a_wrong_code(crm: FluentCRM) -> None:
    rejected = crm.bounce_handler.get("mailgun", "wrong")
    assert isinstance(rejected, BounceRejected) and rejected.status is False
    unknown = crm.bounce_handler.short_post("nope", "abc")
    assert isinstance(unknown, BounceHandled) and unknown.success == 0
