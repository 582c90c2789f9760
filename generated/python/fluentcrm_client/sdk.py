"""The high-level FluentCRM client: :class:`FluentCRM` and :class:`AsyncFluentCRM`.

Each resource group (``crm.contacts``, ``crm.lists``, ``crm.tags``, ``crm.reports``, ``crm.custom_fields``) has one
method per API operation, with the same typed arguments as the generated ``fluentcrm_client.api`` functions. A
method returns the parsed success body and raises a :class:`~fluentcrm_client.FluentCRMError` subclass otherwise.

This module is generated from the OpenAPI description; do not edit it by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from ._base import (
    Settings,
    async_client,
    check_response,
    parsing,
    resolve_settings,
    sync_client,
    translate_transport_error,
)
from .api.companies import attach_company_contacts as _attach_company_contacts
from .api.companies import companies_bulk_action as _companies_bulk_action
from .api.companies import create_company as _create_company
from .api.companies import create_company_note as _create_company_note
from .api.companies import delete_company as _delete_company
from .api.companies import delete_company_note as _delete_company_note
from .api.companies import detach_company_contacts as _detach_company_contacts
from .api.companies import get_company as _get_company
from .api.companies import get_company_custom_fields as _get_company_custom_fields
from .api.companies import get_company_custom_tab_view as _get_company_custom_tab_view
from .api.companies import import_companies_csv as _import_companies_csv
from .api.companies import list_companies as _list_companies
from .api.companies import list_company_notes as _list_company_notes
from .api.companies import search_companies as _search_companies
from .api.companies import search_unattached_contacts as _search_unattached_contacts
from .api.companies import update_companies_property as _update_companies_property
from .api.companies import update_company as _update_company
from .api.companies import update_company_custom_fields as _update_company_custom_fields
from .api.companies import update_company_note as _update_company_note
from .api.contacts import bulk_add_update_contacts as _bulk_add_update_contacts
from .api.contacts import create_contact as _create_contact
from .api.contacts import delete_contact as _delete_contact
from .api.contacts import delete_contacts as _delete_contacts
from .api.contacts import get_contact as _get_contact
from .api.contacts import list_contacts as _list_contacts
from .api.contacts import update_contact as _update_contact
from .api.custom_fields import get_contact_custom_fields as _get_contact_custom_fields
from .api.custom_fields import rename_contact_custom_field_group as _rename_contact_custom_field_group
from .api.custom_fields import update_contact_custom_fields as _update_contact_custom_fields
from .api.labels import create_label as _create_label
from .api.labels import delete_label as _delete_label
from .api.labels import list_labels as _list_labels
from .api.labels import update_label as _update_label
from .api.lists import bulk_create_lists as _bulk_create_lists
from .api.lists import bulk_delete_lists as _bulk_delete_lists
from .api.lists import create_list as _create_list
from .api.lists import delete_list as _delete_list
from .api.lists import get_list as _get_list
from .api.lists import list_lists as _list_lists
from .api.lists import update_list as _update_list
from .api.reports import get_dashboard_stats as _get_dashboard_stats
from .api.reports import get_email_click_stats as _get_email_click_stats
from .api.reports import get_email_open_stats as _get_email_open_stats
from .api.reports import get_email_sent_stats as _get_email_sent_stats
from .api.reports import get_subscriber_growth as _get_subscriber_growth
from .api.tags import bulk_create_tags as _bulk_create_tags
from .api.tags import bulk_delete_tags as _bulk_delete_tags
from .api.tags import create_tag as _create_tag
from .api.tags import delete_tag as _delete_tag
from .api.tags import get_tag as _get_tag
from .api.tags import list_tags as _list_tags
from .api.tags import update_tag as _update_tag
from .api.users import list_user_roles as _list_user_roles
from .api.users import list_users as _list_users
from .client import Client
from .models import CompanyWithCounts, ContactListItem, ListItem, TagItem
from .models.bulk_add_update_input import BulkAddUpdateInput
from .models.bulk_add_update_response import BulkAddUpdateResponse
from .models.company_attach_response import CompanyAttachResponse
from .models.company_bulk_action_form_input import CompanyBulkActionFormInput
from .models.company_bulk_action_input import CompanyBulkActionInput
from .models.company_bulk_action_response import CompanyBulkActionResponse
from .models.company_contacts_form_input import CompanyContactsFormInput
from .models.company_contacts_input import CompanyContactsInput
from .models.company_create_response import CompanyCreateResponse
from .models.company_csv_import_input import CompanyCsvImportInput
from .models.company_csv_import_response import CompanyCsvImportResponse
from .models.company_detach_response import CompanyDetachResponse
from .models.company_find_response import CompanyFindResponse
from .models.company_index_response import CompanyIndexResponse
from .models.company_input import CompanyInput
from .models.company_note_create_response import CompanyNoteCreateResponse
from .models.company_note_input import CompanyNoteInput
from .models.company_note_update_response import CompanyNoteUpdateResponse
from .models.company_notes_response import CompanyNotesResponse
from .models.company_property_form_input import CompanyPropertyFormInput
from .models.company_property_input import CompanyPropertyInput
from .models.company_search_response import CompanySearchResponse
from .models.company_tab_view import CompanyTabView
from .models.company_update_response import CompanyUpdateResponse
from .models.contact_bulk_delete_input import ContactBulkDeleteInput
from .models.contact_create_response import ContactCreateResponse
from .models.contact_find_response import ContactFindResponse
from .models.contact_form_input import ContactFormInput
from .models.contact_index_response import ContactIndexResponse
from .models.contact_input import ContactInput
from .models.contact_status_input import ContactStatusInput
from .models.contact_update_fields import ContactUpdateFields
from .models.contact_update_form_input import ContactUpdateFormInput
from .models.contact_update_response import ContactUpdateResponse
from .models.custom_field_group_rename_input import CustomFieldGroupRenameInput
from .models.custom_fields_response import CustomFieldsResponse
from .models.custom_fields_save_request import CustomFieldsSaveRequest
from .models.custom_fields_save_response import CustomFieldsSaveResponse
from .models.dashboard_stats import DashboardStats
from .models.get_company_custom_fields_with_item import (
    GetCompanyCustomFieldsWithItem,
)
from .models.get_company_find_by import GetCompanyFindBy
from .models.get_contact_custom_fields_with_item import (
    GetContactCustomFieldsWithItem,
)
from .models.get_contact_with_item import GetContactWithItem
from .models.label_index_response import LabelIndexResponse
from .models.label_input import LabelInput
from .models.label_save_response import LabelSaveResponse
from .models.list_bulk_create_input import ListBulkCreateInput
from .models.list_bulk_delete_form_input import ListBulkDeleteFormInput
from .models.list_bulk_delete_input import ListBulkDeleteInput
from .models.list_companies_sort_by import ListCompaniesSortBy
from .models.list_companies_sort_order import ListCompaniesSortOrder
from .models.list_contacts_sort_by import ListContactsSortBy
from .models.list_contacts_sort_type import ListContactsSortType
from .models.list_create_response import ListCreateResponse
from .models.list_delete_response import ListDeleteResponse
from .models.list_index_response import ListIndexResponse
from .models.list_input import ListInput
from .models.list_lists_all_lists import ListListsAllLists
from .models.list_lists_exclude_counts import ListListsExcludeCounts
from .models.list_lists_sort_by import ListListsSortBy
from .models.list_lists_sort_order import ListListsSortOrder
from .models.list_object import ListObject
from .models.list_tags_all_tags import ListTagsAllTags
from .models.list_tags_exclude_counts import ListTagsExcludeCounts
from .models.list_tags_sort_by import ListTagsSortBy
from .models.list_tags_sort_order import ListTagsSortOrder
from .models.list_update_response import ListUpdateResponse
from .models.list_users_fields_item import ListUsersFieldsItem
from .models.message_with_bench import MessageWithBench
from .models.report_stats import ReportStats
from .models.tag_bulk_create_input import TagBulkCreateInput
from .models.tag_bulk_delete_form_input import TagBulkDeleteFormInput
from .models.tag_bulk_delete_input import TagBulkDeleteInput
from .models.tag_create_response import TagCreateResponse
from .models.tag_delete_response import TagDeleteResponse
from .models.tag_find_response import TagFindResponse
from .models.tag_index_response import TagIndexResponse
from .models.tag_input import TagInput
from .models.tag_update_response import TagUpdateResponse
from .models.taxonomy_bulk_response import TaxonomyBulkResponse
from .models.unattached_contacts_response import UnattachedContactsResponse
from .models.user_index_response import UserIndexResponse
from .models.user_roles_response import UserRolesResponse
from .models.wrapped_contact_update import WrappedContactUpdate
from .retry import RetryPolicy
from .types import UNSET, Unset

__all__ = ["AsyncFluentCRM", "FluentCRM"]


class Companies:
    """``crm.companies``: ``list``, ``create``, ``get``, ``update``, ``delete``, ``search``, ``search_unattached_contacts``, ``set_property``, ``attach_contacts``, ``detach_contacts``, ``bulk_action``, ``import_csv``, ``custom_tab_view``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm
        self.custom_fields = CompaniesCustomFields(crm)
        self.notes = CompaniesNotes(crm)

    def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        sort_by: ListCompaniesSortBy | Unset = "id",
        sort_order: ListCompaniesSortOrder | Unset = "DESC",
        inline_filterscompany_types: builtins.list[str] | Unset = UNSET,
        inline_filterscompany_categories: builtins.list[str] | Unset = UNSET,
    ) -> CompanyIndexResponse:
        """List companies (``GET /companies``).

        Returns one page of companies under `companies`, each with its owner contact and the number of contacts
        attached to it. `search` matches the name, e-mail, phone or description; `inline_filters[company_types][]` and
        `inline_filters[company_categories][]` keep companies of the given types or categories (`industry`).

        Companies are an experimental module: every `/companies` route answers 403 `rest_forbidden` until the
        experimental setting `company_module` is switched on.

        The prose documentation differs from the server. It gives a default page size of 10 (the server uses 15), and
        does not mention the 403 while the module is off. Numeric columns it shows as integers (`owner_id`,
        `employees_number`) are strings, and the documented `status` column does not exist.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Keeps companies whose name, e-mail, phone or description contains the text.
            sort_by (ListCompaniesSortBy | Unset): Column to sort by. A name that is not a column of the company
                table makes the server answer 423 with the SQL error. (`sort_type`, used elsewhere, is ignored
                here.) Default: 'id'.
            sort_order (ListCompaniesSortOrder | Unset):  Default: 'DESC'.
            inline_filterscompany_types (list[str] | Unset): Keep only companies of these types.
            inline_filterscompany_categories (list[str] | Unset): Keep only companies in these categories
                (`industry`).

        Returns:
            CompanyIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_companies._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                inline_filterscompany_types=inline_filterscompany_types,
                inline_filterscompany_categories=inline_filterscompany_categories,
            )
        )
        with parsing(response):
            response_200 = CompanyIndexResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        sort_by: ListCompaniesSortBy | Unset = "id",
        sort_order: ListCompaniesSortOrder | Unset = "DESC",
        inline_filterscompany_types: builtins.list[str] | Unset = UNSET,
        inline_filterscompany_categories: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[CompanyWithCounts]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                page=page,
                per_page=per_page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                inline_filterscompany_types=inline_filterscompany_types,
                inline_filterscompany_categories=inline_filterscompany_categories,
            )
            items = result.companies.data
            yield from items
            seen += len(items)
            if not items or seen >= result.companies.total:
                return
            page += 1

    def create(
        self,
        *,
        body: CompanyInput | CompanyInput | Unset = UNSET,
    ) -> CompanyCreateResponse:
        """Create a company (``POST /companies``).

        Creates a company from a flat body (JSON or form). `name` is required and must be unique; the URL fields must
        be URLs and get `https://` when sent without a scheme. `owner_id` names the owning contact.
        `intended_contact_id` attaches a contact to the new company and makes it that contact's primary company when
        it has none.

        The answer echoes only the columns that were sent, with sent numbers as JSON integers (`owner_id: 1`), whereas
        every read returns them as strings (`"1"`). Use `company.id` for the `/companies/{id}` operations.

        The prose documentation lists only `name`, `email`, `phone`, `type` and `owner_id` and shows no response.

        Args:
            body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a form. `name`
                is required and must be unique.
                Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme
                gets
                `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the
                new company
                (and makes it the contact's primary company when the contact has none).
            body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a form. `name`
                is required and must be unique.
                Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme
                gets
                `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the
                new company
                (and makes it the contact's primary company when the contact has none).

        Returns:
            CompanyCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_company._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyCreateResponse.from_dict(response.json())

            return response_200

    def get(
        self,
        id: int,
        *,
        find_by: GetCompanyFindBy | Unset = UNSET,
        find_by_value: str | Unset = UNSET,
    ) -> CompanyFindResponse:
        """Get one company (``GET /companies/{id}``).

        Returns the company under `company`, with `contacts_count` and its owner contact, who here also carries e-mail
        `stats`. An unknown id gives 404.

        The controller also offers a lookup by column (`find_by=name|email|phone&find_by_value=...`), but in FluentCRM
        2.9.84 it always crashes with a 500; an id of 0 crashes as well (an HTML error page). The emulator does the
        lookup (404 `Company not found` when nothing matches) and answers 404 for id 0.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`). `0` is special: `PUT /companies/0` creates a company, and the other methods crash
                on it.
            find_by (GetCompanyFindBy | Unset): Look the company up by this column instead of the id. FluentCRM
                2.9.84 crashes (500) whenever it is `name`, `email` or `phone`; other values are ignored.
            find_by_value (str | Unset): The value to look for with `find_by`.

        Returns:
            CompanyFindResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_company._get_kwargs(
                id=id,
                find_by=find_by,
                find_by_value=find_by_value,
            )
        )
        with parsing(response):
            response_200 = CompanyFindResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        *,
        body: CompanyInput | CompanyInput | Unset = UNSET,
    ) -> CompanyCreateResponse | CompanyUpdateResponse:
        """Update a company (``PUT /companies/{id}``).

        Writes the fields that are sent (a flat body, JSON or form) to the company named by the id; fields left out
        keep their values. `name` is required, and may be changed as long as no other company has it. The answer holds
        the whole row; fields that were sent keep the type PHP received, so `owner_id` and `employees_number` come
        back as integers when sent and as strings otherwise.

        With the id 0 the operation creates a company instead and answers like `POST /companies`.

        The prose documentation names the route only.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`). `0` is special: `PUT /companies/0` creates a company, and the other methods crash
                on it.
            body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a form. `name`
                is required and must be unique.
                Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme
                gets
                `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the
                new company
                (and makes it the contact's primary company when the contact has none).
            body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a form. `name`
                is required and must be unique.
                Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme
                gets
                `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the
                new company
                (and makes it the contact's primary company when the contact has none).

        Returns:
            CompanyCreateResponse | CompanyUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_company._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> CompanyCreateResponse | CompanyUpdateResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = CompanyUpdateResponse.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = CompanyCreateResponse.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete a company (``DELETE /companies/{id}``).

        Deletes the company and its links to contacts (the contacts stay; those whose primary company it was lose it).
        An unknown id gives 404; id 0 makes FluentCRM 2.9.84 crash with an HTML error page (the emulator answers 404).

        The prose documentation names the route only.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`). `0` is special: `PUT /companies/0` creates a company, and the other methods crash
                on it.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_company._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def search(
        self,
        *,
        search: str | Unset = UNSET,
        subscriber_id: int | Unset = UNSET,
        values: builtins.list[int] | Unset = UNSET,
    ) -> CompanySearchResponse:
        """Search companies for a picker (``GET /companies/search``).

        Returns up to 50 companies in a compact shape (`id`, `name`, `email`, `logo`, `phone`, `website`), ordered by
        name. `search` filters like the index; `subscriber_id` leaves out the companies that contact already belongs
        to; `values[]` appends the named companies when the search did not return them (to show the current
        selection). `has_more` is `true` when the site holds 50 companies or more.

        The prose documentation does not describe this operation.

        Args:
            search (str | Unset): Keeps companies whose name, e-mail, phone or description contains the text.
            subscriber_id (int | Unset): Leave out the companies this contact is attached to.
            values (list[int] | Unset): Ids of companies to include even when the search does not match them.

        Returns:
            CompanySearchResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _search_companies._get_kwargs(
                search=search,
                subscriber_id=subscriber_id,
                values=values,
            )
        )
        with parsing(response):
            response_200 = CompanySearchResponse.from_dict(response.json())

            return response_200

    def search_unattached_contacts(
        self,
        *,
        company_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        limit: int | Unset = 20,
    ) -> UnattachedContactsResponse:
        """Search contacts not attached to a company (``GET /companies/search-unattached-contacts``).

        Returns contacts that are not attached to the company `company_id`, highest id first, at most `limit` (20 by
        default), matching `search` like the contact index does. Each result has every contact column plus `full_name`
        and `photo`, without tags or lists. Without `company_id` every contact qualifies.

        The prose documentation does not describe this operation.

        Args:
            company_id (int | Unset): The company whose contacts are left out.
            search (str | Unset): Keeps contacts whose name, e-mail or phone contains the text.
            limit (int | Unset): Maximum number of contacts returned. Default: 20.

        Returns:
            UnattachedContactsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _search_unattached_contacts._get_kwargs(
                company_id=company_id,
                search=search,
                limit=limit,
            )
        )
        with parsing(response):
            response_200 = UnattachedContactsResponse.from_dict(response.json())

            return response_200

    def set_property(
        self,
        *,
        body: CompanyPropertyInput | CompanyPropertyFormInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Set one property on several companies (``PUT /companies/companies-property``).

        Sets `type`, `logo` or `owner_id` to `value` on every company of `companies` (ids that match no company are
        skipped). A `type` must be one of the company types. `refetch_logo` downloads the logo from the first
        company's website; the emulator never makes outgoing requests and answers that it found no logo.

        Validation names the fields `column`, `value` and `company_ids`, although the request sends `property`,
        `value` and `companies`. Other refusals are 422 `{"message"}`.

        The prose documentation does not describe this operation.

        Args:
            body (CompanyPropertyInput): One property to set on several companies. `property` must be `type`,
                `logo`, `owner_id` or `refetch_logo`; for
                `type` the value must be one of the company types. `refetch_logo` fetches the logo from the first
                company's
                website (an outgoing request from the server) and stops there.
            body (CompanyPropertyFormInput): The form-encoded equivalent of `CompanyPropertyInput`,
                `companies[]` repeated.
                One property to set on several companies. `property` must be `type`, `logo`, `owner_id` or
                `refetch_logo`; for
                `type` the value must be one of the company types. `refetch_logo` fetches the logo from the first
                company's
                website (an outgoing request from the server) and stops there.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_companies_property._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def attach_contacts(
        self,
        *,
        body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
    ) -> CompanyAttachResponse:
        """Attach contacts to companies (``POST /companies/attach-subscribers``).

        Attaches every contact of `subscriber_ids` to every company of `company_ids` (already attached pairs stay as
        they are); a contact without a primary company gets the first one as `company_id`. The answer lists the
        companies. Unknown ids are skipped; when no contact or no company exists the answer is 422 with the JSON
        string `"Invalid data"`, and without the arrays FluentCRM 2.9.84 crashes.

        The prose documentation gives the method as PUT; the route only takes POST (PUT is 404 `rest_no_route`).

        Args:
            body (CompanyContactsInput): Contacts and companies to link or unlink: every contact of
                `subscriber_ids` with every company of `company_ids`.
                Both arrays are required; without them FluentCRM 2.9.84 crashes.
            body (CompanyContactsFormInput): The form-encoded equivalent of `CompanyContactsInput`: the ids
                repeated under their PHP array names.
                Contacts and companies to link or unlink: every contact of `subscriber_ids` with every company of
                `company_ids`.
                Both arrays are required; without them FluentCRM 2.9.84 crashes.

        Returns:
            CompanyAttachResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _attach_company_contacts._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyAttachResponse.from_dict(response.json())

            return response_200

    def detach_contacts(
        self,
        *,
        body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
    ) -> CompanyDetachResponse:
        """Detach contacts from companies (``POST /companies/detach-subscribers``).

        Removes the links between the contacts of `subscriber_ids` and the companies of `company_ids`. A contact whose
        primary company is removed gets another of its companies, or none. The answer lists the companies and
        `last_primary_company_id`, the primary company left to the last contact (`false` when none). Unknown ids give
        422 `"Invalid data"`, missing arrays a crash, as for attaching.

        The prose documentation does not describe this operation.

        Args:
            body (CompanyContactsInput): Contacts and companies to link or unlink: every contact of
                `subscriber_ids` with every company of `company_ids`.
                Both arrays are required; without them FluentCRM 2.9.84 crashes.
            body (CompanyContactsFormInput): The form-encoded equivalent of `CompanyContactsInput`: the ids
                repeated under their PHP array names.
                Contacts and companies to link or unlink: every contact of `subscriber_ids` with every company of
                `company_ids`.
                Both arrays are required; without them FluentCRM 2.9.84 crashes.

        Returns:
            CompanyDetachResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _detach_company_contacts._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyDetachResponse.from_dict(response.json())

            return response_200

    def bulk_action(
        self,
        *,
        body: CompanyBulkActionInput | CompanyBulkActionFormInput | Unset = UNSET,
    ) -> CompanyBulkActionResponse:
        """Run a bulk action on companies (``POST /companies/do-bulk-action``).

        Deletes the companies of `company_ids` (`delete_companies`), or sets their type (`change_company_type`) or
        category (`change_company_category`) to `new_status`. The answer counts the companies handled and gives the
        last id as a string; when none of the ids exists it says `is_completed: true` instead. An unknown action
        changes nothing but still reports success; `change_company_status` fails with 423 because companies have no
        `status` column.

        **Always send `company_ids`.** With an empty or missing list FluentCRM acts on the next 50 companies of the
        whole site (after `last_id`). The emulator does the same.

        The prose documentation does not describe this operation.

        Args:
            body (CompanyBulkActionInput): A bulk action on companies. Send the ids in `company_ids`: with an
                empty or missing `company_ids`, FluentCRM
                applies the action to the next 50 companies (id above `last_id`, optionally filtered by `search`),
                i.e. to every
                company when called repeatedly.
            body (CompanyBulkActionFormInput): The form-encoded equivalent of `CompanyBulkActionInput`,
                `company_ids[]` repeated.
                A bulk action on companies. Send the ids in `company_ids`: with an empty or missing `company_ids`,
                FluentCRM
                applies the action to the next 50 companies (id above `last_id`, optionally filtered by `search`),
                i.e. to every
                company when called repeatedly.

        Returns:
            CompanyBulkActionResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _companies_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyBulkActionResponse.from_dict(response.json())

            return response_200

    def import_csv(
        self,
        *,
        body: CompanyCsvImportInput,
    ) -> CompanyCsvImportResponse:
        """Import a page of companies from an uploaded CSV (``POST /companies/csv-import``).

        Imports the next page of a CSV file uploaded before through the CSV upload route, mapping its columns with
        `map`. The answer reports the progress. Without an uploaded `file` FluentCRM answers 422 with the message of
        the exception it hit. The emulator keeps no uploaded files, so it always answers that 422.

        The prose documentation does not describe this operation.

        Args:
            body (CompanyCsvImportInput): One page of a company import from a CSV file that was uploaded before
                (the upload route answers with the stored
                file name). `map` pairs CSV columns with company columns.

        Returns:
            CompanyCsvImportResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _import_companies_csv._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyCsvImportResponse.from_dict(response.json())

            return response_200

    def custom_tab_view(
        self,
        id: int,
        *,
        section_provider: str | Unset = UNSET,
    ) -> CompanyTabView:
        """Get a custom tab of a company profile (``GET /companies/{id}/custom_tab_view``).

        Returns the heading and HTML a plugin provides for the company-profile tab `section_provider`. With no plugin
        answering, both are empty strings. The company must exist (404); id 0 crashes FluentCRM 2.9.84 with an HTML
        error page.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`). FluentCRM 2.9.84 crashes on `0`.
            section_provider (str | Unset): Key of the tab, as registered by the plugin that adds it.

        Returns:
            CompanyTabView: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_company_custom_tab_view._get_kwargs(
                id=id,
                section_provider=section_provider,
            )
        )
        with parsing(response):
            response_200 = CompanyTabView.from_dict(response.json())

            return response_200


class CompaniesCustomFields:
    """``crm.companies.custom_fields``: ``list``, ``update``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        with_: builtins.list[GetCompanyCustomFieldsWithItem] | Unset = UNSET,
    ) -> CustomFieldsResponse:
        """List the company custom-field definitions (``GET /companies/custom-fields``).

        Returns the definitions of the company custom fields, in the same shape as the contact ones (`/custom-
        fields/contacts`); their values live in each company's `meta.custom_values`. `with[]=field_types` adds the
        field-type catalogue.

        The prose documentation does not describe this operation.

        Args:
            with_ (list[GetCompanyCustomFieldsWithItem] | Unset): `field_types` adds the field-type catalogue,
                `field_groups` the groups.

        Returns:
            CustomFieldsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_company_custom_fields._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        *,
        body: CustomFieldsSaveRequest,
    ) -> CustomFieldsSaveResponse:
        """Replace the company custom-field definitions (``PUT /companies/custom-fields``).

        Stores a new, complete set of company custom-field definitions (`{"fields": [...]}`), replacing the previous
        set, with the same slug rules as the contact fields, and echoes it.

        The prose documentation does not describe this operation.

        Args:
            body (CustomFieldsSaveRequest): The complete new set of contact custom fields. It replaces the
                stored set: a field left out is removed (contacts' stored values for it stay in the database but are
                no longer shown).

        Returns:
            CustomFieldsSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_company_custom_fields._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsSaveResponse.from_dict(response.json())

            return response_200


class CompaniesNotes:
    """``crm.companies.notes``: ``list``, ``create``, ``update``, ``delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        id: int,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
    ) -> CompanyNotesResponse:
        """List a company's notes (``GET /companies/{id}/notes``).

        Returns one page of the company's notes, newest first, each with its author (`added_by`), and the note form
        (`fields`, whose `type` options are the note types). `search` filters by title. An unknown company id gives an
        empty page, not 404.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`).
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Keeps notes whose title contains the text.

        Returns:
            CompanyNotesResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_company_notes._get_kwargs(
                id=id,
                per_page=per_page,
                page=page,
                search=search,
            )
        )
        with parsing(response):
            response_200 = CompanyNotesResponse.from_dict(response.json())

            return response_200

    def create(
        self,
        id: int,
        *,
        body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
    ) -> CompanyNoteCreateResponse:
        """Add a note to a company (``POST /companies/{id}/notes``).

        Adds a note, sent wrapped in `note` with `title`, `description` (HTML) and `type` (all required) and an
        optional `created_at`. The answer echoes the stored note with integer `subscriber_id` (the company id) and
        `created_by`. An unknown company gives 404; a body without `note` makes FluentCRM 2.9.84 crash.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`).
            body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and `type` are
                required.
            body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and `type` are
                required.

        Returns:
            CompanyNoteCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_company_note._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyNoteCreateResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        note_id: int,
        *,
        body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
    ) -> CompanyNoteUpdateResponse:
        """Update a company note (``PUT /companies/{id}/notes/{note_id}``).

        Replaces the title, description, type and (when sent) `created_at` of a note. The company must exist (404
        `Company`) and so must the note (404 `CompanyNote`); the note is found by its id alone. The answer holds the
        note as stored, its numeric columns as strings.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`).
            note_id (int): Integer id of the note.
            body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and `type` are
                required.
            body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and `type` are
                required.

        Returns:
            CompanyNoteUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_company_note._get_kwargs(
                id=id,
                note_id=note_id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyNoteUpdateResponse.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
        note_id: int,
    ) -> MessageWithBench:
        """Delete a company note (``DELETE /companies/{id}/notes/{note_id}``).

        Deletes the note with this id. The company must exist (404); a note id that matches nothing still answers
        200.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`).
            note_id (int): Integer id of the note.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_company_note._get_kwargs(
                id=id,
                note_id=note_id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class Contacts:
    """``crm.contacts``: ``list``, ``create``, ``delete_many``, ``get``, ``update``, ``delete``, ``bulk_add_update``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        tags: builtins.list[int] | Unset = UNSET,
        lists: builtins.list[int] | Unset = UNSET,
        statuses: builtins.list[ContactStatusInput] | Unset = UNSET,
        sort_by: ListContactsSortBy | Unset = "id",
        sort_type: ListContactsSortType | Unset = "DESC",
        custom_fields: bool | Unset = False,
    ) -> ContactIndexResponse:
        """List contacts (``GET /subscribers``).

        Returns one page of contacts with their tags and lists, newest first. Filters combine with AND; the values
        inside one filter (`tags[]`, `lists[]`, `statuses[]`) combine with OR.

        The prose documentation says the body is a bare paginator; the server wraps it in `subscribers`, next to
        `custom` and `__bench`. It names the sort parameters `order_by`/`order_type`; the server ignores those and
        reads `sort_by`/`sort_type`. It gives a default page size of 10; the server uses 15. Pagination exists only in
        the body: there are no `X-WP-Total` headers, and `next_page_url`/`prev_page_url` are relative and drop every
        query parameter except `page`.

        A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500) and a negative one causes an SQL error
        (423). The emulator answers 400 `rest_invalid_param` for these instead.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Substring match (SQL `LIKE`) against e-mail, first and last name, "first
                last", address lines, postal code, city, state, country, phone and status. Custom-field values are
                searched only with `custom_fields=true`.
            tags (list[int] | Unset): Tag ids: contacts having **any** of them. Unknown ids match nothing. Use
                the bracket form; a scalar `tags=1` matches nothing at all.
            lists (list[int] | Unset): List ids: contacts in **any** of them. Unknown ids match nothing.
            statuses (list[ContactStatusInput] | Unset): Statuses: contacts having any of them. An unknown value
                is dropped silently, and when no known value is left the filter disappears and every contact is
                returned. (A scalar `statuses=bounced` works too.)
            sort_by (ListContactsSortBy | Unset): Column to sort by. Any other value is not an error: no `ORDER
                BY` is applied at all and rows come back in ascending id order. (The prose documentation's
                `order_by` is ignored.) Default: 'id'.
            sort_type (ListContactsSortType | Unset): `ASC` sorts ascending; every other value sorts descending.
                The server compares case-insensitively, so `asc` works too. (The prose documentation's `order_type`
                is ignored.) Default: 'DESC'.
            custom_fields (bool | Unset): Only the exact value `true` has an effect: each row gains
                `custom_fields` and `search` also looks at custom-field values. Any other value (such as `1`) is
                ignored, but echoed back in `custom`. Default: False.

        Returns:
            ContactIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_contacts._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                tags=tags,
                lists=lists,
                statuses=statuses,
                sort_by=sort_by,
                sort_type=sort_type,
                custom_fields=custom_fields,
            )
        )
        with parsing(response):
            response_200 = ContactIndexResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        tags: builtins.list[int] | Unset = UNSET,
        lists: builtins.list[int] | Unset = UNSET,
        statuses: builtins.list[ContactStatusInput] | Unset = UNSET,
        sort_by: ListContactsSortBy | Unset = "id",
        sort_type: ListContactsSortType | Unset = "DESC",
        custom_fields: bool | Unset = False,
    ) -> Iterator[ContactListItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                page=page,
                per_page=per_page,
                search=search,
                tags=tags,
                lists=lists,
                statuses=statuses,
                sort_by=sort_by,
                sort_type=sort_type,
                custom_fields=custom_fields,
            )
            items = result.subscribers.data
            yield from items
            seen += len(items)
            if not items or seen >= result.subscribers.total:
                return
            page += 1

    def create(
        self,
        *,
        body: ContactInput | ContactFormInput | Unset = UNSET,
    ) -> ContactCreateResponse:
        """Create a contact (``POST /subscribers``).

        Creates a contact and returns every column of it, plus `tags` and `lists` when any were attached. The fields
        may be sent as a JSON body, a form-encoded body (the prose documentation's curl example) or even as query
        parameters. `email` and `status` are required; a taken e-mail gives 422 unless `__force_update=yes`, which
        updates that contact instead (`action_type: updated`).

        The prose documentation says tag and list ids in the response are strings; they are integers. It says
        `country` is expanded to a name and the `photo` parameter sets a picture; the server stores `country` as sent
        and ignores `photo` (the column is `avatar`). It calls `__force_update` a boolean; the server compares it with
        the string `yes`. Some invalid input is not rejected: an unknown `status` becomes `subscribed`, an unparsable
        `date_of_birth` is stored as `0000-00-00`, unknown tag and list ids are dropped, and non-numeric tags are
        taken as titles (creating the tag when needed). Top-level keys that match a custom-field slug are saved as
        custom values.

        Args:
            body (ContactInput): JSON body of `POST /subscribers`. `email` and `status` are required. An unknown
                `status` value is not rejected:
                the contact is created as `subscribed`.
            body (ContactFormInput): Form-encoded body of `POST /subscribers`, with PHP's bracket syntax:
                `tags[]=1&tags[]=2` and
                `custom_values[favorite_color]=teal`. The same fields can also be sent as query parameters.

        Returns:
            ContactCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_contact._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = ContactCreateResponse.from_dict(response.json())

            return response_200

    def delete_many(
        self,
        *,
        body: ContactBulkDeleteInput | Unset = UNSET,
        subscribers: builtins.list[int] | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete several contacts (``DELETE /subscribers``).

        Deletes the contacts whose ids are given in `subscribers[]` (query) or in a JSON body `{"subscribers":
        [...]}`. Ids that do not exist are ignored and the answer is still 200. Without any id the server answers 422
        about `subscriber_ids`.

        The prose documentation attaches this route's confirmation message and `subscribers[]` parameter to `DELETE
        /subscribers/{id}`; they belong here.

        Args:
            subscribers (list[int] | Unset): Ids of the contacts to delete.
            body (ContactBulkDeleteInput | Unset): JSON body of `DELETE /subscribers`, an alternative to the
                `subscribers[]` query parameter.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_contacts._get_kwargs(
                body=body,
                subscribers=subscribers,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def get(
        self,
        id: int,
        *,
        with_: builtins.list[GetContactWithItem] | Unset = UNSET,
        get_by_email: str | Unset = UNSET,
    ) -> ContactFindResponse:
        """Get a contact (``GET /subscribers/{id}``).

        Returns one contact with its tags and lists. Extra data is added only on request with `with[]`. With id `0`
        and `get_by_email`, the contact is looked up by e-mail instead.

        The prose documentation shows `stats` and `custom_values` in every answer and leaves the list of `with[]`
        values empty; in fact they appear only with `with[]=stats` and `with[]=subscriber.custom_values`. A missing
        contact gives 422 `Subscriber not found`, not 404. Some keys are conditional: `user_edit_url` and `user_roles`
        for a contact linked to a WordPress user, `unsubscribe_reason` and `unsubscribe_date` for unsubscribed,
        bounced or complained contacts. `photo` is the plugin's placeholder image unless `avatar` is set, not a
        Gravatar URL.

        Args:
            id (int): Contact id. Only digits match the route: any other value (`abc`) gets 404 `rest_no_route`.
            with_ (list[GetContactWithItem] | Unset): Extra data to include. `stats` adds `subscriber.stats`;
                `subscriber.custom_values` adds `subscriber.custom_values`; `custom_fields` adds the top-level
                `custom_fields` definitions; `commerce_stat` adds `subscriber.commerce_stat`. Other values (such as
                `custom_values`) are ignored silently.
            get_by_email (str | Unset): With id `0`, look the contact up by this e-mail address.

        Returns:
            ContactFindResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact._get_kwargs(
                id=id,
                with_=with_,
                get_by_email=get_by_email,
            )
        )
        with parsing(response):
            response_200 = ContactFindResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        *,
        body: ContactUpdateFields | WrappedContactUpdate | ContactUpdateFormInput | Unset = UNSET,
    ) -> ContactUpdateResponse:
        """Update a contact (``PUT /subscribers/{id}``).

        Changes the given fields of a contact; fields that are not sent stay as they are. The body may be JSON,
        wrapped in `subscriber` or flat, or form-encoded. Tags and lists change with `attach_tags`, `detach_tags`,
        `attach_lists` and `detach_lists`. The answer says in `isDirty` whether a column changed and echoes the sent
        custom values in `values`.

        The prose documentation says `email` and `status` are required and that `tags`/`lists` (and `photo`) can be
        set; the server requires nothing and ignores `tags`, `lists` and `photo` on update. An unknown `status` is
        ignored (200, `isDirty: false`). The returned `contact` has no `tags` or `lists` unless the update attached or
        detached some.

        Args:
            id (int): Contact id. Only digits match the route: any other value (`abc`) gets 404 `rest_no_route`.
            body (ContactUpdateFields | Unset | WrappedContactUpdate): JSON body of `PUT /subscribers/{id}`: the
                fields either wrapped in `subscriber` (as the prose documentation shows)
                or flat at the top level; the server accepts both.
            body (ContactUpdateFormInput | Unset): Form-encoded body of `PUT /subscribers/{id}`, flat, with PHP
                bracket syntax for arrays (`attach_tags[]=5`) and
                custom values (`custom_values[plan]=pro`).

        Returns:
            ContactUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_contact._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = ContactUpdateResponse.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete a contact (``DELETE /subscribers/{id}``).

        Deletes one contact. A missing (or already deleted) id gives 404.

        The prose documentation shows the bulk route's message ("Selected Subscribers has been deleted") and asks for
        a `subscribers[]` parameter; this route needs neither and answers "Selected Subscriber has been deleted
        successfully".

        Args:
            id (int): Contact id. Only digits match the route: any other value (`abc`) gets 404 `rest_no_route`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_contact._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def bulk_add_update(
        self,
        *,
        body: BulkAddUpdateInput,
    ) -> BulkAddUpdateResponse:
        """Create or update many contacts (``POST /subscribers/bulk-add-update``).

        Stores a batch of contacts in one call, matching existing contacts by e-mail. New e-mails are created;
        existing contacts are updated with the sent fields when `force_update` is true. Entries with an invalid e-mail
        are skipped and listed in `invalids`.

        This route is not in the prose documentation. Because of a bug in FluentCRM 2.9.84 every stored contact is
        reported under `updated`, even the new ones, and `created` is always empty.

        Args:
            body (BulkAddUpdateInput): Body of `POST /subscribers/bulk-add-update`.

        Returns:
            BulkAddUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _bulk_add_update_contacts._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = BulkAddUpdateResponse.from_dict(response.json())

            return response_200


class CustomFields:
    """``crm.custom_fields``: ``list``, ``update``, ``rename_group``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        with_: builtins.list[GetContactCustomFieldsWithItem] | Unset = UNSET,
    ) -> CustomFieldsResponse:
        """List the contact custom-field definitions (``GET /custom-fields/contacts``).

        Returns the definitions of the site's contact custom fields: their labels, input types, options and the `slug`
        under which each contact's value is stored (`custom_values[<slug>]` on the contact operations). Add
        `with[]=field_types` for the catalogue of available field types and `with[]=field_groups` for the groups
        fields can be shown under.

        The prose documentation does not describe this operation.

        Args:
            with_ (list[GetContactCustomFieldsWithItem] | Unset): Extra data to include: `field_types` adds the
                field-type catalogue, `field_groups` the list of groups. Other values are ignored. Send it repeated
                (`with[]=field_types&with[]=field_groups`).

        Returns:
            CustomFieldsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact_custom_fields._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        *,
        body: CustomFieldsSaveRequest,
    ) -> CustomFieldsSaveResponse:
        """Replace the contact custom-field definitions (``PUT /custom-fields/contacts``).

        Stores a new, complete set of contact custom-field definitions, replacing the previous set: a field that is
        not sent is removed from the definitions (values already stored on contacts stay in the database). Send a JSON
        body `{"fields": [...]}`.

        A field without a `slug` gets one derived from its label (spaces become underscores, at most 25 characters,
        prefixed with `cf_` when it would clash with a contact column, suffixed `_1`, `_2`, ... when taken). When two
        fields share a slug, only the first is kept. Keep the slug of an existing field to keep its contacts' values.
        The response echoes the set as stored.

        The prose documentation does not describe this operation.

        Args:
            body (CustomFieldsSaveRequest): The complete new set of contact custom fields. It replaces the
                stored set: a field left out is removed (contacts' stored values for it stay in the database but are
                no longer shown).

        Returns:
            CustomFieldsSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_contact_custom_fields._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsSaveResponse.from_dict(response.json())

            return response_200

    def rename_group(
        self,
        *,
        body: CustomFieldGroupRenameInput | CustomFieldGroupRenameInput | Unset = UNSET,
    ) -> CustomFieldsSaveResponse:
        """Rename a custom-field group (``PUT /custom-fields/contacts/update_group_name``).

        Moves every contact custom field whose `group` is `old_name` to `new_name`, and answers with the whole set of
        definitions. Missing or unmatched names change nothing and still answer 200.

        The prose documentation does not describe this operation.

        Args:
            body (CustomFieldGroupRenameInput): The group title to replace and its new title.
            body (CustomFieldGroupRenameInput): The group title to replace and its new title.

        Returns:
            CustomFieldsSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _rename_contact_custom_field_group._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsSaveResponse.from_dict(response.json())

            return response_200


class Labels:
    """``crm.labels``: ``list``, ``create``, ``update``, ``delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
    ) -> LabelIndexResponse:
        """List labels (``GET /labels``).

        Returns every global label (the coloured labels FluentCRM attaches to automations and other items), by
        `position`. There is no pagination.

        The prose documentation does not describe this operation.

        Returns:
            LabelIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_labels._get_kwargs())
        with parsing(response):
            response_200 = LabelIndexResponse.from_dict(response.json())

            return response_200

    def create(
        self,
        *,
        body: LabelInput | LabelInput | Unset = UNSET,
    ) -> LabelSaveResponse:
        """Create a label (``POST /labels``).

        Creates a label from `label.slug`, `label.title` and `label.color`. Nothing is validated: a colour that is not
        a hex colour is stored as `null`, and a body without `label` creates a label with empty slug and title. Slugs
        need not be unique. The answer's message is the same as for an update.

        The prose documentation does not describe this operation.

        Args:
            body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is stored as
                `""` and a colour that is not a
                hex colour as `null`. Send all three fields.
            body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is stored as
                `""` and a colour that is not a
                hex colour as `null`. Send all three fields.

        Returns:
            LabelSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_label._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = LabelSaveResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        *,
        body: LabelInput | LabelInput | Unset = UNSET,
    ) -> LabelSaveResponse:
        """Update a label (``PUT /labels/{id}``).

        Replaces the slug, title and colour of a label with those in `label`. Fields left out become `""` (or `null`
        for the colour), so send all three. An unknown id gives 404; id 0 crashes FluentCRM 2.9.84.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the label. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); FluentCRM 2.9.84 crashes on `0`.
            body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is stored as
                `""` and a colour that is not a
                hex colour as `null`. Send all three fields.
            body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is stored as
                `""` and a colour that is not a
                hex colour as `null`. Send all three fields.

        Returns:
            LabelSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_label._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = LabelSaveResponse.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete a label (``DELETE /labels/{id}``).

        Deletes a label. An unknown id gives 404; id 0 crashes FluentCRM 2.9.84 with an HTML error page.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the label. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); FluentCRM 2.9.84 crashes on `0`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_label._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class Lists:
    """``crm.lists``: ``list``, ``create``, ``get``, ``update``, ``delete``, ``bulk_create``, ``bulk_delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        sort_by: ListListsSortBy | Unset = "id",
        sort_order: ListListsSortOrder | Unset = "DESC",
        exclude_counts: ListListsExcludeCounts | Unset = 0,
        all_lists: ListListsAllLists | Unset = 0,
        with_: builtins.list[str] | Unset = UNSET,
    ) -> ListIndexResponse:
        """List contact lists (``GET /lists``).

        Returns one page of contact lists with two counters each, plus the total number of matching lists. The page is
        small by default (15 lists); ask for more with `per_page`, or add `all_lists=1` to also receive every list as
        a compact `{id, title, slug}` entry.

        The response is not a full paginator: besides the `lists` array there is only `pagination.total`.

        The prose documentation differs from the server in several places. It shows a bare `lists` array without
        `pagination`; the server also sends `pagination`. It shows string ids; the server sends integer ids (only the
        ids in `all_lists` are strings). It offers `subscribers` as a `sort_by` value; the server answers 423 with an
        SQL error for it, as for any name that is not a column of the list table. It offers `with[]`; the server
        ignores it.

        A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives a 423 SQL
        error; the emulator answers 400 `rest_invalid_param` instead.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Keeps lists whose title contains the text, or whose slug or description starts
                with it (SQL `LIKE`, case-insensitive).
            sort_by (ListListsSortBy | Unset): Column to sort by. Any other value (including the documented
                `subscribers`) makes the server answer 423 with the SQL error. Default: 'id'.
            sort_order (ListListsSortOrder | Unset): Sort direction. Default: 'DESC'.
            exclude_counts (ListListsExcludeCounts | Unset): When set to `1`, the items carry neither
                `totalCount` nor `subscribersCount` (a faster query). Default: 0.
            all_lists (ListListsAllLists | Unset): When set to `1`, the response also carries `all_lists`, every
                list as `{id, title, slug}` with string ids. Default: 0.
            with_ (list[str] | Unset): Accepted for compatibility with the prose documentation and ignored by
                the server.

        Returns:
            ListIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_lists._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                exclude_counts=exclude_counts,
                all_lists=all_lists,
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = ListIndexResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        sort_by: ListListsSortBy | Unset = "id",
        sort_order: ListListsSortOrder | Unset = "DESC",
        exclude_counts: ListListsExcludeCounts | Unset = 0,
        all_lists: ListListsAllLists | Unset = 0,
        with_: builtins.list[str] | Unset = UNSET,
    ) -> Iterator[ListItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                page=page,
                per_page=per_page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                exclude_counts=exclude_counts,
                all_lists=all_lists,
                with_=with_,
            )
            items = result.lists
            yield from items
            seen += len(items)
            if not items or seen >= result.pagination.total:
                return
            page += 1

    def create(
        self,
        *,
        body: ListInput | ListInput | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> ListCreateResponse:
        """Create a contact list (``POST /lists``).

        Creates a list. `title` is required; `slug` is derived from the title when left out, and is always sanitised
        (lower-case, spaces turned into hyphens). The fields can be sent as query parameters (the style of the prose
        documentation), as a form body or as a JSON body.

        The new list is returned twice, under `lists` and under `item`. The prose documentation shows only `lists`.
        Use `lists.id` for the other `/lists/{id}` operations.

        Args:
            title (str | Unset): Name of the list, when the fields are sent as query parameters. Required in the
                query or the body.
            slug (str | Unset): Unique identifier, when the fields are sent as query parameters.
            description (str | Unset): Internal note, when the fields are sent as query parameters.
            body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent as query
                parameters, a form body or a JSON body.
            body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent as query
                parameters, a form body or a JSON body.

        Returns:
            ListCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_list._get_kwargs(
                body=body,
                title=title,
                slug=slug,
                description=description,
            )
        )
        with parsing(response):
            response_200 = ListCreateResponse.from_dict(response.json())

            return response_200

    def get(
        self,
        id: int,
    ) -> ListObject:
        """Get one contact list (``GET /lists/{id}``).

        Returns the stored list as a bare object (not wrapped in a key), without counters and without `__bench`.

        When no list has the id, the server still answers **200, with an empty body** (zero bytes, although the
        `Content-Type` says JSON): it serialises a missing model as nothing. Clients must check for an empty body
        before parsing JSON. This description declares that case as an empty `text/plain` body.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the list. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.

        Returns:
            ListObject: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_list._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = ListObject.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        *,
        body: ListInput | ListInput | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> ListUpdateResponse:
        """Rename a contact list (``PUT /lists/{id}``).

        Updates the title and description of a list. `title` is required. The fields can be sent as query parameters
        (the style of the prose documentation), as a form body or as a JSON body.

        The `slug` parameter is not honoured: when a non-empty slug is sent, the server stores the slugified *title*
        instead; when none is sent, the slug is left as it is. If that slug belongs to another list the update is
        refused with 422.

        The prose documentation shows `"lists": "1"` in the response; the server sends the number of changed rows as
        an integer, `1`, or `0` when nothing changed. It also presents `slug` as an updatable field, which it is not.

        Args:
            id (int): Integer id of the list. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.
            title (str | Unset): New name, when the fields are sent as query parameters. Required in the query
                or the body.
            slug (str | Unset): Not honoured; a non-empty value makes the server store the slugified title as
                the slug.
            description (str | Unset): New internal note, when the fields are sent as query parameters. Sending
                none clears it.
            body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent as query
                parameters, a form body or a JSON body.
            body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent as query
                parameters, a form body or a JSON body.

        Returns:
            ListUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_list._get_kwargs(
                id=id,
                body=body,
                title=title,
                slug=slug,
                description=description,
            )
        )
        with parsing(response):
            response_200 = ListUpdateResponse.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> ListDeleteResponse:
        """Delete a contact list (``DELETE /lists/{id}``).

        Deletes a list. The contacts that were in it are not deleted.

        The server answers 200 with the same message whether or not the list existed, so a repeated delete also
        succeeds. The prose documentation does not say what happens for an unknown id.

        Args:
            id (int): Integer id of the list. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.

        Returns:
            ListDeleteResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_list._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = ListDeleteResponse.from_dict(response.json())

            return response_200

    def bulk_create(
        self,
        *,
        body: ListBulkCreateInput,
    ) -> TaxonomyBulkResponse:
        """Create several lists (``POST /lists/bulk``).

        Creates lists from `lists` (or, when that is empty, `items`): each item needs a `title`; its `slug` (the
        slugified title when left out) identifies it, so an item whose slug exists updates that one's title instead.
        Items without a title are skipped. The answer lists the ids handled, in order.

        The prose documentation does not describe this operation.

        Args:
            body (ListBulkCreateInput): The lists to create, under `lists` (or, when `lists` is empty or
                missing, under `items`).

        Returns:
            TaxonomyBulkResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _bulk_create_lists._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = TaxonomyBulkResponse.from_dict(response.json())

            return response_200

    def bulk_delete(
        self,
        *,
        body: ListBulkDeleteInput | ListBulkDeleteFormInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete several lists (``POST /lists/do-bulk-action``).

        Deletes the lists whose ids are in `listIds`, and their links to contacts. Ids that match nothing and `0` are
        skipped; an empty or missing `listIds` deletes nothing. The answer is the same in every case.

        The prose documentation does not describe this operation.

        Args:
            body (ListBulkDeleteInput): Ids of the lists to delete. Ids with no list, and `0`, are skipped; an
                empty or missing list deletes nothing.
            body (ListBulkDeleteFormInput): The form-encoded equivalent of `ListBulkDeleteInput`, `listIds[]`
                repeated. Ids of the lists to delete. Ids with no list, and `0`, are skipped; an empty or missing
                list deletes nothing.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _bulk_delete_lists._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class Reports:
    """``crm.reports``: ``dashboard_stats``, ``subscriber_growth``, ``email_sent_stats``, ``email_open_stats``, ``email_click_stats``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def dashboard_stats(
        self,
    ) -> DashboardStats:
        """Dashboard overview (``GET /reports/dashboard-stats``).

        Returns what the FluentCRM dashboard shows: counter tiles, revenue figures from commerce integrations, admin
        notices, the first-run checklist, quick links, the Fluent Forms integration state, an upgrade suggestion and a
        maintenance tip.

        Several members depend on the site and change type accordingly: `sales` is `[]` without a commerce
        integration, `onboarding` becomes `null` once every step is done, `recommendation` is `false` unless a
        supported third-party plugin is detected (always `false` with FluentCRM Pro), and `system_tips` is `""` unless
        a clean-up of a very large e-mail history is advised. Counter tiles beyond the six always present (for example
        `email_pending`) may appear.

        The prose documentation differs from the server. It shows only `stats`, `sales`, `onboarding`, `quick_links`
        and `ff_config`; the server also sends `dashboard_notices`, `recommendation`, `system_tips` and `__bench`. Its
        `total_subscribers` tile is titled "Total Contacts"; the server's is titled "Active Contacts" and counts only
        contacts whose status is `subscribed`. The server adds a `total_automations` tile, and its quick links are a
        different set.

        Returns:
            DashboardStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_get_dashboard_stats._get_kwargs())
        with parsing(response):
            response_200 = DashboardStats.from_dict(response.json())

            return response_200

    def subscriber_growth(
        self,
        *,
        date_range: builtins.list[str] | Unset = UNSET,
    ) -> ReportStats:
        """Contact growth over time (``GET /reports/subscribers``).

        Counts new contacts per period: contacts whose status is `subscribed`, by the date they were created. Contacts
        with any other status are not counted.

        **Window.** `date_range[]` gives a start date (inclusive) and an end date (exclusive). Without it the window is
        the last 30 days up to tomorrow, which gives 31 daily buckets ending today. With a single date the window runs
        from that date to the current time tomorrow, so it ends with a (normally empty) bucket for tomorrow. If the end
        lies before the start, `stats` is an empty JSON array `[]` instead of an object. A date that cannot be parsed
        gives 423 with PHP's parser message.

        **Buckets.** The window's length decides the bucket size, and every bucket is present, with 0 where nothing
        happened:
        - up to 62 days: daily, keys `YYYY-MM-DD`;
        - 63 to 92 days: weekly, keys `YYYY-MM-DD`. This mode is broken in FluentCRM 2.9.84: every week key stays 0,
          and the counts appear under extra day keys that are not week starts (e.g. `"2026-10-30": 2`), appended after
          the week keys. Treat weekly results as unreliable and prefer a daily or monthly window;
        - more than 92 days: monthly, keys `Mon YYYY` (`Feb 2020`).

        The prose documentation gives the path as `/reports/reports/subscribers`; that path answers 404
        `rest_no_route` and is deliberately absent from this description. Only `/reports/subscribers`, the path of its
        curl example, exists. The server also adds `__bench`, which the documentation does not show.

        The prose documentation presents the second `date_range[]` date as the last day of the window; the server
        stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

        Args:
            date_range (list[str] | Unset): Reporting window as up to two dates, `YYYY-MM-DD`: the first is the
                start (inclusive), the second the end (**exclusive**:
                `date_range[]=2026-11-19&date_range[]=2026-11-27` reports 2026-11-19 to 2026-11-26). Send it
                repeated, `date_range[]=2020-02-01&date_range[]=2022-02-10`.

        Returns:
            ReportStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_subscriber_growth._get_kwargs(
                date_range=date_range,
            )
        )
        with parsing(response):
            response_200 = ReportStats.from_dict(response.json())

            return response_200

    def email_sent_stats(
        self,
        *,
        date_range: builtins.list[str] | Unset = UNSET,
    ) -> ReportStats:
        """E-mails sent over time (``GET /reports/email-sents``).

        Counts campaign e-mails sent per period: rows of the campaign e-mail table whose status is `sent`, by their
        scheduled time.

        The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`): `date_range[]`
        gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30 days up to
        tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is included).
        Buckets are daily (`YYYY-MM-DD`) up to 62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week
        keys stay 0 and counts land under extra day keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is
        present, with 0 where nothing happened. If the end lies before the start, `stats` is an empty JSON array `[]`;
        a date that cannot be parsed gives 423.

        The prose documentation gives the path as `/reports/reports/email-sents`; that path answers 404
        `rest_no_route` and is deliberately absent from this description. Only `/reports/email-sents`, the path of its
        curl example, exists. The documentation's example also shows daily keys for a two-year window, where the
        server sends monthly `Mon YYYY` keys, and it omits `__bench`.

        The prose documentation presents the second `date_range[]` date as the last day of the window; the server
        stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

        Args:
            date_range (list[str] | Unset): Reporting window as up to two dates, `YYYY-MM-DD`: the first is the
                start (inclusive), the second the end (**exclusive**:
                `date_range[]=2026-11-19&date_range[]=2026-11-27` reports 2026-11-19 to 2026-11-26). Send it
                repeated, `date_range[]=2020-02-01&date_range[]=2022-02-10`.

        Returns:
            ReportStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_email_sent_stats._get_kwargs(
                date_range=date_range,
            )
        )
        with parsing(response):
            response_200 = ReportStats.from_dict(response.json())

            return response_200

    def email_open_stats(
        self,
        *,
        date_range: builtins.list[str] | Unset = UNSET,
    ) -> ReportStats:
        """E-mail opens over time (``GET /reports/email-opens``).

        Counts e-mail opens per period: tracked open events of campaign e-mails, by the time they were recorded.

        The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`): `date_range[]`
        gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30 days up to
        tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is included).
        Buckets are daily (`YYYY-MM-DD`) up to 62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week
        keys stay 0 and counts land under extra day keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is
        present, with 0 where nothing happened. If the end lies before the start, `stats` is an empty JSON array `[]`;
        a date that cannot be parsed gives 423.

        The prose documentation gives the path as `/reports/reports/email-opens`; that path answers 404
        `rest_no_route` and is deliberately absent from this description. Only `/reports/email-opens`, the path of its
        curl example, exists. The documentation's example also shows daily keys for a two-year window, where the
        server sends monthly `Mon YYYY` keys, and it omits `__bench`.

        The prose documentation presents the second `date_range[]` date as the last day of the window; the server
        stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

        Args:
            date_range (list[str] | Unset): Reporting window as up to two dates, `YYYY-MM-DD`: the first is the
                start (inclusive), the second the end (**exclusive**:
                `date_range[]=2026-11-19&date_range[]=2026-11-27` reports 2026-11-19 to 2026-11-26). Send it
                repeated, `date_range[]=2020-02-01&date_range[]=2022-02-10`.

        Returns:
            ReportStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_email_open_stats._get_kwargs(
                date_range=date_range,
            )
        )
        with parsing(response):
            response_200 = ReportStats.from_dict(response.json())

            return response_200

    def email_click_stats(
        self,
        *,
        date_range: builtins.list[str] | Unset = UNSET,
    ) -> ReportStats:
        """E-mail link clicks over time (``GET /reports/email-clicks``).

        Counts link clicks per period: tracked click events of campaign e-mails, by the time they were recorded.

        The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`): `date_range[]`
        gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30 days up to
        tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is included).
        Buckets are daily (`YYYY-MM-DD`) up to 62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week
        keys stay 0 and counts land under extra day keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is
        present, with 0 where nothing happened. If the end lies before the start, `stats` is an empty JSON array `[]`;
        a date that cannot be parsed gives 423.

        The prose documentation gives the path as `/reports/reports/email-clicks`; that path answers 404
        `rest_no_route` and is deliberately absent from this description. Only `/reports/email-clicks`, the path of
        its curl example, exists. The documentation's example also shows daily keys for a two-year window, where the
        server sends monthly `Mon YYYY` keys, and it omits `__bench`.

        The prose documentation presents the second `date_range[]` date as the last day of the window; the server
        stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

        Args:
            date_range (list[str] | Unset): Reporting window as up to two dates, `YYYY-MM-DD`: the first is the
                start (inclusive), the second the end (**exclusive**:
                `date_range[]=2026-11-19&date_range[]=2026-11-27` reports 2026-11-19 to 2026-11-26). Send it
                repeated, `date_range[]=2020-02-01&date_range[]=2022-02-10`.

        Returns:
            ReportStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_email_click_stats._get_kwargs(
                date_range=date_range,
            )
        )
        with parsing(response):
            response_200 = ReportStats.from_dict(response.json())

            return response_200


class Tags:
    """``crm.tags``: ``list``, ``create``, ``get``, ``update``, ``delete``, ``bulk_create``, ``bulk_delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        sort_by: ListTagsSortBy | Unset = "id",
        sort_order: ListTagsSortOrder | Unset = "DESC",
        exclude_counts: ListTagsExcludeCounts | Unset = 0,
        all_tags: ListTagsAllTags | Unset = 0,
    ) -> TagIndexResponse:
        """List tags (``GET /tags``).

        Returns one page of tags in FluentCRM's paginator shape (under `tags`), each with the number of subscribed
        contacts carrying it. Add `all_tags=1` to also receive every tag as a compact `{id, title, slug}` entry.

        The prose documentation differs from the server. It shows a plain `tags` array; the server sends a paginator
        (`total`, `per_page`, `current_page`, `last_page`, `next_page_url`, `prev_page_url`, `from`, `to`, `data`) and
        `__bench`. It shows list-shaped items with string ids, `is_public` and `totalCount`; tag items have integer
        ids and only `subscribersCount`. It offers `subscribers` as a `sort_by` value; the server answers 423 with an
        SQL error for it, as for any name that is not a column of the tag table.

        A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives a 423 SQL
        error; the emulator answers 400 `rest_invalid_param` instead.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Keeps tags whose title contains the text, or whose slug or description starts
                with it (SQL `LIKE`, case-insensitive).
            sort_by (ListTagsSortBy | Unset): Column to sort by. Any other value (including the documented
                `subscribers`) makes the server answer 423 with the SQL error. Default: 'id'.
            sort_order (ListTagsSortOrder | Unset): Sort direction. Default: 'DESC'.
            exclude_counts (ListTagsExcludeCounts | Unset): When set to `1`, the items carry no
                `subscribersCount` (a faster query). Default: 0.
            all_tags (ListTagsAllTags | Unset): When set to `1`, the response also carries `all_tags`, every tag
                as `{id, title, slug}` with string ids. Default: 0.

        Returns:
            TagIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_tags._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                exclude_counts=exclude_counts,
                all_tags=all_tags,
            )
        )
        with parsing(response):
            response_200 = TagIndexResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        sort_by: ListTagsSortBy | Unset = "id",
        sort_order: ListTagsSortOrder | Unset = "DESC",
        exclude_counts: ListTagsExcludeCounts | Unset = 0,
        all_tags: ListTagsAllTags | Unset = 0,
    ) -> Iterator[TagItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                page=page,
                per_page=per_page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                exclude_counts=exclude_counts,
                all_tags=all_tags,
            )
            items = result.tags.data
            yield from items
            seen += len(items)
            if not items or seen >= result.tags.total:
                return
            page += 1

    def create(
        self,
        *,
        body: TagInput | TagInput | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> TagCreateResponse:
        """Create a tag (``POST /tags``).

        Creates a tag. `title` is required; `slug` is derived from the title when left out. A slug that is sent is
        stored verbatim: unlike list slugs, tag slugs are not sanitised, so `My Spacey Slug` stays as it is. The
        fields can be sent as query parameters (the style of the prose documentation), as a form body or as a JSON
        body.

        The new tag is returned twice, under `lists` (the key really is `lists`) and under `item`, next to `message`
        and `__bench`. The prose documentation shows only `lists` and `message`. Use `lists.id` (or `item.id`) for the
        other `/tags/{id}` operations.

        Args:
            title (str | Unset): Name of the tag, when the fields are sent as query parameters. Required in the
                query or the body.
            slug (str | Unset): Unique identifier (stored verbatim), when the fields are sent as query
                parameters.
            description (str | Unset): Internal note, when the fields are sent as query parameters.
            body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as query
                parameters, a form body or a JSON body.
            body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as query
                parameters, a form body or a JSON body.

        Returns:
            TagCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_tag._get_kwargs(
                body=body,
                title=title,
                slug=slug,
                description=description,
            )
        )
        with parsing(response):
            response_200 = TagCreateResponse.from_dict(response.json())

            return response_200

    def get(
        self,
        id: int,
    ) -> TagFindResponse:
        """Get one tag (``GET /tags/{id}``).

        Returns the stored tag wrapped in `tag`, without `subscribersCount` and without `__bench`. When no tag has the
        id, the answer is still 200, with `{"tag": null}`.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the tag. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.

        Returns:
            TagFindResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_tag._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = TagFindResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        *,
        body: TagInput | TagInput | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> TagUpdateResponse:
        """Update a tag (``PUT /tags/{id}``).

        Updates the title, slug and description of a tag. `title` is required. Unlike lists, the `slug` is honoured
        and stored verbatim; when none is sent, the slug becomes the slugified title. If the slug belongs to another
        tag the update is refused with 422, and an unknown id gives 404. The fields can be sent as query parameters
        (the style of the prose documentation), as a form body or as a JSON body.

        The prose documentation shows `"lists": "1"` in the response; the server sends the number of changed rows as
        an integer, `1`, or `0` when nothing changed, and adds `__bench`.

        Args:
            id (int): Integer id of the tag. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.
            title (str | Unset): New name, when the fields are sent as query parameters. Required in the query
                or the body.
            slug (str | Unset): New slug (stored verbatim), when the fields are sent as query parameters.
            description (str | Unset): New internal note, when the fields are sent as query parameters. Sending
                none clears it.
            body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as query
                parameters, a form body or a JSON body.
            body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as query
                parameters, a form body or a JSON body.

        Returns:
            TagUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_tag._get_kwargs(
                id=id,
                body=body,
                title=title,
                slug=slug,
                description=description,
            )
        )
        with parsing(response):
            response_200 = TagUpdateResponse.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> TagDeleteResponse:
        """Delete a tag (``DELETE /tags/{id}``).

        Deletes a tag. The contacts that carried it are not deleted.

        For an id that does not exist, FluentCRM 2.9.84 crashes ("Call to a member function delete() on null") and
        WordPress answers 500 with its critical-error body. The emulator answers 404 with the model-not-found message
        instead. The prose documentation does not describe the failure, and its success example lacks `__bench`.

        Args:
            id (int): Integer id of the tag. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.

        Returns:
            TagDeleteResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_tag._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = TagDeleteResponse.from_dict(response.json())

            return response_200

    def bulk_create(
        self,
        *,
        body: TagBulkCreateInput,
    ) -> TaxonomyBulkResponse:
        """Create several tags (``POST /tags/bulk``).

        Creates tags from `tags` (or, when that is empty, `items`): each item needs a `title`; its `slug` (the
        slugified title when left out) identifies it, so an item whose slug exists updates that one's title instead.
        Items without a title are skipped. The answer lists the ids handled, in order.

        The prose documentation does not describe this operation.

        Args:
            body (TagBulkCreateInput): The tags to create, under `tags` (or, when `tags` is empty or missing,
                under `items`).

        Returns:
            TaxonomyBulkResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _bulk_create_tags._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = TaxonomyBulkResponse.from_dict(response.json())

            return response_200

    def bulk_delete(
        self,
        *,
        body: TagBulkDeleteInput | TagBulkDeleteFormInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete several tags (``POST /tags/do-bulk-action``).

        Deletes the tags whose ids are in `tagIds`, and their links to contacts. Ids that match nothing and `0` are
        skipped; an empty or missing `tagIds` deletes nothing. The answer is the same in every case.

        The prose documentation does not describe this operation.

        Args:
            body (TagBulkDeleteInput): Ids of the tags to delete. Ids with no tag, and `0`, are skipped; an
                empty or missing list deletes nothing.
            body (TagBulkDeleteFormInput): The form-encoded equivalent of `TagBulkDeleteInput`, `tagIds[]`
                repeated. Ids of the tags to delete. Ids with no tag, and `0`, are skipped; an empty or missing list
                deletes nothing.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _bulk_delete_tags._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class Users:
    """``crm.users``: ``list``, ``roles``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        roles: builtins.list[str] | Unset = UNSET,
        limit: int | Unset = 5,
        fields: builtins.list[ListUsersFieldsItem] | Unset = UNSET,
    ) -> UserIndexResponse:
        """List WordPress users (``GET /users``).

        Returns up to `limit` WordPress users (5 by default), optionally only those with one of the `roles[]`, and the
        `total` number of matching users. Each user has `ID` and `id` (both numeric strings), `display_name` and
        `user_email`; `fields[]` picks other `wp_users` columns instead. The response has no `__bench`.

        Do not send `fields=all`: WordPress then returns whole user objects, password hashes included. A `limit` that
        is not a number crashes WordPress's user query with an HTML error page; the emulator answers 400.

        The prose documentation does not describe this operation.

        Args:
            roles (list[str] | Unset): Keep users having one of these roles.
            limit (int | Unset): How many users to return. Default: 5.
            fields (list[ListUsersFieldsItem] | Unset): The `wp_users` columns to return instead of `ID`,
                `display_name` and `user_email`.

        Returns:
            UserIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_users._get_kwargs(
                roles=roles,
                limit=limit,
                fields=fields,
            )
        )
        with parsing(response):
            response_200 = UserIndexResponse.from_dict(response.json())

            return response_200

    def roles(
        self,
    ) -> UserRolesResponse:
        """List the WordPress roles (``GET /users/roles``).

        Returns the WordPress roles the current user may assign, keyed by role slug, each with its display name and
        capabilities.

        The prose documentation does not describe this operation.

        Returns:
            UserRolesResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_user_roles._get_kwargs())
        with parsing(response):
            response_200 = UserRolesResponse.from_dict(response.json())

            return response_200


class FluentCRM:
    """Client for one FluentCRM site.

    Args:
        base_url: the site URL (``https://example.com``) or the API root (``https://example.com/wp-json/fluent-crm/v2``);
            defaults to ``$FLUENTCRM_BASE_URL``.
        username: the WordPress user name; defaults to ``$FLUENTCRM_USERNAME``.
        app_password: an application password of that user (Users → Profile → Application Passwords); defaults to
            ``$FLUENTCRM_APP_PASSWORD``. It is sent as HTTP Basic auth and never shown in a repr, log or exception.
        timeout: seconds (or an ``httpx.Timeout``) per request; 30 s by default.
        retry: how idempotent requests are retried on connection errors, 429 and 5xx (see ``RetryPolicy``).
        transport: an httpx transport to send requests through (tests, proxies); retries wrap it.
    """

    def __init__(
        self,
        base_url: str | None = None,
        username: str | None = None,
        app_password: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._settings: Settings = resolve_settings(base_url, username, app_password, timeout, retry)
        #: The generated low-level client, for the functions in ``fluentcrm_client.api`` (same auth and retries).
        self.client: Client
        self.client, self._http = sync_client(self._settings, transport)
        self.companies = Companies(self)
        self.contacts = Contacts(self)
        self.custom_fields = CustomFields(self)
        self.labels = Labels(self)
        self.lists = Lists(self)
        self.reports = Reports(self)
        self.tags = Tags(self)
        self.users = Users(self)

    @classmethod
    def from_env(
        cls,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> FluentCRM:
        """A client configured only from ``FLUENTCRM_BASE_URL``, ``FLUENTCRM_USERNAME`` and ``FLUENTCRM_APP_PASSWORD``."""
        return cls(timeout=timeout, retry=retry, transport=transport)

    @property
    def base_url(self) -> str:
        """The API root every request is relative to."""
        return self._settings.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def _send(self, request: dict[str, Any]) -> httpx.Response:
        try:
            response = self._http.request(**request)
        except httpx.TransportError as error:
            raise translate_transport_error(error, request, self.base_url) from error
        return check_response(response)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> FluentCRM:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncCompanies:
    """``crm.companies``: ``list``, ``create``, ``get``, ``update``, ``delete``, ``search``, ``search_unattached_contacts``, ``set_property``, ``attach_contacts``, ``detach_contacts``, ``bulk_action``, ``import_csv``, ``custom_tab_view``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm
        self.custom_fields = AsyncCompaniesCustomFields(crm)
        self.notes = AsyncCompaniesNotes(crm)

    async def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        sort_by: ListCompaniesSortBy | Unset = "id",
        sort_order: ListCompaniesSortOrder | Unset = "DESC",
        inline_filterscompany_types: builtins.list[str] | Unset = UNSET,
        inline_filterscompany_categories: builtins.list[str] | Unset = UNSET,
    ) -> CompanyIndexResponse:
        """List companies (``GET /companies``).

        Returns one page of companies under `companies`, each with its owner contact and the number of contacts
        attached to it. `search` matches the name, e-mail, phone or description; `inline_filters[company_types][]` and
        `inline_filters[company_categories][]` keep companies of the given types or categories (`industry`).

        Companies are an experimental module: every `/companies` route answers 403 `rest_forbidden` until the
        experimental setting `company_module` is switched on.

        The prose documentation differs from the server. It gives a default page size of 10 (the server uses 15), and
        does not mention the 403 while the module is off. Numeric columns it shows as integers (`owner_id`,
        `employees_number`) are strings, and the documented `status` column does not exist.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Keeps companies whose name, e-mail, phone or description contains the text.
            sort_by (ListCompaniesSortBy | Unset): Column to sort by. A name that is not a column of the company
                table makes the server answer 423 with the SQL error. (`sort_type`, used elsewhere, is ignored
                here.) Default: 'id'.
            sort_order (ListCompaniesSortOrder | Unset):  Default: 'DESC'.
            inline_filterscompany_types (list[str] | Unset): Keep only companies of these types.
            inline_filterscompany_categories (list[str] | Unset): Keep only companies in these categories
                (`industry`).

        Returns:
            CompanyIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_companies._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                inline_filterscompany_types=inline_filterscompany_types,
                inline_filterscompany_categories=inline_filterscompany_categories,
            )
        )
        with parsing(response):
            response_200 = CompanyIndexResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        sort_by: ListCompaniesSortBy | Unset = "id",
        sort_order: ListCompaniesSortOrder | Unset = "DESC",
        inline_filterscompany_types: builtins.list[str] | Unset = UNSET,
        inline_filterscompany_categories: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[CompanyWithCounts]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                page=page,
                per_page=per_page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                inline_filterscompany_types=inline_filterscompany_types,
                inline_filterscompany_categories=inline_filterscompany_categories,
            )
            items = result.companies.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.companies.total:
                return
            page += 1

    async def create(
        self,
        *,
        body: CompanyInput | CompanyInput | Unset = UNSET,
    ) -> CompanyCreateResponse:
        """Create a company (``POST /companies``).

        Creates a company from a flat body (JSON or form). `name` is required and must be unique; the URL fields must
        be URLs and get `https://` when sent without a scheme. `owner_id` names the owning contact.
        `intended_contact_id` attaches a contact to the new company and makes it that contact's primary company when
        it has none.

        The answer echoes only the columns that were sent, with sent numbers as JSON integers (`owner_id: 1`), whereas
        every read returns them as strings (`"1"`). Use `company.id` for the `/companies/{id}` operations.

        The prose documentation lists only `name`, `email`, `phone`, `type` and `owner_id` and shows no response.

        Args:
            body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a form. `name`
                is required and must be unique.
                Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme
                gets
                `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the
                new company
                (and makes it the contact's primary company when the contact has none).
            body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a form. `name`
                is required and must be unique.
                Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme
                gets
                `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the
                new company
                (and makes it the contact's primary company when the contact has none).

        Returns:
            CompanyCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_company._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyCreateResponse.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: int,
        *,
        find_by: GetCompanyFindBy | Unset = UNSET,
        find_by_value: str | Unset = UNSET,
    ) -> CompanyFindResponse:
        """Get one company (``GET /companies/{id}``).

        Returns the company under `company`, with `contacts_count` and its owner contact, who here also carries e-mail
        `stats`. An unknown id gives 404.

        The controller also offers a lookup by column (`find_by=name|email|phone&find_by_value=...`), but in FluentCRM
        2.9.84 it always crashes with a 500; an id of 0 crashes as well (an HTML error page). The emulator does the
        lookup (404 `Company not found` when nothing matches) and answers 404 for id 0.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`). `0` is special: `PUT /companies/0` creates a company, and the other methods crash
                on it.
            find_by (GetCompanyFindBy | Unset): Look the company up by this column instead of the id. FluentCRM
                2.9.84 crashes (500) whenever it is `name`, `email` or `phone`; other values are ignored.
            find_by_value (str | Unset): The value to look for with `find_by`.

        Returns:
            CompanyFindResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_company._get_kwargs(
                id=id,
                find_by=find_by,
                find_by_value=find_by_value,
            )
        )
        with parsing(response):
            response_200 = CompanyFindResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        *,
        body: CompanyInput | CompanyInput | Unset = UNSET,
    ) -> CompanyCreateResponse | CompanyUpdateResponse:
        """Update a company (``PUT /companies/{id}``).

        Writes the fields that are sent (a flat body, JSON or form) to the company named by the id; fields left out
        keep their values. `name` is required, and may be changed as long as no other company has it. The answer holds
        the whole row; fields that were sent keep the type PHP received, so `owner_id` and `employees_number` come
        back as integers when sent and as strings otherwise.

        With the id 0 the operation creates a company instead and answers like `POST /companies`.

        The prose documentation names the route only.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`). `0` is special: `PUT /companies/0` creates a company, and the other methods crash
                on it.
            body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a form. `name`
                is required and must be unique.
                Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme
                gets
                `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the
                new company
                (and makes it the contact's primary company when the contact has none).
            body (CompanyInput): The fields of a company, sent flat (not wrapped), as JSON or as a form. `name`
                is required and must be unique.
                Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme
                gets
                `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the
                new company
                (and makes it the contact's primary company when the contact has none).

        Returns:
            CompanyCreateResponse | CompanyUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_company._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> CompanyCreateResponse | CompanyUpdateResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = CompanyUpdateResponse.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = CompanyCreateResponse.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete a company (``DELETE /companies/{id}``).

        Deletes the company and its links to contacts (the contacts stay; those whose primary company it was lose it).
        An unknown id gives 404; id 0 makes FluentCRM 2.9.84 crash with an HTML error page (the emulator answers 404).

        The prose documentation names the route only.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`). `0` is special: `PUT /companies/0` creates a company, and the other methods crash
                on it.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_company._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def search(
        self,
        *,
        search: str | Unset = UNSET,
        subscriber_id: int | Unset = UNSET,
        values: builtins.list[int] | Unset = UNSET,
    ) -> CompanySearchResponse:
        """Search companies for a picker (``GET /companies/search``).

        Returns up to 50 companies in a compact shape (`id`, `name`, `email`, `logo`, `phone`, `website`), ordered by
        name. `search` filters like the index; `subscriber_id` leaves out the companies that contact already belongs
        to; `values[]` appends the named companies when the search did not return them (to show the current
        selection). `has_more` is `true` when the site holds 50 companies or more.

        The prose documentation does not describe this operation.

        Args:
            search (str | Unset): Keeps companies whose name, e-mail, phone or description contains the text.
            subscriber_id (int | Unset): Leave out the companies this contact is attached to.
            values (list[int] | Unset): Ids of companies to include even when the search does not match them.

        Returns:
            CompanySearchResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _search_companies._get_kwargs(
                search=search,
                subscriber_id=subscriber_id,
                values=values,
            )
        )
        with parsing(response):
            response_200 = CompanySearchResponse.from_dict(response.json())

            return response_200

    async def search_unattached_contacts(
        self,
        *,
        company_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        limit: int | Unset = 20,
    ) -> UnattachedContactsResponse:
        """Search contacts not attached to a company (``GET /companies/search-unattached-contacts``).

        Returns contacts that are not attached to the company `company_id`, highest id first, at most `limit` (20 by
        default), matching `search` like the contact index does. Each result has every contact column plus `full_name`
        and `photo`, without tags or lists. Without `company_id` every contact qualifies.

        The prose documentation does not describe this operation.

        Args:
            company_id (int | Unset): The company whose contacts are left out.
            search (str | Unset): Keeps contacts whose name, e-mail or phone contains the text.
            limit (int | Unset): Maximum number of contacts returned. Default: 20.

        Returns:
            UnattachedContactsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _search_unattached_contacts._get_kwargs(
                company_id=company_id,
                search=search,
                limit=limit,
            )
        )
        with parsing(response):
            response_200 = UnattachedContactsResponse.from_dict(response.json())

            return response_200

    async def set_property(
        self,
        *,
        body: CompanyPropertyInput | CompanyPropertyFormInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Set one property on several companies (``PUT /companies/companies-property``).

        Sets `type`, `logo` or `owner_id` to `value` on every company of `companies` (ids that match no company are
        skipped). A `type` must be one of the company types. `refetch_logo` downloads the logo from the first
        company's website; the emulator never makes outgoing requests and answers that it found no logo.

        Validation names the fields `column`, `value` and `company_ids`, although the request sends `property`,
        `value` and `companies`. Other refusals are 422 `{"message"}`.

        The prose documentation does not describe this operation.

        Args:
            body (CompanyPropertyInput): One property to set on several companies. `property` must be `type`,
                `logo`, `owner_id` or `refetch_logo`; for
                `type` the value must be one of the company types. `refetch_logo` fetches the logo from the first
                company's
                website (an outgoing request from the server) and stops there.
            body (CompanyPropertyFormInput): The form-encoded equivalent of `CompanyPropertyInput`,
                `companies[]` repeated.
                One property to set on several companies. `property` must be `type`, `logo`, `owner_id` or
                `refetch_logo`; for
                `type` the value must be one of the company types. `refetch_logo` fetches the logo from the first
                company's
                website (an outgoing request from the server) and stops there.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_companies_property._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def attach_contacts(
        self,
        *,
        body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
    ) -> CompanyAttachResponse:
        """Attach contacts to companies (``POST /companies/attach-subscribers``).

        Attaches every contact of `subscriber_ids` to every company of `company_ids` (already attached pairs stay as
        they are); a contact without a primary company gets the first one as `company_id`. The answer lists the
        companies. Unknown ids are skipped; when no contact or no company exists the answer is 422 with the JSON
        string `"Invalid data"`, and without the arrays FluentCRM 2.9.84 crashes.

        The prose documentation gives the method as PUT; the route only takes POST (PUT is 404 `rest_no_route`).

        Args:
            body (CompanyContactsInput): Contacts and companies to link or unlink: every contact of
                `subscriber_ids` with every company of `company_ids`.
                Both arrays are required; without them FluentCRM 2.9.84 crashes.
            body (CompanyContactsFormInput): The form-encoded equivalent of `CompanyContactsInput`: the ids
                repeated under their PHP array names.
                Contacts and companies to link or unlink: every contact of `subscriber_ids` with every company of
                `company_ids`.
                Both arrays are required; without them FluentCRM 2.9.84 crashes.

        Returns:
            CompanyAttachResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _attach_company_contacts._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyAttachResponse.from_dict(response.json())

            return response_200

    async def detach_contacts(
        self,
        *,
        body: CompanyContactsInput | CompanyContactsFormInput | Unset = UNSET,
    ) -> CompanyDetachResponse:
        """Detach contacts from companies (``POST /companies/detach-subscribers``).

        Removes the links between the contacts of `subscriber_ids` and the companies of `company_ids`. A contact whose
        primary company is removed gets another of its companies, or none. The answer lists the companies and
        `last_primary_company_id`, the primary company left to the last contact (`false` when none). Unknown ids give
        422 `"Invalid data"`, missing arrays a crash, as for attaching.

        The prose documentation does not describe this operation.

        Args:
            body (CompanyContactsInput): Contacts and companies to link or unlink: every contact of
                `subscriber_ids` with every company of `company_ids`.
                Both arrays are required; without them FluentCRM 2.9.84 crashes.
            body (CompanyContactsFormInput): The form-encoded equivalent of `CompanyContactsInput`: the ids
                repeated under their PHP array names.
                Contacts and companies to link or unlink: every contact of `subscriber_ids` with every company of
                `company_ids`.
                Both arrays are required; without them FluentCRM 2.9.84 crashes.

        Returns:
            CompanyDetachResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _detach_company_contacts._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyDetachResponse.from_dict(response.json())

            return response_200

    async def bulk_action(
        self,
        *,
        body: CompanyBulkActionInput | CompanyBulkActionFormInput | Unset = UNSET,
    ) -> CompanyBulkActionResponse:
        """Run a bulk action on companies (``POST /companies/do-bulk-action``).

        Deletes the companies of `company_ids` (`delete_companies`), or sets their type (`change_company_type`) or
        category (`change_company_category`) to `new_status`. The answer counts the companies handled and gives the
        last id as a string; when none of the ids exists it says `is_completed: true` instead. An unknown action
        changes nothing but still reports success; `change_company_status` fails with 423 because companies have no
        `status` column.

        **Always send `company_ids`.** With an empty or missing list FluentCRM acts on the next 50 companies of the
        whole site (after `last_id`). The emulator does the same.

        The prose documentation does not describe this operation.

        Args:
            body (CompanyBulkActionInput): A bulk action on companies. Send the ids in `company_ids`: with an
                empty or missing `company_ids`, FluentCRM
                applies the action to the next 50 companies (id above `last_id`, optionally filtered by `search`),
                i.e. to every
                company when called repeatedly.
            body (CompanyBulkActionFormInput): The form-encoded equivalent of `CompanyBulkActionInput`,
                `company_ids[]` repeated.
                A bulk action on companies. Send the ids in `company_ids`: with an empty or missing `company_ids`,
                FluentCRM
                applies the action to the next 50 companies (id above `last_id`, optionally filtered by `search`),
                i.e. to every
                company when called repeatedly.

        Returns:
            CompanyBulkActionResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _companies_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyBulkActionResponse.from_dict(response.json())

            return response_200

    async def import_csv(
        self,
        *,
        body: CompanyCsvImportInput,
    ) -> CompanyCsvImportResponse:
        """Import a page of companies from an uploaded CSV (``POST /companies/csv-import``).

        Imports the next page of a CSV file uploaded before through the CSV upload route, mapping its columns with
        `map`. The answer reports the progress. Without an uploaded `file` FluentCRM answers 422 with the message of
        the exception it hit. The emulator keeps no uploaded files, so it always answers that 422.

        The prose documentation does not describe this operation.

        Args:
            body (CompanyCsvImportInput): One page of a company import from a CSV file that was uploaded before
                (the upload route answers with the stored
                file name). `map` pairs CSV columns with company columns.

        Returns:
            CompanyCsvImportResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _import_companies_csv._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyCsvImportResponse.from_dict(response.json())

            return response_200

    async def custom_tab_view(
        self,
        id: int,
        *,
        section_provider: str | Unset = UNSET,
    ) -> CompanyTabView:
        """Get a custom tab of a company profile (``GET /companies/{id}/custom_tab_view``).

        Returns the heading and HTML a plugin provides for the company-profile tab `section_provider`. With no plugin
        answering, both are empty strings. The company must exist (404); id 0 crashes FluentCRM 2.9.84 with an HTML
        error page.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`). FluentCRM 2.9.84 crashes on `0`.
            section_provider (str | Unset): Key of the tab, as registered by the plugin that adds it.

        Returns:
            CompanyTabView: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_company_custom_tab_view._get_kwargs(
                id=id,
                section_provider=section_provider,
            )
        )
        with parsing(response):
            response_200 = CompanyTabView.from_dict(response.json())

            return response_200


class AsyncCompaniesCustomFields:
    """``crm.companies.custom_fields``: ``list``, ``update``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        with_: builtins.list[GetCompanyCustomFieldsWithItem] | Unset = UNSET,
    ) -> CustomFieldsResponse:
        """List the company custom-field definitions (``GET /companies/custom-fields``).

        Returns the definitions of the company custom fields, in the same shape as the contact ones (`/custom-
        fields/contacts`); their values live in each company's `meta.custom_values`. `with[]=field_types` adds the
        field-type catalogue.

        The prose documentation does not describe this operation.

        Args:
            with_ (list[GetCompanyCustomFieldsWithItem] | Unset): `field_types` adds the field-type catalogue,
                `field_groups` the groups.

        Returns:
            CustomFieldsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_company_custom_fields._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        *,
        body: CustomFieldsSaveRequest,
    ) -> CustomFieldsSaveResponse:
        """Replace the company custom-field definitions (``PUT /companies/custom-fields``).

        Stores a new, complete set of company custom-field definitions (`{"fields": [...]}`), replacing the previous
        set, with the same slug rules as the contact fields, and echoes it.

        The prose documentation does not describe this operation.

        Args:
            body (CustomFieldsSaveRequest): The complete new set of contact custom fields. It replaces the
                stored set: a field left out is removed (contacts' stored values for it stay in the database but are
                no longer shown).

        Returns:
            CustomFieldsSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_company_custom_fields._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsSaveResponse.from_dict(response.json())

            return response_200


class AsyncCompaniesNotes:
    """``crm.companies.notes``: ``list``, ``create``, ``update``, ``delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        id: int,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
    ) -> CompanyNotesResponse:
        """List a company's notes (``GET /companies/{id}/notes``).

        Returns one page of the company's notes, newest first, each with its author (`added_by`), and the note form
        (`fields`, whose `type` options are the note types). `search` filters by title. An unknown company id gives an
        empty page, not 404.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`).
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Keeps notes whose title contains the text.

        Returns:
            CompanyNotesResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_company_notes._get_kwargs(
                id=id,
                per_page=per_page,
                page=page,
                search=search,
            )
        )
        with parsing(response):
            response_200 = CompanyNotesResponse.from_dict(response.json())

            return response_200

    async def create(
        self,
        id: int,
        *,
        body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
    ) -> CompanyNoteCreateResponse:
        """Add a note to a company (``POST /companies/{id}/notes``).

        Adds a note, sent wrapped in `note` with `title`, `description` (HTML) and `type` (all required) and an
        optional `created_at`. The answer echoes the stored note with integer `subscriber_id` (the company id) and
        `created_by`. An unknown company gives 404; a body without `note` makes FluentCRM 2.9.84 crash.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`).
            body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and `type` are
                required.
            body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and `type` are
                required.

        Returns:
            CompanyNoteCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_company_note._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyNoteCreateResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        note_id: int,
        *,
        body: CompanyNoteInput | CompanyNoteInput | Unset = UNSET,
    ) -> CompanyNoteUpdateResponse:
        """Update a company note (``PUT /companies/{id}/notes/{note_id}``).

        Replaces the title, description, type and (when sent) `created_at` of a note. The company must exist (404
        `Company`) and so must the note (404 `CompanyNote`); the note is found by its id alone. The answer holds the
        note as stored, its numeric columns as strings.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`).
            note_id (int): Integer id of the note.
            body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and `type` are
                required.
            body (CompanyNoteInput): A company note, wrapped in `note`. `title`, `description` and `type` are
                required.

        Returns:
            CompanyNoteUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_company_note._get_kwargs(
                id=id,
                note_id=note_id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = CompanyNoteUpdateResponse.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
        note_id: int,
    ) -> MessageWithBench:
        """Delete a company note (``DELETE /companies/{id}/notes/{note_id}``).

        Deletes the note with this id. The company must exist (404); a note id that matches nothing still answers
        200.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the company. A value that is not a sequence of digits matches no route (404
                `rest_no_route`).
            note_id (int): Integer id of the note.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_company_note._get_kwargs(
                id=id,
                note_id=note_id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncContacts:
    """``crm.contacts``: ``list``, ``create``, ``delete_many``, ``get``, ``update``, ``delete``, ``bulk_add_update``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        tags: builtins.list[int] | Unset = UNSET,
        lists: builtins.list[int] | Unset = UNSET,
        statuses: builtins.list[ContactStatusInput] | Unset = UNSET,
        sort_by: ListContactsSortBy | Unset = "id",
        sort_type: ListContactsSortType | Unset = "DESC",
        custom_fields: bool | Unset = False,
    ) -> ContactIndexResponse:
        """List contacts (``GET /subscribers``).

        Returns one page of contacts with their tags and lists, newest first. Filters combine with AND; the values
        inside one filter (`tags[]`, `lists[]`, `statuses[]`) combine with OR.

        The prose documentation says the body is a bare paginator; the server wraps it in `subscribers`, next to
        `custom` and `__bench`. It names the sort parameters `order_by`/`order_type`; the server ignores those and
        reads `sort_by`/`sort_type`. It gives a default page size of 10; the server uses 15. Pagination exists only in
        the body: there are no `X-WP-Total` headers, and `next_page_url`/`prev_page_url` are relative and drop every
        query parameter except `page`.

        A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500) and a negative one causes an SQL error
        (423). The emulator answers 400 `rest_invalid_param` for these instead.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Substring match (SQL `LIKE`) against e-mail, first and last name, "first
                last", address lines, postal code, city, state, country, phone and status. Custom-field values are
                searched only with `custom_fields=true`.
            tags (list[int] | Unset): Tag ids: contacts having **any** of them. Unknown ids match nothing. Use
                the bracket form; a scalar `tags=1` matches nothing at all.
            lists (list[int] | Unset): List ids: contacts in **any** of them. Unknown ids match nothing.
            statuses (list[ContactStatusInput] | Unset): Statuses: contacts having any of them. An unknown value
                is dropped silently, and when no known value is left the filter disappears and every contact is
                returned. (A scalar `statuses=bounced` works too.)
            sort_by (ListContactsSortBy | Unset): Column to sort by. Any other value is not an error: no `ORDER
                BY` is applied at all and rows come back in ascending id order. (The prose documentation's
                `order_by` is ignored.) Default: 'id'.
            sort_type (ListContactsSortType | Unset): `ASC` sorts ascending; every other value sorts descending.
                The server compares case-insensitively, so `asc` works too. (The prose documentation's `order_type`
                is ignored.) Default: 'DESC'.
            custom_fields (bool | Unset): Only the exact value `true` has an effect: each row gains
                `custom_fields` and `search` also looks at custom-field values. Any other value (such as `1`) is
                ignored, but echoed back in `custom`. Default: False.

        Returns:
            ContactIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_contacts._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                tags=tags,
                lists=lists,
                statuses=statuses,
                sort_by=sort_by,
                sort_type=sort_type,
                custom_fields=custom_fields,
            )
        )
        with parsing(response):
            response_200 = ContactIndexResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        tags: builtins.list[int] | Unset = UNSET,
        lists: builtins.list[int] | Unset = UNSET,
        statuses: builtins.list[ContactStatusInput] | Unset = UNSET,
        sort_by: ListContactsSortBy | Unset = "id",
        sort_type: ListContactsSortType | Unset = "DESC",
        custom_fields: bool | Unset = False,
    ) -> AsyncIterator[ContactListItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                page=page,
                per_page=per_page,
                search=search,
                tags=tags,
                lists=lists,
                statuses=statuses,
                sort_by=sort_by,
                sort_type=sort_type,
                custom_fields=custom_fields,
            )
            items = result.subscribers.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.subscribers.total:
                return
            page += 1

    async def create(
        self,
        *,
        body: ContactInput | ContactFormInput | Unset = UNSET,
    ) -> ContactCreateResponse:
        """Create a contact (``POST /subscribers``).

        Creates a contact and returns every column of it, plus `tags` and `lists` when any were attached. The fields
        may be sent as a JSON body, a form-encoded body (the prose documentation's curl example) or even as query
        parameters. `email` and `status` are required; a taken e-mail gives 422 unless `__force_update=yes`, which
        updates that contact instead (`action_type: updated`).

        The prose documentation says tag and list ids in the response are strings; they are integers. It says
        `country` is expanded to a name and the `photo` parameter sets a picture; the server stores `country` as sent
        and ignores `photo` (the column is `avatar`). It calls `__force_update` a boolean; the server compares it with
        the string `yes`. Some invalid input is not rejected: an unknown `status` becomes `subscribed`, an unparsable
        `date_of_birth` is stored as `0000-00-00`, unknown tag and list ids are dropped, and non-numeric tags are
        taken as titles (creating the tag when needed). Top-level keys that match a custom-field slug are saved as
        custom values.

        Args:
            body (ContactInput): JSON body of `POST /subscribers`. `email` and `status` are required. An unknown
                `status` value is not rejected:
                the contact is created as `subscribed`.
            body (ContactFormInput): Form-encoded body of `POST /subscribers`, with PHP's bracket syntax:
                `tags[]=1&tags[]=2` and
                `custom_values[favorite_color]=teal`. The same fields can also be sent as query parameters.

        Returns:
            ContactCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_contact._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = ContactCreateResponse.from_dict(response.json())

            return response_200

    async def delete_many(
        self,
        *,
        body: ContactBulkDeleteInput | Unset = UNSET,
        subscribers: builtins.list[int] | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete several contacts (``DELETE /subscribers``).

        Deletes the contacts whose ids are given in `subscribers[]` (query) or in a JSON body `{"subscribers":
        [...]}`. Ids that do not exist are ignored and the answer is still 200. Without any id the server answers 422
        about `subscriber_ids`.

        The prose documentation attaches this route's confirmation message and `subscribers[]` parameter to `DELETE
        /subscribers/{id}`; they belong here.

        Args:
            subscribers (list[int] | Unset): Ids of the contacts to delete.
            body (ContactBulkDeleteInput | Unset): JSON body of `DELETE /subscribers`, an alternative to the
                `subscribers[]` query parameter.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_contacts._get_kwargs(
                body=body,
                subscribers=subscribers,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: int,
        *,
        with_: builtins.list[GetContactWithItem] | Unset = UNSET,
        get_by_email: str | Unset = UNSET,
    ) -> ContactFindResponse:
        """Get a contact (``GET /subscribers/{id}``).

        Returns one contact with its tags and lists. Extra data is added only on request with `with[]`. With id `0`
        and `get_by_email`, the contact is looked up by e-mail instead.

        The prose documentation shows `stats` and `custom_values` in every answer and leaves the list of `with[]`
        values empty; in fact they appear only with `with[]=stats` and `with[]=subscriber.custom_values`. A missing
        contact gives 422 `Subscriber not found`, not 404. Some keys are conditional: `user_edit_url` and `user_roles`
        for a contact linked to a WordPress user, `unsubscribe_reason` and `unsubscribe_date` for unsubscribed,
        bounced or complained contacts. `photo` is the plugin's placeholder image unless `avatar` is set, not a
        Gravatar URL.

        Args:
            id (int): Contact id. Only digits match the route: any other value (`abc`) gets 404 `rest_no_route`.
            with_ (list[GetContactWithItem] | Unset): Extra data to include. `stats` adds `subscriber.stats`;
                `subscriber.custom_values` adds `subscriber.custom_values`; `custom_fields` adds the top-level
                `custom_fields` definitions; `commerce_stat` adds `subscriber.commerce_stat`. Other values (such as
                `custom_values`) are ignored silently.
            get_by_email (str | Unset): With id `0`, look the contact up by this e-mail address.

        Returns:
            ContactFindResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact._get_kwargs(
                id=id,
                with_=with_,
                get_by_email=get_by_email,
            )
        )
        with parsing(response):
            response_200 = ContactFindResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        *,
        body: ContactUpdateFields | WrappedContactUpdate | ContactUpdateFormInput | Unset = UNSET,
    ) -> ContactUpdateResponse:
        """Update a contact (``PUT /subscribers/{id}``).

        Changes the given fields of a contact; fields that are not sent stay as they are. The body may be JSON,
        wrapped in `subscriber` or flat, or form-encoded. Tags and lists change with `attach_tags`, `detach_tags`,
        `attach_lists` and `detach_lists`. The answer says in `isDirty` whether a column changed and echoes the sent
        custom values in `values`.

        The prose documentation says `email` and `status` are required and that `tags`/`lists` (and `photo`) can be
        set; the server requires nothing and ignores `tags`, `lists` and `photo` on update. An unknown `status` is
        ignored (200, `isDirty: false`). The returned `contact` has no `tags` or `lists` unless the update attached or
        detached some.

        Args:
            id (int): Contact id. Only digits match the route: any other value (`abc`) gets 404 `rest_no_route`.
            body (ContactUpdateFields | Unset | WrappedContactUpdate): JSON body of `PUT /subscribers/{id}`: the
                fields either wrapped in `subscriber` (as the prose documentation shows)
                or flat at the top level; the server accepts both.
            body (ContactUpdateFormInput | Unset): Form-encoded body of `PUT /subscribers/{id}`, flat, with PHP
                bracket syntax for arrays (`attach_tags[]=5`) and
                custom values (`custom_values[plan]=pro`).

        Returns:
            ContactUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_contact._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = ContactUpdateResponse.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete a contact (``DELETE /subscribers/{id}``).

        Deletes one contact. A missing (or already deleted) id gives 404.

        The prose documentation shows the bulk route's message ("Selected Subscribers has been deleted") and asks for
        a `subscribers[]` parameter; this route needs neither and answers "Selected Subscriber has been deleted
        successfully".

        Args:
            id (int): Contact id. Only digits match the route: any other value (`abc`) gets 404 `rest_no_route`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_contact._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def bulk_add_update(
        self,
        *,
        body: BulkAddUpdateInput,
    ) -> BulkAddUpdateResponse:
        """Create or update many contacts (``POST /subscribers/bulk-add-update``).

        Stores a batch of contacts in one call, matching existing contacts by e-mail. New e-mails are created;
        existing contacts are updated with the sent fields when `force_update` is true. Entries with an invalid e-mail
        are skipped and listed in `invalids`.

        This route is not in the prose documentation. Because of a bug in FluentCRM 2.9.84 every stored contact is
        reported under `updated`, even the new ones, and `created` is always empty.

        Args:
            body (BulkAddUpdateInput): Body of `POST /subscribers/bulk-add-update`.

        Returns:
            BulkAddUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _bulk_add_update_contacts._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = BulkAddUpdateResponse.from_dict(response.json())

            return response_200


class AsyncCustomFields:
    """``crm.custom_fields``: ``list``, ``update``, ``rename_group``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        with_: builtins.list[GetContactCustomFieldsWithItem] | Unset = UNSET,
    ) -> CustomFieldsResponse:
        """List the contact custom-field definitions (``GET /custom-fields/contacts``).

        Returns the definitions of the site's contact custom fields: their labels, input types, options and the `slug`
        under which each contact's value is stored (`custom_values[<slug>]` on the contact operations). Add
        `with[]=field_types` for the catalogue of available field types and `with[]=field_groups` for the groups
        fields can be shown under.

        The prose documentation does not describe this operation.

        Args:
            with_ (list[GetContactCustomFieldsWithItem] | Unset): Extra data to include: `field_types` adds the
                field-type catalogue, `field_groups` the list of groups. Other values are ignored. Send it repeated
                (`with[]=field_types&with[]=field_groups`).

        Returns:
            CustomFieldsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact_custom_fields._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        *,
        body: CustomFieldsSaveRequest,
    ) -> CustomFieldsSaveResponse:
        """Replace the contact custom-field definitions (``PUT /custom-fields/contacts``).

        Stores a new, complete set of contact custom-field definitions, replacing the previous set: a field that is
        not sent is removed from the definitions (values already stored on contacts stay in the database). Send a JSON
        body `{"fields": [...]}`.

        A field without a `slug` gets one derived from its label (spaces become underscores, at most 25 characters,
        prefixed with `cf_` when it would clash with a contact column, suffixed `_1`, `_2`, ... when taken). When two
        fields share a slug, only the first is kept. Keep the slug of an existing field to keep its contacts' values.
        The response echoes the set as stored.

        The prose documentation does not describe this operation.

        Args:
            body (CustomFieldsSaveRequest): The complete new set of contact custom fields. It replaces the
                stored set: a field left out is removed (contacts' stored values for it stay in the database but are
                no longer shown).

        Returns:
            CustomFieldsSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_contact_custom_fields._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsSaveResponse.from_dict(response.json())

            return response_200

    async def rename_group(
        self,
        *,
        body: CustomFieldGroupRenameInput | CustomFieldGroupRenameInput | Unset = UNSET,
    ) -> CustomFieldsSaveResponse:
        """Rename a custom-field group (``PUT /custom-fields/contacts/update_group_name``).

        Moves every contact custom field whose `group` is `old_name` to `new_name`, and answers with the whole set of
        definitions. Missing or unmatched names change nothing and still answer 200.

        The prose documentation does not describe this operation.

        Args:
            body (CustomFieldGroupRenameInput): The group title to replace and its new title.
            body (CustomFieldGroupRenameInput): The group title to replace and its new title.

        Returns:
            CustomFieldsSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _rename_contact_custom_field_group._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CustomFieldsSaveResponse.from_dict(response.json())

            return response_200


class AsyncLabels:
    """``crm.labels``: ``list``, ``create``, ``update``, ``delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
    ) -> LabelIndexResponse:
        """List labels (``GET /labels``).

        Returns every global label (the coloured labels FluentCRM attaches to automations and other items), by
        `position`. There is no pagination.

        The prose documentation does not describe this operation.

        Returns:
            LabelIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_labels._get_kwargs())
        with parsing(response):
            response_200 = LabelIndexResponse.from_dict(response.json())

            return response_200

    async def create(
        self,
        *,
        body: LabelInput | LabelInput | Unset = UNSET,
    ) -> LabelSaveResponse:
        """Create a label (``POST /labels``).

        Creates a label from `label.slug`, `label.title` and `label.color`. Nothing is validated: a colour that is not
        a hex colour is stored as `null`, and a body without `label` creates a label with empty slug and title. Slugs
        need not be unique. The answer's message is the same as for an update.

        The prose documentation does not describe this operation.

        Args:
            body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is stored as
                `""` and a colour that is not a
                hex colour as `null`. Send all three fields.
            body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is stored as
                `""` and a colour that is not a
                hex colour as `null`. Send all three fields.

        Returns:
            LabelSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_label._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = LabelSaveResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        *,
        body: LabelInput | LabelInput | Unset = UNSET,
    ) -> LabelSaveResponse:
        """Update a label (``PUT /labels/{id}``).

        Replaces the slug, title and colour of a label with those in `label`. Fields left out become `""` (or `null`
        for the colour), so send all three. An unknown id gives 404; id 0 crashes FluentCRM 2.9.84.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the label. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); FluentCRM 2.9.84 crashes on `0`.
            body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is stored as
                `""` and a colour that is not a
                hex colour as `null`. Send all three fields.
            body (LabelInput): A label, wrapped in `label`. Nothing is validated: a missing field is stored as
                `""` and a colour that is not a
                hex colour as `null`. Send all three fields.

        Returns:
            LabelSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_label._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = LabelSaveResponse.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete a label (``DELETE /labels/{id}``).

        Deletes a label. An unknown id gives 404; id 0 crashes FluentCRM 2.9.84 with an HTML error page.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the label. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); FluentCRM 2.9.84 crashes on `0`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_label._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncLists:
    """``crm.lists``: ``list``, ``create``, ``get``, ``update``, ``delete``, ``bulk_create``, ``bulk_delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        sort_by: ListListsSortBy | Unset = "id",
        sort_order: ListListsSortOrder | Unset = "DESC",
        exclude_counts: ListListsExcludeCounts | Unset = 0,
        all_lists: ListListsAllLists | Unset = 0,
        with_: builtins.list[str] | Unset = UNSET,
    ) -> ListIndexResponse:
        """List contact lists (``GET /lists``).

        Returns one page of contact lists with two counters each, plus the total number of matching lists. The page is
        small by default (15 lists); ask for more with `per_page`, or add `all_lists=1` to also receive every list as
        a compact `{id, title, slug}` entry.

        The response is not a full paginator: besides the `lists` array there is only `pagination.total`.

        The prose documentation differs from the server in several places. It shows a bare `lists` array without
        `pagination`; the server also sends `pagination`. It shows string ids; the server sends integer ids (only the
        ids in `all_lists` are strings). It offers `subscribers` as a `sort_by` value; the server answers 423 with an
        SQL error for it, as for any name that is not a column of the list table. It offers `with[]`; the server
        ignores it.

        A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives a 423 SQL
        error; the emulator answers 400 `rest_invalid_param` instead.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Keeps lists whose title contains the text, or whose slug or description starts
                with it (SQL `LIKE`, case-insensitive).
            sort_by (ListListsSortBy | Unset): Column to sort by. Any other value (including the documented
                `subscribers`) makes the server answer 423 with the SQL error. Default: 'id'.
            sort_order (ListListsSortOrder | Unset): Sort direction. Default: 'DESC'.
            exclude_counts (ListListsExcludeCounts | Unset): When set to `1`, the items carry neither
                `totalCount` nor `subscribersCount` (a faster query). Default: 0.
            all_lists (ListListsAllLists | Unset): When set to `1`, the response also carries `all_lists`, every
                list as `{id, title, slug}` with string ids. Default: 0.
            with_ (list[str] | Unset): Accepted for compatibility with the prose documentation and ignored by
                the server.

        Returns:
            ListIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_lists._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                exclude_counts=exclude_counts,
                all_lists=all_lists,
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = ListIndexResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        sort_by: ListListsSortBy | Unset = "id",
        sort_order: ListListsSortOrder | Unset = "DESC",
        exclude_counts: ListListsExcludeCounts | Unset = 0,
        all_lists: ListListsAllLists | Unset = 0,
        with_: builtins.list[str] | Unset = UNSET,
    ) -> AsyncIterator[ListItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                page=page,
                per_page=per_page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                exclude_counts=exclude_counts,
                all_lists=all_lists,
                with_=with_,
            )
            items = result.lists
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.pagination.total:
                return
            page += 1

    async def create(
        self,
        *,
        body: ListInput | ListInput | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> ListCreateResponse:
        """Create a contact list (``POST /lists``).

        Creates a list. `title` is required; `slug` is derived from the title when left out, and is always sanitised
        (lower-case, spaces turned into hyphens). The fields can be sent as query parameters (the style of the prose
        documentation), as a form body or as a JSON body.

        The new list is returned twice, under `lists` and under `item`. The prose documentation shows only `lists`.
        Use `lists.id` for the other `/lists/{id}` operations.

        Args:
            title (str | Unset): Name of the list, when the fields are sent as query parameters. Required in the
                query or the body.
            slug (str | Unset): Unique identifier, when the fields are sent as query parameters.
            description (str | Unset): Internal note, when the fields are sent as query parameters.
            body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent as query
                parameters, a form body or a JSON body.
            body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent as query
                parameters, a form body or a JSON body.

        Returns:
            ListCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_list._get_kwargs(
                body=body,
                title=title,
                slug=slug,
                description=description,
            )
        )
        with parsing(response):
            response_200 = ListCreateResponse.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: int,
    ) -> ListObject:
        """Get one contact list (``GET /lists/{id}``).

        Returns the stored list as a bare object (not wrapped in a key), without counters and without `__bench`.

        When no list has the id, the server still answers **200, with an empty body** (zero bytes, although the
        `Content-Type` says JSON): it serialises a missing model as nothing. Clients must check for an empty body
        before parsing JSON. This description declares that case as an empty `text/plain` body.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the list. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.

        Returns:
            ListObject: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_list._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = ListObject.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        *,
        body: ListInput | ListInput | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> ListUpdateResponse:
        """Rename a contact list (``PUT /lists/{id}``).

        Updates the title and description of a list. `title` is required. The fields can be sent as query parameters
        (the style of the prose documentation), as a form body or as a JSON body.

        The `slug` parameter is not honoured: when a non-empty slug is sent, the server stores the slugified *title*
        instead; when none is sent, the slug is left as it is. If that slug belongs to another list the update is
        refused with 422.

        The prose documentation shows `"lists": "1"` in the response; the server sends the number of changed rows as
        an integer, `1`, or `0` when nothing changed. It also presents `slug` as an updatable field, which it is not.

        Args:
            id (int): Integer id of the list. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.
            title (str | Unset): New name, when the fields are sent as query parameters. Required in the query
                or the body.
            slug (str | Unset): Not honoured; a non-empty value makes the server store the slugified title as
                the slug.
            description (str | Unset): New internal note, when the fields are sent as query parameters. Sending
                none clears it.
            body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent as query
                parameters, a form body or a JSON body.
            body (ListInput | Unset): Fields accepted when creating or renaming a list, whether sent as query
                parameters, a form body or a JSON body.

        Returns:
            ListUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_list._get_kwargs(
                id=id,
                body=body,
                title=title,
                slug=slug,
                description=description,
            )
        )
        with parsing(response):
            response_200 = ListUpdateResponse.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> ListDeleteResponse:
        """Delete a contact list (``DELETE /lists/{id}``).

        Deletes a list. The contacts that were in it are not deleted.

        The server answers 200 with the same message whether or not the list existed, so a repeated delete also
        succeeds. The prose documentation does not say what happens for an unknown id.

        Args:
            id (int): Integer id of the list. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.

        Returns:
            ListDeleteResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_list._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = ListDeleteResponse.from_dict(response.json())

            return response_200

    async def bulk_create(
        self,
        *,
        body: ListBulkCreateInput,
    ) -> TaxonomyBulkResponse:
        """Create several lists (``POST /lists/bulk``).

        Creates lists from `lists` (or, when that is empty, `items`): each item needs a `title`; its `slug` (the
        slugified title when left out) identifies it, so an item whose slug exists updates that one's title instead.
        Items without a title are skipped. The answer lists the ids handled, in order.

        The prose documentation does not describe this operation.

        Args:
            body (ListBulkCreateInput): The lists to create, under `lists` (or, when `lists` is empty or
                missing, under `items`).

        Returns:
            TaxonomyBulkResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _bulk_create_lists._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = TaxonomyBulkResponse.from_dict(response.json())

            return response_200

    async def bulk_delete(
        self,
        *,
        body: ListBulkDeleteInput | ListBulkDeleteFormInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete several lists (``POST /lists/do-bulk-action``).

        Deletes the lists whose ids are in `listIds`, and their links to contacts. Ids that match nothing and `0` are
        skipped; an empty or missing `listIds` deletes nothing. The answer is the same in every case.

        The prose documentation does not describe this operation.

        Args:
            body (ListBulkDeleteInput): Ids of the lists to delete. Ids with no list, and `0`, are skipped; an
                empty or missing list deletes nothing.
            body (ListBulkDeleteFormInput): The form-encoded equivalent of `ListBulkDeleteInput`, `listIds[]`
                repeated. Ids of the lists to delete. Ids with no list, and `0`, are skipped; an empty or missing
                list deletes nothing.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _bulk_delete_lists._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncReports:
    """``crm.reports``: ``dashboard_stats``, ``subscriber_growth``, ``email_sent_stats``, ``email_open_stats``, ``email_click_stats``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def dashboard_stats(
        self,
    ) -> DashboardStats:
        """Dashboard overview (``GET /reports/dashboard-stats``).

        Returns what the FluentCRM dashboard shows: counter tiles, revenue figures from commerce integrations, admin
        notices, the first-run checklist, quick links, the Fluent Forms integration state, an upgrade suggestion and a
        maintenance tip.

        Several members depend on the site and change type accordingly: `sales` is `[]` without a commerce
        integration, `onboarding` becomes `null` once every step is done, `recommendation` is `false` unless a
        supported third-party plugin is detected (always `false` with FluentCRM Pro), and `system_tips` is `""` unless
        a clean-up of a very large e-mail history is advised. Counter tiles beyond the six always present (for example
        `email_pending`) may appear.

        The prose documentation differs from the server. It shows only `stats`, `sales`, `onboarding`, `quick_links`
        and `ff_config`; the server also sends `dashboard_notices`, `recommendation`, `system_tips` and `__bench`. Its
        `total_subscribers` tile is titled "Total Contacts"; the server's is titled "Active Contacts" and counts only
        contacts whose status is `subscribed`. The server adds a `total_automations` tile, and its quick links are a
        different set.

        Returns:
            DashboardStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_get_dashboard_stats._get_kwargs())
        with parsing(response):
            response_200 = DashboardStats.from_dict(response.json())

            return response_200

    async def subscriber_growth(
        self,
        *,
        date_range: builtins.list[str] | Unset = UNSET,
    ) -> ReportStats:
        """Contact growth over time (``GET /reports/subscribers``).

        Counts new contacts per period: contacts whose status is `subscribed`, by the date they were created. Contacts
        with any other status are not counted.

        **Window.** `date_range[]` gives a start date (inclusive) and an end date (exclusive). Without it the window is
        the last 30 days up to tomorrow, which gives 31 daily buckets ending today. With a single date the window runs
        from that date to the current time tomorrow, so it ends with a (normally empty) bucket for tomorrow. If the end
        lies before the start, `stats` is an empty JSON array `[]` instead of an object. A date that cannot be parsed
        gives 423 with PHP's parser message.

        **Buckets.** The window's length decides the bucket size, and every bucket is present, with 0 where nothing
        happened:
        - up to 62 days: daily, keys `YYYY-MM-DD`;
        - 63 to 92 days: weekly, keys `YYYY-MM-DD`. This mode is broken in FluentCRM 2.9.84: every week key stays 0,
          and the counts appear under extra day keys that are not week starts (e.g. `"2026-10-30": 2`), appended after
          the week keys. Treat weekly results as unreliable and prefer a daily or monthly window;
        - more than 92 days: monthly, keys `Mon YYYY` (`Feb 2020`).

        The prose documentation gives the path as `/reports/reports/subscribers`; that path answers 404
        `rest_no_route` and is deliberately absent from this description. Only `/reports/subscribers`, the path of its
        curl example, exists. The server also adds `__bench`, which the documentation does not show.

        The prose documentation presents the second `date_range[]` date as the last day of the window; the server
        stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

        Args:
            date_range (list[str] | Unset): Reporting window as up to two dates, `YYYY-MM-DD`: the first is the
                start (inclusive), the second the end (**exclusive**:
                `date_range[]=2026-11-19&date_range[]=2026-11-27` reports 2026-11-19 to 2026-11-26). Send it
                repeated, `date_range[]=2020-02-01&date_range[]=2022-02-10`.

        Returns:
            ReportStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_subscriber_growth._get_kwargs(
                date_range=date_range,
            )
        )
        with parsing(response):
            response_200 = ReportStats.from_dict(response.json())

            return response_200

    async def email_sent_stats(
        self,
        *,
        date_range: builtins.list[str] | Unset = UNSET,
    ) -> ReportStats:
        """E-mails sent over time (``GET /reports/email-sents``).

        Counts campaign e-mails sent per period: rows of the campaign e-mail table whose status is `sent`, by their
        scheduled time.

        The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`): `date_range[]`
        gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30 days up to
        tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is included).
        Buckets are daily (`YYYY-MM-DD`) up to 62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week
        keys stay 0 and counts land under extra day keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is
        present, with 0 where nothing happened. If the end lies before the start, `stats` is an empty JSON array `[]`;
        a date that cannot be parsed gives 423.

        The prose documentation gives the path as `/reports/reports/email-sents`; that path answers 404
        `rest_no_route` and is deliberately absent from this description. Only `/reports/email-sents`, the path of its
        curl example, exists. The documentation's example also shows daily keys for a two-year window, where the
        server sends monthly `Mon YYYY` keys, and it omits `__bench`.

        The prose documentation presents the second `date_range[]` date as the last day of the window; the server
        stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

        Args:
            date_range (list[str] | Unset): Reporting window as up to two dates, `YYYY-MM-DD`: the first is the
                start (inclusive), the second the end (**exclusive**:
                `date_range[]=2026-11-19&date_range[]=2026-11-27` reports 2026-11-19 to 2026-11-26). Send it
                repeated, `date_range[]=2020-02-01&date_range[]=2022-02-10`.

        Returns:
            ReportStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_email_sent_stats._get_kwargs(
                date_range=date_range,
            )
        )
        with parsing(response):
            response_200 = ReportStats.from_dict(response.json())

            return response_200

    async def email_open_stats(
        self,
        *,
        date_range: builtins.list[str] | Unset = UNSET,
    ) -> ReportStats:
        """E-mail opens over time (``GET /reports/email-opens``).

        Counts e-mail opens per period: tracked open events of campaign e-mails, by the time they were recorded.

        The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`): `date_range[]`
        gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30 days up to
        tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is included).
        Buckets are daily (`YYYY-MM-DD`) up to 62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week
        keys stay 0 and counts land under extra day keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is
        present, with 0 where nothing happened. If the end lies before the start, `stats` is an empty JSON array `[]`;
        a date that cannot be parsed gives 423.

        The prose documentation gives the path as `/reports/reports/email-opens`; that path answers 404
        `rest_no_route` and is deliberately absent from this description. Only `/reports/email-opens`, the path of its
        curl example, exists. The documentation's example also shows daily keys for a two-year window, where the
        server sends monthly `Mon YYYY` keys, and it omits `__bench`.

        The prose documentation presents the second `date_range[]` date as the last day of the window; the server
        stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

        Args:
            date_range (list[str] | Unset): Reporting window as up to two dates, `YYYY-MM-DD`: the first is the
                start (inclusive), the second the end (**exclusive**:
                `date_range[]=2026-11-19&date_range[]=2026-11-27` reports 2026-11-19 to 2026-11-26). Send it
                repeated, `date_range[]=2020-02-01&date_range[]=2022-02-10`.

        Returns:
            ReportStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_email_open_stats._get_kwargs(
                date_range=date_range,
            )
        )
        with parsing(response):
            response_200 = ReportStats.from_dict(response.json())

            return response_200

    async def email_click_stats(
        self,
        *,
        date_range: builtins.list[str] | Unset = UNSET,
    ) -> ReportStats:
        """E-mail link clicks over time (``GET /reports/email-clicks``).

        Counts link clicks per period: tracked click events of campaign e-mails, by the time they were recorded.

        The window and the buckets work as for the contact-growth report (`GET /reports/subscribers`): `date_range[]`
        gives a start date (inclusive) and an end date (exclusive); without it the window is the last 30 days up to
        tomorrow, and with a single date it runs from that date through tomorrow (tomorrow's bucket is included).
        Buckets are daily (`YYYY-MM-DD`) up to 62 days, weekly from 63 to 92 days (broken in FluentCRM 2.9.84: week
        keys stay 0 and counts land under extra day keys), and monthly (`Mon YYYY`) beyond 92 days. Every bucket is
        present, with 0 where nothing happened. If the end lies before the start, `stats` is an empty JSON array `[]`;
        a date that cannot be parsed gives 423.

        The prose documentation gives the path as `/reports/reports/email-clicks`; that path answers 404
        `rest_no_route` and is deliberately absent from this description. Only `/reports/email-clicks`, the path of
        its curl example, exists. The documentation's example also shows daily keys for a two-year window, where the
        server sends monthly `Mon YYYY` keys, and it omits `__bench`.

        The prose documentation presents the second `date_range[]` date as the last day of the window; the server
        stops the day before it (`date_range[]=2026-11-19&date_range[]=2026-11-27` ends with `2026-11-26`).

        Args:
            date_range (list[str] | Unset): Reporting window as up to two dates, `YYYY-MM-DD`: the first is the
                start (inclusive), the second the end (**exclusive**:
                `date_range[]=2026-11-19&date_range[]=2026-11-27` reports 2026-11-19 to 2026-11-26). Send it
                repeated, `date_range[]=2020-02-01&date_range[]=2022-02-10`.

        Returns:
            ReportStats: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_email_click_stats._get_kwargs(
                date_range=date_range,
            )
        )
        with parsing(response):
            response_200 = ReportStats.from_dict(response.json())

            return response_200


class AsyncTags:
    """``crm.tags``: ``list``, ``create``, ``get``, ``update``, ``delete``, ``bulk_create``, ``bulk_delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
        sort_by: ListTagsSortBy | Unset = "id",
        sort_order: ListTagsSortOrder | Unset = "DESC",
        exclude_counts: ListTagsExcludeCounts | Unset = 0,
        all_tags: ListTagsAllTags | Unset = 0,
    ) -> TagIndexResponse:
        """List tags (``GET /tags``).

        Returns one page of tags in FluentCRM's paginator shape (under `tags`), each with the number of subscribed
        contacts carrying it. Add `all_tags=1` to also receive every tag as a compact `{id, title, slug}` entry.

        The prose documentation differs from the server. It shows a plain `tags` array; the server sends a paginator
        (`total`, `per_page`, `current_page`, `last_page`, `next_page_url`, `prev_page_url`, `from`, `to`, `data`) and
        `__bench`. It shows list-shaped items with string ids, `is_public` and `totalCount`; tag items have integer
        ids and only `subscribersCount`. It offers `subscribers` as a `sort_by` value; the server answers 423 with an
        SQL error for it, as for any name that is not a column of the tag table.

        A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash with a 500, and a negative one gives a 423 SQL
        error; the emulator answers 400 `rest_invalid_param` instead.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Keeps tags whose title contains the text, or whose slug or description starts
                with it (SQL `LIKE`, case-insensitive).
            sort_by (ListTagsSortBy | Unset): Column to sort by. Any other value (including the documented
                `subscribers`) makes the server answer 423 with the SQL error. Default: 'id'.
            sort_order (ListTagsSortOrder | Unset): Sort direction. Default: 'DESC'.
            exclude_counts (ListTagsExcludeCounts | Unset): When set to `1`, the items carry no
                `subscribersCount` (a faster query). Default: 0.
            all_tags (ListTagsAllTags | Unset): When set to `1`, the response also carries `all_tags`, every tag
                as `{id, title, slug}` with string ids. Default: 0.

        Returns:
            TagIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_tags._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                exclude_counts=exclude_counts,
                all_tags=all_tags,
            )
        )
        with parsing(response):
            response_200 = TagIndexResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        sort_by: ListTagsSortBy | Unset = "id",
        sort_order: ListTagsSortOrder | Unset = "DESC",
        exclude_counts: ListTagsExcludeCounts | Unset = 0,
        all_tags: ListTagsAllTags | Unset = 0,
    ) -> AsyncIterator[TagItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                page=page,
                per_page=per_page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                exclude_counts=exclude_counts,
                all_tags=all_tags,
            )
            items = result.tags.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.tags.total:
                return
            page += 1

    async def create(
        self,
        *,
        body: TagInput | TagInput | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> TagCreateResponse:
        """Create a tag (``POST /tags``).

        Creates a tag. `title` is required; `slug` is derived from the title when left out. A slug that is sent is
        stored verbatim: unlike list slugs, tag slugs are not sanitised, so `My Spacey Slug` stays as it is. The
        fields can be sent as query parameters (the style of the prose documentation), as a form body or as a JSON
        body.

        The new tag is returned twice, under `lists` (the key really is `lists`) and under `item`, next to `message`
        and `__bench`. The prose documentation shows only `lists` and `message`. Use `lists.id` (or `item.id`) for the
        other `/tags/{id}` operations.

        Args:
            title (str | Unset): Name of the tag, when the fields are sent as query parameters. Required in the
                query or the body.
            slug (str | Unset): Unique identifier (stored verbatim), when the fields are sent as query
                parameters.
            description (str | Unset): Internal note, when the fields are sent as query parameters.
            body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as query
                parameters, a form body or a JSON body.
            body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as query
                parameters, a form body or a JSON body.

        Returns:
            TagCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_tag._get_kwargs(
                body=body,
                title=title,
                slug=slug,
                description=description,
            )
        )
        with parsing(response):
            response_200 = TagCreateResponse.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: int,
    ) -> TagFindResponse:
        """Get one tag (``GET /tags/{id}``).

        Returns the stored tag wrapped in `tag`, without `subscribersCount` and without `__bench`. When no tag has the
        id, the answer is still 200, with `{"tag": null}`.

        The prose documentation does not describe this operation.

        Args:
            id (int): Integer id of the tag. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.

        Returns:
            TagFindResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_tag._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = TagFindResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        *,
        body: TagInput | TagInput | Unset = UNSET,
        title: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> TagUpdateResponse:
        """Update a tag (``PUT /tags/{id}``).

        Updates the title, slug and description of a tag. `title` is required. Unlike lists, the `slug` is honoured
        and stored verbatim; when none is sent, the slug becomes the slugified title. If the slug belongs to another
        tag the update is refused with 422, and an unknown id gives 404. The fields can be sent as query parameters
        (the style of the prose documentation), as a form body or as a JSON body.

        The prose documentation shows `"lists": "1"` in the response; the server sends the number of changed rows as
        an integer, `1`, or `0` when nothing changed, and adds `__bench`.

        Args:
            id (int): Integer id of the tag. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.
            title (str | Unset): New name, when the fields are sent as query parameters. Required in the query
                or the body.
            slug (str | Unset): New slug (stored verbatim), when the fields are sent as query parameters.
            description (str | Unset): New internal note, when the fields are sent as query parameters. Sending
                none clears it.
            body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as query
                parameters, a form body or a JSON body.
            body (TagInput | Unset): Fields accepted when creating or updating a tag, whether sent as query
                parameters, a form body or a JSON body.

        Returns:
            TagUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_tag._get_kwargs(
                id=id,
                body=body,
                title=title,
                slug=slug,
                description=description,
            )
        )
        with parsing(response):
            response_200 = TagUpdateResponse.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> TagDeleteResponse:
        """Delete a tag (``DELETE /tags/{id}``).

        Deletes a tag. The contacts that carried it are not deleted.

        For an id that does not exist, FluentCRM 2.9.84 crashes ("Call to a member function delete() on null") and
        WordPress answers 500 with its critical-error body. The emulator answers 404 with the model-not-found message
        instead. The prose documentation does not describe the failure, and its success example lacks `__bench`.

        Args:
            id (int): Integer id of the tag. A value that is not a sequence of digits matches no route and is
                answered with 404 `rest_no_route`.

        Returns:
            TagDeleteResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_tag._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = TagDeleteResponse.from_dict(response.json())

            return response_200

    async def bulk_create(
        self,
        *,
        body: TagBulkCreateInput,
    ) -> TaxonomyBulkResponse:
        """Create several tags (``POST /tags/bulk``).

        Creates tags from `tags` (or, when that is empty, `items`): each item needs a `title`; its `slug` (the
        slugified title when left out) identifies it, so an item whose slug exists updates that one's title instead.
        Items without a title are skipped. The answer lists the ids handled, in order.

        The prose documentation does not describe this operation.

        Args:
            body (TagBulkCreateInput): The tags to create, under `tags` (or, when `tags` is empty or missing,
                under `items`).

        Returns:
            TaxonomyBulkResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _bulk_create_tags._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = TaxonomyBulkResponse.from_dict(response.json())

            return response_200

    async def bulk_delete(
        self,
        *,
        body: TagBulkDeleteInput | TagBulkDeleteFormInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete several tags (``POST /tags/do-bulk-action``).

        Deletes the tags whose ids are in `tagIds`, and their links to contacts. Ids that match nothing and `0` are
        skipped; an empty or missing `tagIds` deletes nothing. The answer is the same in every case.

        The prose documentation does not describe this operation.

        Args:
            body (TagBulkDeleteInput): Ids of the tags to delete. Ids with no tag, and `0`, are skipped; an
                empty or missing list deletes nothing.
            body (TagBulkDeleteFormInput): The form-encoded equivalent of `TagBulkDeleteInput`, `tagIds[]`
                repeated. Ids of the tags to delete. Ids with no tag, and `0`, are skipped; an empty or missing list
                deletes nothing.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _bulk_delete_tags._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncUsers:
    """``crm.users``: ``list``, ``roles``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        roles: builtins.list[str] | Unset = UNSET,
        limit: int | Unset = 5,
        fields: builtins.list[ListUsersFieldsItem] | Unset = UNSET,
    ) -> UserIndexResponse:
        """List WordPress users (``GET /users``).

        Returns up to `limit` WordPress users (5 by default), optionally only those with one of the `roles[]`, and the
        `total` number of matching users. Each user has `ID` and `id` (both numeric strings), `display_name` and
        `user_email`; `fields[]` picks other `wp_users` columns instead. The response has no `__bench`.

        Do not send `fields=all`: WordPress then returns whole user objects, password hashes included. A `limit` that
        is not a number crashes WordPress's user query with an HTML error page; the emulator answers 400.

        The prose documentation does not describe this operation.

        Args:
            roles (list[str] | Unset): Keep users having one of these roles.
            limit (int | Unset): How many users to return. Default: 5.
            fields (list[ListUsersFieldsItem] | Unset): The `wp_users` columns to return instead of `ID`,
                `display_name` and `user_email`.

        Returns:
            UserIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_users._get_kwargs(
                roles=roles,
                limit=limit,
                fields=fields,
            )
        )
        with parsing(response):
            response_200 = UserIndexResponse.from_dict(response.json())

            return response_200

    async def roles(
        self,
    ) -> UserRolesResponse:
        """List the WordPress roles (``GET /users/roles``).

        Returns the WordPress roles the current user may assign, keyed by role slug, each with its display name and
        capabilities.

        The prose documentation does not describe this operation.

        Returns:
            UserRolesResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_user_roles._get_kwargs())
        with parsing(response):
            response_200 = UserRolesResponse.from_dict(response.json())

            return response_200


class AsyncFluentCRM:
    """Asynchronous client for one FluentCRM site.

    Args:
        base_url: the site URL (``https://example.com``) or the API root (``https://example.com/wp-json/fluent-crm/v2``);
            defaults to ``$FLUENTCRM_BASE_URL``.
        username: the WordPress user name; defaults to ``$FLUENTCRM_USERNAME``.
        app_password: an application password of that user (Users → Profile → Application Passwords); defaults to
            ``$FLUENTCRM_APP_PASSWORD``. It is sent as HTTP Basic auth and never shown in a repr, log or exception.
        timeout: seconds (or an ``httpx.Timeout``) per request; 30 s by default.
        retry: how idempotent requests are retried on connection errors, 429 and 5xx (see ``RetryPolicy``).
        transport: an httpx transport to send requests through (tests, proxies); retries wrap it.
    """

    def __init__(
        self,
        base_url: str | None = None,
        username: str | None = None,
        app_password: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._settings: Settings = resolve_settings(base_url, username, app_password, timeout, retry)
        #: The generated low-level client, for the functions in ``fluentcrm_client.api`` (same auth and retries).
        self.client: Client
        self.client, self._http = async_client(self._settings, transport)
        self.companies = AsyncCompanies(self)
        self.contacts = AsyncContacts(self)
        self.custom_fields = AsyncCustomFields(self)
        self.labels = AsyncLabels(self)
        self.lists = AsyncLists(self)
        self.reports = AsyncReports(self)
        self.tags = AsyncTags(self)
        self.users = AsyncUsers(self)

    @classmethod
    def from_env(
        cls,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> AsyncFluentCRM:
        """A client configured only from ``FLUENTCRM_BASE_URL``, ``FLUENTCRM_USERNAME`` and ``FLUENTCRM_APP_PASSWORD``."""
        return cls(timeout=timeout, retry=retry, transport=transport)

    @property
    def base_url(self) -> str:
        """The API root every request is relative to."""
        return self._settings.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    async def _send(self, request: dict[str, Any]) -> httpx.Response:
        try:
            response = await self._http.request(**request)
        except httpx.TransportError as error:
            raise translate_transport_error(error, request, self.base_url) from error
        return check_response(response)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncFluentCRM:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
