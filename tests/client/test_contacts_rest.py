"""The companies, labels, users, bulk tag and list and custom-field group methods of the high-level client,
against the emulator over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fluentcrm_client import FluentCRM, NotFoundError, ValidationError
from fluentcrm_client.models import (
    CompanyCreateResponse,
    CompanyNoteInputNote,
    CustomFieldInput,
    LabelInputLabel,
    TaxonomyBulkItem,
)

from emulator.testing import RunningEmulator
from tests.client.conftest import unique


def _switch_companies(emulator: RunningEmulator, value: str) -> None:
    response = httpx.post(
        emulator.root_url + "/wp-json/fluentcrm-emulator/v1/experiments",
        json={"company_module": value},
        auth=(emulator.username, emulator.password),
    )
    assert response.status_code == 200, response.text


@pytest.fixture
def companies_on(emulator: RunningEmulator) -> Iterator[None]:
    _switch_companies(emulator, "yes")
    yield
    _switch_companies(emulator, "no")


def _contact(crm: FluentCRM) -> int:
    return crm.contacts.create(email=unique("co") + "@example.com", status="subscribed").contact.id


def test_companies_are_forbidden_until_the_module_is_on(crm: FluentCRM, emulator: RunningEmulator) -> None:
    with pytest.raises(Exception) as raised:
        crm.companies.list()
    assert getattr(raised.value, "status_code", None) == 403
    _switch_companies(emulator, "yes")
    try:
        assert crm.companies.list().companies.total >= 0
    finally:
        _switch_companies(emulator, "no")


@pytest.mark.usefixtures("companies_on")
def test_company_round_trip_with_contacts(crm: FluentCRM) -> None:
    owner = _contact(crm)
    created = crm.companies.create(name=unique("Acme"), owner_id=owner, employees_number=7)
    company = created.company
    assert isinstance(company.id, int) and company.owner_id == owner and company.employees_number == 7
    found = crm.companies.get(company.id).company
    assert (found.owner_id, found.employees_number, found.contacts_count) == (owner, 7, 1)
    member = _contact(crm)
    attached = crm.companies.attach_contacts(subscriber_ids=[member], company_ids=[company.id])
    assert [c.id for c in attached.companies] == [company.id]
    assert crm.companies.get(company.id).company.contacts_count == 2
    crm.companies.detach_contacts(subscriber_ids=[member], company_ids=[company.id])
    assert crm.companies.get(company.id).company.contacts_count == 1
    unattached = crm.companies.search_unattached_contacts(company_id=company.id, limit=100).results
    assert member in [contact.id for contact in unattached]
    updated = crm.companies.update(company.id, name=company.name, city="Springfield")
    assert not isinstance(updated, CompanyCreateResponse) and updated.company.city == "Springfield"
    crm.companies.set_property(property="type", value="Partner", companies=[company.id])
    assert crm.companies.get(company.id).company.type == "Partner"
    assert company.name in [r.name for r in crm.companies.search(search=company.name).results]
    assert crm.companies.custom_tab_view(company.id).heading == ""
    assert "deleted" in crm.companies.delete(company.id).message
    with pytest.raises(NotFoundError):
        crm.companies.get(company.id)


@pytest.mark.usefixtures("companies_on")
def test_iterate_walks_every_page_and_bulk_actions_take_the_given_ids(crm: FluentCRM) -> None:
    prefix = unique("Iter")
    ids = [crm.companies.create(name=f"{prefix} {n}").company.id for n in range(5)]
    seen = [company.id for company in crm.companies.iterate(page_size=2, search=prefix)]
    assert sorted(seen) == sorted(ids)
    done = crm.companies.bulk_action(action_name="delete_companies", company_ids=ids[:3])
    assert done.completed_companies == 3
    assert sorted(company.id for company in crm.companies.iterate(search=prefix)) == sorted(ids[3:])
    crm.companies.bulk_action(action_name="delete_companies", company_ids=ids[3:])


@pytest.mark.usefixtures("companies_on")
def test_company_notes_and_custom_fields(crm: FluentCRM) -> None:
    company = crm.companies.create(name=unique("Noted")).company
    note = CompanyNoteInputNote(title="Call", description="<p>x</p>", type="call")
    created = crm.companies.notes.create(company.id, note=note).note
    assert created.subscriber_id == company.id
    listed = crm.companies.notes.list(company.id).notes
    assert listed.total == 1 and listed.data[0].id == created.id
    edit = CompanyNoteInputNote(title="Call 2", description="d", type="call")
    assert crm.companies.notes.update(company.id, created.id, note=edit).note.title == "Call 2"
    crm.companies.notes.delete(company.id, created.id)
    assert crm.companies.notes.list(company.id).notes.total == 0
    fields = [CustomFieldInput(field_key="text", type="text", label="Region")]
    assert crm.companies.custom_fields.update(fields=fields).fields[0].slug == "region"
    assert [f.label for f in crm.companies.custom_fields.list().fields] == ["Region"]
    with pytest.raises(ValidationError):
        crm.companies.create(name=company.name)


def test_labels(crm: FluentCRM) -> None:
    slug = unique("label")
    label = crm.labels.create(label=LabelInputLabel(slug=slug, title="Hot", color="#ff0000")).label
    assert label.settings.color == "#ff0000"
    assert slug in [item.slug for item in crm.labels.list().labels]
    changed = crm.labels.update(label.id, label=LabelInputLabel(slug=slug, title="Hotter", color="#00ff00"))
    assert changed.label.title == "Hotter"
    crm.labels.delete(label.id)
    with pytest.raises(NotFoundError):
        crm.labels.delete(label.id)


def test_users_and_roles(crm: FluentCRM) -> None:
    users = crm.users.list(roles=["administrator"])
    assert users.total == 1 and users.users[0].display_name == "admin"
    assert "subscriber" in crm.users.roles().roles.to_dict()


def test_bulk_tags_and_lists(crm: FluentCRM) -> None:
    tag_titles = [unique("bulk-tag"), unique("bulk-tag")]
    tag_ids = crm.tags.bulk_create(tags=[TaxonomyBulkItem(title=t) for t in tag_titles]).ids
    found = [crm.tags.get(tag_id).tag for tag_id in tag_ids]
    assert [tag.title for tag in found] == tag_titles
    crm.tags.bulk_delete(tag_ids=tag_ids)
    assert all(crm.tags.get_or_none(tag_id) is None for tag_id in tag_ids)
    for tag_id in tag_ids:
        with pytest.raises(NotFoundError):
            crm.tags.get(tag_id)
    list_ids = crm.lists.bulk_create(lists=[TaxonomyBulkItem(title=unique("bulk-list"))]).ids
    assert len(list_ids) == 1
    crm.lists.bulk_delete(list_ids=list_ids)
    assert all(crm.lists.get_or_none(list_id) is None for list_id in list_ids)


def test_custom_field_group_rename(crm: FluentCRM) -> None:
    group = unique("Group")
    crm.custom_fields.update(
        fields=[CustomFieldInput(field_key="text", type="text", label="Color", slug="color", group=group)]
    )
    renamed = crm.custom_fields.rename_group(old_name=group, new_name=group + "-2")
    assert [field.group for field in renamed.fields] == [group + "-2"]
