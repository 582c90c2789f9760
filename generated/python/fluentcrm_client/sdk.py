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
from .api.contacts import bulk_add_update_contacts as _bulk_add_update_contacts
from .api.contacts import create_contact as _create_contact
from .api.contacts import create_contact_note as _create_contact_note
from .api.contacts import delete_contact as _delete_contact
from .api.contacts import delete_contact_emails as _delete_contact_emails
from .api.contacts import delete_contact_note as _delete_contact_note
from .api.contacts import delete_contacts as _delete_contacts
from .api.contacts import get_contact as _get_contact
from .api.contacts import get_contact_email_template as _get_contact_email_template
from .api.contacts import get_contact_external_view as _get_contact_external_view
from .api.contacts import get_contact_form_submissions as _get_contact_form_submissions
from .api.contacts import get_contact_info_widgets as _get_contact_info_widgets
from .api.contacts import get_contact_neighbours as _get_contact_neighbours
from .api.contacts import get_contact_purchase_history as _get_contact_purchase_history
from .api.contacts import get_contact_support_tickets as _get_contact_support_tickets
from .api.contacts import list_contact_emails as _list_contact_emails
from .api.contacts import list_contact_notes as _list_contact_notes
from .api.contacts import list_contact_tracking_events as _list_contact_tracking_events
from .api.contacts import list_contact_url_metrics as _list_contact_url_metrics
from .api.contacts import list_contacts as _list_contacts
from .api.contacts import run_contacts_bulk_action as _run_contacts_bulk_action
from .api.contacts import save_contact_external_view as _save_contact_external_view
from .api.contacts import search_contacts as _search_contacts
from .api.contacts import send_contact_double_optin as _send_contact_double_optin
from .api.contacts import send_contact_email as _send_contact_email
from .api.contacts import sync_contact_segments as _sync_contact_segments
from .api.contacts import track_contact_event as _track_contact_event
from .api.contacts import update_contact as _update_contact
from .api.contacts import update_contact_note as _update_contact_note
from .api.contacts import update_contacts_property as _update_contacts_property
from .api.custom_fields import get_contact_custom_fields as _get_contact_custom_fields
from .api.custom_fields import update_contact_custom_fields as _update_contact_custom_fields
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
from .api.tags import create_tag as _create_tag
from .api.tags import delete_tag as _delete_tag
from .api.tags import get_tag as _get_tag
from .api.tags import list_tags as _list_tags
from .api.tags import update_tag as _update_tag
from .client import Client
from .models import ContactEmail, ContactListItem, ListItem, NoteListItem, TagItem, TrackedEvent, UrlMetric
from .models.all_info_widgets_response import AllInfoWidgetsResponse
from .models.bulk_action_form import BulkActionForm
from .models.bulk_action_input import BulkActionInput
from .models.bulk_action_result import BulkActionResult
from .models.bulk_add_update_input import BulkAddUpdateInput
from .models.bulk_add_update_response import BulkAddUpdateResponse
from .models.contact_bulk_delete_input import ContactBulkDeleteInput
from .models.contact_create_response import ContactCreateResponse
from .models.contact_emails_delete_form import ContactEmailsDeleteForm
from .models.contact_emails_delete_input import ContactEmailsDeleteInput
from .models.contact_emails_response import ContactEmailsResponse
from .models.contact_find_response import ContactFindResponse
from .models.contact_form_input import ContactFormInput
from .models.contact_index_response import ContactIndexResponse
from .models.contact_input import ContactInput
from .models.contact_property_form import ContactPropertyForm
from .models.contact_property_input import ContactPropertyInput
from .models.contact_search_response import ContactSearchResponse
from .models.contact_status_input import ContactStatusInput
from .models.contact_update_fields import ContactUpdateFields
from .models.contact_update_form_input import ContactUpdateFormInput
from .models.contact_update_response import ContactUpdateResponse
from .models.custom_email_input import CustomEmailInput
from .models.custom_fields_response import CustomFieldsResponse
from .models.custom_fields_save_request import CustomFieldsSaveRequest
from .models.custom_fields_save_response import CustomFieldsSaveResponse
from .models.dashboard_stats import DashboardStats
from .models.email_mock_response import EmailMockResponse
from .models.external_view import ExternalView
from .models.external_view_save_input import ExternalViewSaveInput
from .models.form_submissions_response import FormSubmissionsResponse
from .models.get_contact_custom_fields_with_item import (
    GetContactCustomFieldsWithItem,
)
from .models.get_contact_neighbours_filter_type import (
    GetContactNeighboursFilterType,
)
from .models.get_contact_neighbours_sort_type import (
    GetContactNeighboursSortType,
)
from .models.get_contact_with_item import GetContactWithItem
from .models.integration_answer import IntegrationAnswer
from .models.list_contact_emails_filter import ListContactEmailsFilter
from .models.list_contact_url_metrics_sort_by import ListContactUrlMetricsSortBy
from .models.list_contact_url_metrics_sort_type import (
    ListContactUrlMetricsSortType,
)
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
from .models.message_with_bench import MessageWithBench
from .models.note_create_response import NoteCreateResponse
from .models.note_index_response import NoteIndexResponse
from .models.note_update_response import NoteUpdateResponse
from .models.note_write_request import NoteWriteRequest
from .models.one_info_widget_response import OneInfoWidgetResponse
from .models.prev_next_ids import PrevNextIds
from .models.purchase_history_response import PurchaseHistoryResponse
from .models.report_stats import ReportStats
from .models.support_tickets_response import SupportTicketsResponse
from .models.sync_segments_form import SyncSegmentsForm
from .models.sync_segments_input import SyncSegmentsInput
from .models.sync_segments_response import SyncSegmentsResponse
from .models.tag_create_response import TagCreateResponse
from .models.tag_delete_response import TagDeleteResponse
from .models.tag_find_response import TagFindResponse
from .models.tag_index_response import TagIndexResponse
from .models.tag_input import TagInput
from .models.tag_update_response import TagUpdateResponse
from .models.track_event_input import TrackEventInput
from .models.track_event_response import TrackEventResponse
from .models.tracking_events_response import TrackingEventsResponse
from .models.url_metrics_response import UrlMetricsResponse
from .models.wrapped_contact_update import WrappedContactUpdate
from .retry import RetryPolicy
from .types import UNSET, Unset

__all__ = ["AsyncFluentCRM", "FluentCRM"]


class Contacts:
    """``crm.contacts``: ``list``, ``create``, ``delete_many``, ``get``, ``update``, ``delete``, ``bulk_add_update``, ``set_property``, ``sync_segments``, ``bulk_action``, ``neighbours``, ``search``, ``send_double_optin``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm
        self.emails = ContactsEmails(crm)
        self.events = ContactsEvents(crm)
        self.notes = ContactsNotes(crm)
        self.profile = ContactsProfile(crm)
        self.url_metrics = ContactsUrlMetrics(crm)

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

    def set_property(
        self,
        *,
        body: ContactPropertyInput | ContactPropertyForm | Unset = UNSET,
    ) -> MessageWithBench:
        """Set one property on several contacts (``PUT /subscribers/subscribers-property``).

        Sets `status`, `contact_type`, `avatar` or `company_id` to `value` on every contact listed in `subscribers`
        (JSON or form). Contacts that do not exist are skipped, and the answer is the same confirmation. Another
        property is refused with 422 `Column is not valid`, an unknown status or contact type with 422 `Value is not
        valid`, and a `company_id` of no company with 404 (`Company` model message), or with 423 and the SQL error
        where the company module was never switched on (no companies table). Without `property` or `subscribers` the
        422 field errors name the server's internal fields, `column` and `subscriber_ids`, not the keys that were
        missing.

        FluentCRM 2.9.84 crashes (500) when `subscribers` is not a list; the emulator answers 422.

        The prose documentation allows `sms_status` and a single id in `subscribers`; the free server refuses
        `sms_status` and crashes on a single id.

        Args:
            body (ContactPropertyInput): One column to set on several contacts at once. `property` must be
                `status`, `contact_type`, `avatar` or
                `company_id` (else 422 `Column is not valid`); a `status` or `contact_type` the server does not know
                gives 422
                `Value is not valid`, and a `company_id` of no company 404. Ids of missing contacts are skipped.
            body (ContactPropertyForm): `ContactPropertyInput` as a PHP form, the contacts sent as
                `subscribers[]=`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_contacts_property._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def sync_segments(
        self,
        *,
        body: SyncSegmentsInput | SyncSegmentsForm | Unset = UNSET,
    ) -> SyncSegmentsResponse:
        """Attach and detach tags or lists on several contacts (``POST /subscribers/sync-segments``).

        Attaches the tags (or lists, with `type: lists`) named in `attach` to every contact in `subscribers` and
        detaches those in `detach`. Tags and lists are named by slug, or by id with `find_by: id`; names that match
        nothing are skipped, and so are contacts that do not exist. The answer holds the changed contacts with all
        their tags and lists; its message says "subscriber." for one contact and "subscribers." for several.

        FluentCRM 2.9.84 crashes (500) when `subscribers` is missing or not a list, and when a listed contact does not
        exist while a tag or list was found to attach or detach; the emulator answers 422 for the first and 404 (the
        `Subscriber` model message) for the second.

        The prose documentation shows short contacts; the server returns whole contacts with pivot data, and crashes
        without `subscribers`.

        Args:
            body (SyncSegmentsInput): Tags or lists to attach to and detach from several contacts. `attach` and
                `detach` name the tags (or lists) by
                slug, or by id with `find_by: id`; names that match nothing are skipped. Without `subscribers`
                FluentCRM 2.9.84
                crashes with 500.
            body (SyncSegmentsForm): `SyncSegmentsInput` as a PHP form: the lists are sent as `subscribers[]=`,
                `attach[]=` and `detach[]=`.

        Returns:
            SyncSegmentsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _sync_contact_segments._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = SyncSegmentsResponse.from_dict(response.json())

            return response_200

    def bulk_action(
        self,
        *,
        body: BulkActionInput | BulkActionForm | Unset = UNSET,
    ) -> BulkActionResult:
        """Run a bulk action on selected contacts (``POST /subscribers/do-bulk-action``).

        Applies `action_name` to the contacts in `subscriber_ids`: add or remove tags or lists (ids in
        `action_options`), change the status or contact type (`new_status`), set a custom field (`custom_field`),
        delete the contacts, send them the double opt-in e-mail, or add them to or remove them from a company. The
        answer counts the contacts processed and names the last id.

        Failures are 422 messages: `Subscribers selection is required` (no ids), `Selected Action is not valid`,
        `Please provide bulk options` (tag and list actions without `action_options`), `Please select status`, and
        `This action requires FluentCRM Pro` for the automation and sequence actions. FluentCRM 2.9.84 crashes (500)
        when `subscriber_ids` is not a list; the emulator answers 422 `Subscribers selection is required`. The
        emulator never sends e-mail: `send_double_optin` only reports success.

        The prose documentation makes only `action_name` required; without `subscriber_ids` the server answers 422,
        and a scalar there makes it crash.

        Args:
            body (BulkActionInput): One action applied to a selection of contacts. What else is needed depends
                on `action_name`: `add_to_tags`,
                `remove_from_tags`, `add_to_lists` and `remove_from_lists` take tag or list ids in `action_options`;
                `change_contact_status` and `change_contact_type` take the new value in `new_status`;
                `update_custom_fields`
                takes `custom_field: {key, value}`; `add_to_company` takes a company id in `new_status`.
                `delete_contacts`
                deletes the contacts for good.
            body (BulkActionForm): `BulkActionInput` as a PHP form: `subscriber_ids[]=`, `action_options[]=` and
                `custom_field[key]=`.

        Returns:
            BulkActionResult: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _run_contacts_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = BulkActionResult.from_dict(response.json())

            return response_200

    def neighbours(
        self,
        *,
        filter_type: GetContactNeighboursFilterType,
        current_id: int,
        sort_type: GetContactNeighboursSortType | Unset = "DESC",
        search: str | Unset = UNSET,
        statuses: builtins.list[ContactStatusInput] | Unset = UNSET,
        tags: builtins.list[int] | Unset = UNSET,
        lists: builtins.list[int] | Unset = UNSET,
    ) -> PrevNextIds:
        """Get the contacts before and after one in the list (``GET /subscribers/prev-next-ids``).

        Returns up to ten contact ids on each side of `current_id`, in id order (`sort_type`, `DESC` by default),
        after the contact list's filters (`search`, `statuses[]`, `tags[]`, `lists[]`). `next` continues in the sort
        order, `prev` goes back. `has_next` and `has_prev` are true only when exactly ten ids came back on that side;
        they do not say whether more exist. `filter_type` and `current_id` are required (422 otherwise).

        The prose documentation gives the error as `filter_type and current_id are required` and suggests that
        `has_next`/`has_prev` say whether more exist; the server's text and flags differ.

        Args:
            filter_type (GetContactNeighboursFilterType): `simple` (the filters below) or `advanced` (an
                advanced filter in `advanced_filters`).
            current_id (int): The contact to look around; `0` counts as missing.
            sort_type (GetContactNeighboursSortType | Unset): `DESC` (default) or `ASC`; any other value is
                treated like `ASC` for `next`. Default: 'DESC'.
            search (str | Unset): Free-text filter, matched as a substring (SQL `LIKE`). Which columns it looks
                at depends on the resource.
            statuses (list[ContactStatusInput] | Unset): Only contacts with one of these statuses.
            tags (list[int] | Unset): Only contacts with one of these tag ids.
            lists (list[int] | Unset): Only contacts in one of these list ids.

        Returns:
            PrevNextIds: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact_neighbours._get_kwargs(
                filter_type=filter_type,
                current_id=current_id,
                sort_type=sort_type,
                search=search,
                statuses=statuses,
                tags=tags,
                lists=lists,
            )
        )
        with parsing(response):
            response_200 = PrevNextIds.from_dict(response.json())

            return response_200

    def search(
        self,
        *,
        search: str | Unset = UNSET,
        limit: int | Unset = 20,
        values: builtins.list[int] | Unset = UNSET,
    ) -> ContactSearchResponse:
        """Search contacts for a picker (``GET /subscribers/search-contacts``).

        Finds contacts by name or e-mail (`search`, at most `limit` of them, 20 by default) and adds the contacts
        whose ids are listed in `values[]`, so that a picker can show its current selection. The answer is an object
        keyed by contact id, with the id repeated inside as a string; without hits it is `{}`.

        The prose documentation adds `load_default`; without a search term the server returns only the `values[]`
        contacts, and `{}` when there are none.

        Args:
            search (str | Unset): Text to find in the first name, last name or e-mail.
            limit (int | Unset): Most contacts the search returns (default 20). `values[]` are added on top.
                Default: 20.
            values (list[int] | Unset): Ids of contacts to include whatever the search.

        Returns:
            ContactSearchResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _search_contacts._get_kwargs(
                search=search,
                limit=limit,
                values=values,
            )
        )
        with parsing(response):
            response_200 = ContactSearchResponse.from_dict(response.json())

            return response_200

    def send_double_optin(
        self,
        id: int,
    ) -> MessageWithBench:
        """Send the double opt-in e-mail to a contact (``POST /subscribers/{id}/send-double-optin``).

        Sends the confirmation ("double opt-in") e-mail to a contact. There is no body. FluentCRM 2.9.84 answers
        success for any existing contact, also one that is already subscribed, and also when the mail could not be
        delivered. For a contact that does not exist (including id `0`) it crashes with 500. The emulator never sends
        anything; it answers success for an existing contact and 404 for a missing one.

        The prose documentation says an already subscribed contact gets 422 `Contact Already Subscribed`; the server
        sends the e-mail to it anyway, and crashes for a missing contact.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _send_contact_double_optin._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class ContactsEmails:
    """``crm.contacts.emails``: ``list``, ``delete``, ``template``, ``send``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        id: int,
        *,
        filter_: ListContactEmailsFilter | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ContactEmailsResponse:
        """List the e-mails sent to a contact (``GET /subscribers/{id}/emails``).

        Returns the campaign e-mails addressed to a contact (rows of `fc_campaign_emails`), newest first, 15 to a
        page. `filter=open` keeps the opened ones, `filter=click` the clicked ones and `filter=unopened` the others. A
        contact that does not exist has no e-mails: the answer is an empty page, not 404.

        FluentCRM 2.9.84 crashes (500) on contact id `0` and on a `per_page` of 0 or a non-number; the emulator
        answers 404 (the `Subscriber` model message) and 400.

        The prose documentation shows integer `campaign_id`, `subscriber_id`, `is_open` and `click_counter`; the
        server sends them as numeric strings, with more columns, and answers an empty page for an unknown contact.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            filter_ (ListContactEmailsFilter | Unset): `open`, `click` or `unopened`; any other value (or none)
                lists every e-mail.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ContactEmailsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_contact_emails._get_kwargs(
                id=id,
                filter_=filter_,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ContactEmailsResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
        filter_: ListContactEmailsFilter | Unset = UNSET,
    ) -> Iterator[ContactEmail]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                id,
                page=page,
                per_page=per_page,
                filter_=filter_,
            )
            items = result.emails.data
            yield from items
            seen += len(items)
            if not items or seen >= result.emails.total:
                return
            page += 1

    def delete(
        self,
        id: int,
        *,
        body: ContactEmailsDeleteInput | ContactEmailsDeleteForm | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete e-mails of a contact (``DELETE /subscribers/{id}/emails``).

        Deletes the listed e-mails (`email_ids`) of a contact. Ids that belong to another contact or to no e-mail are
        ignored, and so is a contact that does not exist: the answer is the same success message. The answer is a
        plain array, so it has `__bench`.

        FluentCRM 2.9.84 crashes (500) without `email_ids`, when it is not a list, and on contact id `0`; the emulator
        answers 422 `{"email_ids": {"required": ...}}` and, for id `0`, 404 with the `Subscriber` model message.

        The prose documentation gives the message as "Selected emails have been deleted"; the server says "has been
        deleted", adds `__bench`, and crashes without `email_ids`.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            body (ContactEmailsDeleteInput): Which of the contact's e-mails to delete. Ids that belong to
                another contact, or to no e-mail, are ignored.
                Without `email_ids` FluentCRM 2.9.84 crashes with 500.
            body (ContactEmailsDeleteForm): `ContactEmailsDeleteInput` as a PHP form: `email_ids[]=`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_contact_emails._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def template(
        self,
        id: int,
    ) -> EmailMockResponse:
        """Get a blank e-mail for a contact (``GET /subscribers/{id}/emails/template-mock``).

        Returns the blank custom e-mail that FluentCRM's "send e-mail" editor starts from: empty subject and body, the
        `simple` design and its default template settings. It is the same for every contact; the contact is not looked
        up, so an unknown id gets the same answer. FluentCRM 2.9.84 crashes (500) on contact id `0`; the emulator
        answers 404 with the `Subscriber` model message.

        The prose documentation shows a mock without `id`, `status`, `template_id` or the UTM fields and with
        `mailer_settings`; the server sends those fields, the full `template_config`, no `mailer_settings`, and
        `__bench`.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.

        Returns:
            EmailMockResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact_email_template._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = EmailMockResponse.from_dict(response.json())

            return response_200

    def send(
        self,
        id: int,
        *,
        body: CustomEmailInput | CustomEmailInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Send a one-off e-mail to a contact (``POST /subscribers/{id}/emails/send``).

        Sends a custom e-mail (subject and body inside `campaign`) to one contact, who must be `subscribed` or
        `transactional` (422 otherwise). FluentCRM stores it as a hidden campaign with one e-mail row, which then
        appears in the contact's e-mails; that hidden campaign is not listed by `GET /campaigns` and outlives the
        contact. The answer is a plain array, so it has `__bench`.

        FluentCRM 2.9.84 reports success even when the mail could not be delivered, and marks the e-mail row `sent`
        with an empty `email_body`. It crashes (500) without a `campaign` object and on contact id `0`. The emulator
        never sends anything: it only stores the e-mail row (status `sent`, as the real server shows it) and answers
        422 and 404 where the real server crashes.

        The prose documentation says the e-mail is queued for sending; the server reports success even when delivery
        fails, and crashes without a `campaign` object.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like a campaign
                draft. Subject and body may use smart
                codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.
            body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like a campaign
                draft. Subject and body may use smart
                codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _send_contact_email._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class ContactsEvents:
    """``crm.contacts.events``: ``track``, ``list``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def track(
        self,
        *,
        body: TrackEventInput | TrackEventInput | Unset = UNSET,
    ) -> TrackEventResponse:
        """Record a custom event for a contact (``POST /subscribers/track-event``).

        Records an event (`event_key`, `title`, optional `value`) for the contact with this `email` (or
        `subscriber_id`). Tracking the same key again for the same contact updates the stored row: same `id`, a higher
        counter and the new value. `event_key` and `title` are required (field errors), and they are checked first.
        Event tracking is an experimental feature that is off by default; while it is off, every valid request answers
        422 with `error_code: not_enabled`. A contact that cannot be found gives 422 `subscriber_not_found`.

        The prose documentation lists the body fields; the server answers 422 field errors first, and `not_enabled`
        while event tracking is off.

        Args:
            body (TrackEventInput): An event to record for the contact with this `email` (or `subscriber_id`).
                `event_key` and `title` are required.
                With `repeatable` left at its default, an event with a key the contact already has updates that row.
            body (TrackEventInput): An event to record for the contact with this `email` (or `subscriber_id`).
                `event_key` and `title` are required.
                With `repeatable` left at its default, an event with a key the contact already has updates that row.

        Returns:
            TrackEventResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _track_contact_event._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = TrackEventResponse.from_dict(response.json())

            return response_200

    def list(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> TrackingEventsResponse:
        """List a contact's tracked events (``GET /subscribers/{id}/tracking-events``).

        Returns the custom events recorded for a contact (see `trackContactEvent`), newest first, 15 to a page. Event
        tracking is an experimental feature that is off by default; while it is off, every call answers 422 with
        `error_code: not_enabled`, before the contact is looked up. With it on, a contact that does not exist gives
        404. FluentCRM 2.9.84 crashes (500) on id `0`; the emulator answers like a missing contact.

        The prose documentation shows integer `subscriber_id` and `counter` and a `null` provider; the server sends
        numeric strings and `created_by`.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            TrackingEventsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_contact_tracking_events._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = TrackingEventsResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
    ) -> Iterator[TrackedEvent]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                id,
                page=page,
                per_page=per_page,
            )
            items = result.events.data
            yield from items
            seen += len(items)
            if not items or seen >= result.events.total:
                return
            page += 1


class ContactsNotes:
    """``crm.contacts.notes``: ``list``, ``create``, ``update``, ``delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        id: int,
        *,
        search: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> NoteIndexResponse:
        """List a contact's notes (``GET /subscribers/{id}/notes``).

        Returns the notes kept on a contact, newest first, 15 to a page, together with the definition of the note form
        (`fields`). `search` keeps the notes whose title contains the text. A contact that does not exist (including
        id `0`) has no notes: the answer is an empty page, not 404.

        In the stored rows `subscriber_id`, `created_by` and `is_private` are numeric strings, and each row adds its
        author as `added_by`. A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500); the emulator
        answers 400 instead.

        The prose documentation shows integer `subscriber_id`, an `added_by` name string and empty `fields`; the
        server sends numeric strings, an author object and the note form.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            search (str | Unset): Keep the notes whose title contains this text.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            NoteIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_contact_notes._get_kwargs(
                id=id,
                search=search,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = NoteIndexResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
    ) -> Iterator[NoteListItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                id,
                page=page,
                per_page=per_page,
                search=search,
            )
            items = result.notes.data
            yield from items
            seen += len(items)
            if not items or seen >= result.notes.total:
                return
            page += 1

    def create(
        self,
        id: int,
        *,
        body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
    ) -> NoteCreateResponse:
        """Add a note to a contact (``POST /subscribers/{id}/notes``).

        Stores a note on a contact. The fields go inside `note`, as JSON or as a form (`note[title]=...`); `title`,
        `description` and `type` are required (422 names each missing one) and `created_at` backdates the note. Smart
        codes in `description` (`{{contact.first_name}}`) are replaced with the contact's values before the note is
        stored. The answer returns the new note as it was written, with `subscriber_id` and `created_by` as integers
        (they are strings when the note is read back).

        FluentCRM 2.9.84 crashes (500) on a body without the `note` object (including a flat body with the fields at
        the top level) and on contact id `0`; the emulator answers 422 and 404. An unparsable `created_at` is a 423.

        The prose documentation describes a 422 with `message` and `errors` lists and a note without `created_by`; the
        server answers field errors keyed by rule and returns `created_by`, and it crashes on a flat body.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in `note`.
                FluentCRM reads nothing outside the
                wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.
            body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in `note`.
                FluentCRM reads nothing outside the
                wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

        Returns:
            NoteCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_contact_note._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = NoteCreateResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        note_id: int,
        *,
        body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
    ) -> NoteUpdateResponse:
        """Change a contact's note (``PUT /subscribers/{id}/notes/{note_id}``).

        Replaces the title, description and type of a note (all three are required again, inside `note`; JSON or form)
        and, when given, its `created_at`. Smart codes in `description` are resolved as on create. The answer holds
        the whole stored row, with the numeric columns as strings.

        The contact must exist (404 otherwise), but the note is looked up by its id alone: FluentCRM 2.9.84 changes a
        note of another contact just the same, and crashes (500) when no note has the id, when either id is `0`, or
        when the body has no `note` object. The emulator answers those with 404 and 422; it also only changes notes of
        the contact in the path.

        The prose documentation shows an integer `subscriber_id` and a 422 with `message` and `errors`; the server
        returns the stored row with numeric strings, answers field errors keyed by rule, and crashes for an unknown
        note.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            note_id (int): Note id. Only digits match the route. The id `0` makes FluentCRM 2.9.84 crash with
                500 (the framework drops the falsy argument); the emulator answers it like a missing note.
            body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in `note`.
                FluentCRM reads nothing outside the
                wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.
            body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in `note`.
                FluentCRM reads nothing outside the
                wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

        Returns:
            NoteUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_contact_note._get_kwargs(
                id=id,
                note_id=note_id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = NoteUpdateResponse.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
        note_id: int,
    ) -> MessageWithBench:
        """Delete a contact's note (``DELETE /subscribers/{id}/notes/{note_id}``).

        Deletes a note. The contact must exist (404 otherwise); the note is deleted by its id alone, and the answer is
        the same success message when no note has that id. FluentCRM 2.9.84 crashes (500) when either id is `0`; the
        emulator answers 404 for both (the `Subscriber` or `SubscriberNote` model message). The emulator only deletes
        notes of the contact in the path.

        The prose documentation shows the success message alone; the server adds `__bench` and gives the same success
        for a note that does not exist.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            note_id (int): Note id. Only digits match the route. The id `0` makes FluentCRM 2.9.84 crash with
                500 (the framework drops the falsy argument); the emulator answers it like a missing note.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_contact_note._get_kwargs(
                id=id,
                note_id=note_id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class ContactsProfile:
    """``crm.contacts.profile``: ``purchase_history``, ``form_submissions``, ``support_tickets``, ``external_view``, ``save_external_view``, ``info_widgets``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def purchase_history(
        self,
        id: int,
        *,
        provider: str | Unset = UNSET,
    ) -> PurchaseHistoryResponse:
        """Get a contact's purchase history (``GET /subscribers/{id}/purchase-history``).

        Returns a contact's orders as reported by the commerce integration named in `provider` (such as `woo` or
        `edd`). On the free plugin with no such integration the list is empty and `total` is `0`. A contact that does
        not exist gives 404; id `0` too (this route reads the id from the request, so it does not crash).

        The prose documentation marks `provider` as required; the server answers without it, with an empty list and
        `__bench`.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            provider (str | Unset): The commerce integration to ask (its hook suffix); without one nothing
                answers.

        Returns:
            PurchaseHistoryResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact_purchase_history._get_kwargs(
                id=id,
                provider=provider,
            )
        )
        with parsing(response):
            response_200 = PurchaseHistoryResponse.from_dict(response.json())

            return response_200

    def form_submissions(
        self,
        id: int,
        *,
        provider: str | Unset = UNSET,
    ) -> FormSubmissionsResponse:
        """Get a contact's form submissions (``GET /subscribers/{id}/form-submissions``).

        Returns the form entries a contact made, as reported by the form integration named in `provider` (such as
        `fluentform`). Without that plugin the list is empty and `total` is `0`. The contact is not checked: an
        unknown id (or `0`) gets the same empty answer.

        The prose documentation lists a 404 for a missing contact; the server answers 200 with an empty list for any
        id.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            provider (str | Unset): The form integration to ask (its hook suffix).

        Returns:
            FormSubmissionsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact_form_submissions._get_kwargs(
                id=id,
                provider=provider,
            )
        )
        with parsing(response):
            response_200 = FormSubmissionsResponse.from_dict(response.json())

            return response_200

    def support_tickets(
        self,
        id: int,
        *,
        provider: str | Unset = UNSET,
    ) -> SupportTicketsResponse:
        """Get a contact's support tickets (``GET /subscribers/{id}/support-tickets``).

        Returns a contact's tickets as reported by the help-desk integration named in `provider` (such as
        `fluent_support`), with the table columns the admin screen shows. Without that plugin the list is empty. The
        contact is not checked: an unknown id (or `0`) gets the same answer.

        The prose documentation marks `provider` as required; the server does not check it or the contact.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            provider (str | Unset): The help-desk integration to ask (its hook suffix).

        Returns:
            SupportTicketsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact_support_tickets._get_kwargs(
                id=id,
                provider=provider,
            )
        )
        with parsing(response):
            response_200 = SupportTicketsResponse.from_dict(response.json())

            return response_200

    def external_view(
        self,
        id: int,
        *,
        section_provider: str | Unset = UNSET,
    ) -> ExternalView:
        """Get a profile section drawn by an integration (``GET /subscribers/{id}/external_view``).

        Returns the heading and HTML of a profile section provided by an integration (`section_provider`). When no
        integration answers for that name, both are empty strings. A contact that does not exist gives 404; FluentCRM
        2.9.84 crashes (500) on id `0`, where the emulator answers 404.

        The prose documentation marks `section_provider` as required; the server answers empty strings when no
        integration draws the section.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            section_provider (str | Unset): The name of the profile section (its hook suffix).

        Returns:
            ExternalView: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact_external_view._get_kwargs(
                id=id,
                section_provider=section_provider,
            )
        )
        with parsing(response):
            response_200 = ExternalView.from_dict(response.json())

            return response_200

    def save_external_view(
        self,
        id: int,
        *,
        body: ExternalViewSaveInput | Unset = UNSET,
    ) -> IntegrationAnswer:
        """Save data of a profile section drawn by an integration (``POST /subscribers/{id}/external_view``).

        Hands `data` to the integration that provides the profile section `section_provider`, which answers in its own
        format. Without such an integration (the free plugin alone) the answer is always 422 `Handled could not be
        found.` (sic). With an integration, the success body is whatever that integration returns (FluentCRM adds
        `__bench` when it is an object); the recorded example comes from a stand-in integration. A contact that does
        not exist gives 404; FluentCRM 2.9.84 crashes (500) on id `0`, where the emulator answers 404.

        The prose documentation shows a 200 `Data saved successfully`; that text comes from an integration, and
        without one the server always answers 422.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            body (ExternalViewSaveInput | Unset): Data for the integration that draws a profile section; what
                `data` holds is up to that integration.

        Returns:
            IntegrationAnswer: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _save_contact_external_view._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = IntegrationAnswer.from_dict(response.json())

            return response_200

    def info_widgets(
        self,
        id: int,
        *,
        by_widget: str | Unset = UNSET,
    ) -> AllInfoWidgetsResponse | OneInfoWidgetResponse:
        """Get the side widgets of a contact's profile (``GET /subscribers/{id}/info-widgets``).

        Returns the widgets integrations add to a contact's profile: without `by_widget`, all of them in `widgets`
        (empty lists and a count of `0` on the free plugin alone); with `by_widget`, the first widget of that kind in
        `widget`, or `{"content": "No content found"}`. A contact that does not exist gives 404; FluentCRM 2.9.84
        crashes (500) on id `0`, where the emulator answers 404.

        The prose documentation agrees on the two shapes; the server adds `__bench` and answers `No content found` for
        an unknown widget.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            by_widget (str | Unset): Ask for one kind of widget only.

        Returns:
            AllInfoWidgetsResponse | OneInfoWidgetResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_contact_info_widgets._get_kwargs(
                id=id,
                by_widget=by_widget,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> AllInfoWidgetsResponse | OneInfoWidgetResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_info_widgets_response_type_0 = AllInfoWidgetsResponse.from_dict(data)

                    return componentsschemas_info_widgets_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_info_widgets_response_type_1 = OneInfoWidgetResponse.from_dict(data)

                return componentsschemas_info_widgets_response_type_1

            response_200 = _parse_response_200(response.json())

            return response_200


class ContactsUrlMetrics:
    """``crm.contacts.url_metrics``: ``list``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        id: int,
        *,
        sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
        sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> UrlMetricsResponse:
        """List the links a contact clicked (``GET /subscribers/{id}/url-metrics``).

        Returns the campaign links a contact clicked, with a click count each, 15 to a page, by default newest first.
        `sort_by` names a column of the click table and goes into the SQL unchecked: an unknown column is a 423 whose
        message holds the SQL. A contact that does not exist gives 404. FluentCRM 2.9.84 crashes (500) on id `0`, and
        echoes a negative `per_page` back; the emulator answers 404 and 400.

        The prose documentation shows `count` as an integer and lets `sort_by` be any column; the server sends a
        numeric string and answers 423 with the SQL for an unknown column.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            sort_by (ListContactUrlMetricsSortBy | Unset): Column to order by (`id`, `created_at`, `updated_at`,
                `counter`, ...). Default `id`.
            sort_type (ListContactUrlMetricsSortType | Unset): `ASC` or `DESC` (the default).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            UrlMetricsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_contact_url_metrics._get_kwargs(
                id=id,
                sort_by=sort_by,
                sort_type=sort_type,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = UrlMetricsResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
        sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
        sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
    ) -> Iterator[UrlMetric]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                id,
                page=page,
                per_page=per_page,
                sort_by=sort_by,
                sort_type=sort_type,
            )
            items = result.url_metrics.data
            yield from items
            seen += len(items)
            if not items or seen >= result.url_metrics.total:
                return
            page += 1


class CustomFields:
    """``crm.custom_fields``: ``list``, ``update``."""

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


class Lists:
    """``crm.lists``: ``list``, ``create``, ``get``, ``update``, ``delete``."""

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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).

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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).
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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).

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
    """``crm.tags``: ``list``, ``create``, ``get``, ``update``, ``delete``."""

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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).

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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).
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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).

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
        self.contacts = Contacts(self)
        self.custom_fields = CustomFields(self)
        self.lists = Lists(self)
        self.reports = Reports(self)
        self.tags = Tags(self)

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


class AsyncContacts:
    """``crm.contacts``: ``list``, ``create``, ``delete_many``, ``get``, ``update``, ``delete``, ``bulk_add_update``, ``set_property``, ``sync_segments``, ``bulk_action``, ``neighbours``, ``search``, ``send_double_optin``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm
        self.emails = AsyncContactsEmails(crm)
        self.events = AsyncContactsEvents(crm)
        self.notes = AsyncContactsNotes(crm)
        self.profile = AsyncContactsProfile(crm)
        self.url_metrics = AsyncContactsUrlMetrics(crm)

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

    async def set_property(
        self,
        *,
        body: ContactPropertyInput | ContactPropertyForm | Unset = UNSET,
    ) -> MessageWithBench:
        """Set one property on several contacts (``PUT /subscribers/subscribers-property``).

        Sets `status`, `contact_type`, `avatar` or `company_id` to `value` on every contact listed in `subscribers`
        (JSON or form). Contacts that do not exist are skipped, and the answer is the same confirmation. Another
        property is refused with 422 `Column is not valid`, an unknown status or contact type with 422 `Value is not
        valid`, and a `company_id` of no company with 404 (`Company` model message), or with 423 and the SQL error
        where the company module was never switched on (no companies table). Without `property` or `subscribers` the
        422 field errors name the server's internal fields, `column` and `subscriber_ids`, not the keys that were
        missing.

        FluentCRM 2.9.84 crashes (500) when `subscribers` is not a list; the emulator answers 422.

        The prose documentation allows `sms_status` and a single id in `subscribers`; the free server refuses
        `sms_status` and crashes on a single id.

        Args:
            body (ContactPropertyInput): One column to set on several contacts at once. `property` must be
                `status`, `contact_type`, `avatar` or
                `company_id` (else 422 `Column is not valid`); a `status` or `contact_type` the server does not know
                gives 422
                `Value is not valid`, and a `company_id` of no company 404. Ids of missing contacts are skipped.
            body (ContactPropertyForm): `ContactPropertyInput` as a PHP form, the contacts sent as
                `subscribers[]=`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_contacts_property._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def sync_segments(
        self,
        *,
        body: SyncSegmentsInput | SyncSegmentsForm | Unset = UNSET,
    ) -> SyncSegmentsResponse:
        """Attach and detach tags or lists on several contacts (``POST /subscribers/sync-segments``).

        Attaches the tags (or lists, with `type: lists`) named in `attach` to every contact in `subscribers` and
        detaches those in `detach`. Tags and lists are named by slug, or by id with `find_by: id`; names that match
        nothing are skipped, and so are contacts that do not exist. The answer holds the changed contacts with all
        their tags and lists; its message says "subscriber." for one contact and "subscribers." for several.

        FluentCRM 2.9.84 crashes (500) when `subscribers` is missing or not a list, and when a listed contact does not
        exist while a tag or list was found to attach or detach; the emulator answers 422 for the first and 404 (the
        `Subscriber` model message) for the second.

        The prose documentation shows short contacts; the server returns whole contacts with pivot data, and crashes
        without `subscribers`.

        Args:
            body (SyncSegmentsInput): Tags or lists to attach to and detach from several contacts. `attach` and
                `detach` name the tags (or lists) by
                slug, or by id with `find_by: id`; names that match nothing are skipped. Without `subscribers`
                FluentCRM 2.9.84
                crashes with 500.
            body (SyncSegmentsForm): `SyncSegmentsInput` as a PHP form: the lists are sent as `subscribers[]=`,
                `attach[]=` and `detach[]=`.

        Returns:
            SyncSegmentsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _sync_contact_segments._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = SyncSegmentsResponse.from_dict(response.json())

            return response_200

    async def bulk_action(
        self,
        *,
        body: BulkActionInput | BulkActionForm | Unset = UNSET,
    ) -> BulkActionResult:
        """Run a bulk action on selected contacts (``POST /subscribers/do-bulk-action``).

        Applies `action_name` to the contacts in `subscriber_ids`: add or remove tags or lists (ids in
        `action_options`), change the status or contact type (`new_status`), set a custom field (`custom_field`),
        delete the contacts, send them the double opt-in e-mail, or add them to or remove them from a company. The
        answer counts the contacts processed and names the last id.

        Failures are 422 messages: `Subscribers selection is required` (no ids), `Selected Action is not valid`,
        `Please provide bulk options` (tag and list actions without `action_options`), `Please select status`, and
        `This action requires FluentCRM Pro` for the automation and sequence actions. FluentCRM 2.9.84 crashes (500)
        when `subscriber_ids` is not a list; the emulator answers 422 `Subscribers selection is required`. The
        emulator never sends e-mail: `send_double_optin` only reports success.

        The prose documentation makes only `action_name` required; without `subscriber_ids` the server answers 422,
        and a scalar there makes it crash.

        Args:
            body (BulkActionInput): One action applied to a selection of contacts. What else is needed depends
                on `action_name`: `add_to_tags`,
                `remove_from_tags`, `add_to_lists` and `remove_from_lists` take tag or list ids in `action_options`;
                `change_contact_status` and `change_contact_type` take the new value in `new_status`;
                `update_custom_fields`
                takes `custom_field: {key, value}`; `add_to_company` takes a company id in `new_status`.
                `delete_contacts`
                deletes the contacts for good.
            body (BulkActionForm): `BulkActionInput` as a PHP form: `subscriber_ids[]=`, `action_options[]=` and
                `custom_field[key]=`.

        Returns:
            BulkActionResult: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _run_contacts_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = BulkActionResult.from_dict(response.json())

            return response_200

    async def neighbours(
        self,
        *,
        filter_type: GetContactNeighboursFilterType,
        current_id: int,
        sort_type: GetContactNeighboursSortType | Unset = "DESC",
        search: str | Unset = UNSET,
        statuses: builtins.list[ContactStatusInput] | Unset = UNSET,
        tags: builtins.list[int] | Unset = UNSET,
        lists: builtins.list[int] | Unset = UNSET,
    ) -> PrevNextIds:
        """Get the contacts before and after one in the list (``GET /subscribers/prev-next-ids``).

        Returns up to ten contact ids on each side of `current_id`, in id order (`sort_type`, `DESC` by default),
        after the contact list's filters (`search`, `statuses[]`, `tags[]`, `lists[]`). `next` continues in the sort
        order, `prev` goes back. `has_next` and `has_prev` are true only when exactly ten ids came back on that side;
        they do not say whether more exist. `filter_type` and `current_id` are required (422 otherwise).

        The prose documentation gives the error as `filter_type and current_id are required` and suggests that
        `has_next`/`has_prev` say whether more exist; the server's text and flags differ.

        Args:
            filter_type (GetContactNeighboursFilterType): `simple` (the filters below) or `advanced` (an
                advanced filter in `advanced_filters`).
            current_id (int): The contact to look around; `0` counts as missing.
            sort_type (GetContactNeighboursSortType | Unset): `DESC` (default) or `ASC`; any other value is
                treated like `ASC` for `next`. Default: 'DESC'.
            search (str | Unset): Free-text filter, matched as a substring (SQL `LIKE`). Which columns it looks
                at depends on the resource.
            statuses (list[ContactStatusInput] | Unset): Only contacts with one of these statuses.
            tags (list[int] | Unset): Only contacts with one of these tag ids.
            lists (list[int] | Unset): Only contacts in one of these list ids.

        Returns:
            PrevNextIds: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact_neighbours._get_kwargs(
                filter_type=filter_type,
                current_id=current_id,
                sort_type=sort_type,
                search=search,
                statuses=statuses,
                tags=tags,
                lists=lists,
            )
        )
        with parsing(response):
            response_200 = PrevNextIds.from_dict(response.json())

            return response_200

    async def search(
        self,
        *,
        search: str | Unset = UNSET,
        limit: int | Unset = 20,
        values: builtins.list[int] | Unset = UNSET,
    ) -> ContactSearchResponse:
        """Search contacts for a picker (``GET /subscribers/search-contacts``).

        Finds contacts by name or e-mail (`search`, at most `limit` of them, 20 by default) and adds the contacts
        whose ids are listed in `values[]`, so that a picker can show its current selection. The answer is an object
        keyed by contact id, with the id repeated inside as a string; without hits it is `{}`.

        The prose documentation adds `load_default`; without a search term the server returns only the `values[]`
        contacts, and `{}` when there are none.

        Args:
            search (str | Unset): Text to find in the first name, last name or e-mail.
            limit (int | Unset): Most contacts the search returns (default 20). `values[]` are added on top.
                Default: 20.
            values (list[int] | Unset): Ids of contacts to include whatever the search.

        Returns:
            ContactSearchResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _search_contacts._get_kwargs(
                search=search,
                limit=limit,
                values=values,
            )
        )
        with parsing(response):
            response_200 = ContactSearchResponse.from_dict(response.json())

            return response_200

    async def send_double_optin(
        self,
        id: int,
    ) -> MessageWithBench:
        """Send the double opt-in e-mail to a contact (``POST /subscribers/{id}/send-double-optin``).

        Sends the confirmation ("double opt-in") e-mail to a contact. There is no body. FluentCRM 2.9.84 answers
        success for any existing contact, also one that is already subscribed, and also when the mail could not be
        delivered. For a contact that does not exist (including id `0`) it crashes with 500. The emulator never sends
        anything; it answers success for an existing contact and 404 for a missing one.

        The prose documentation says an already subscribed contact gets 422 `Contact Already Subscribed`; the server
        sends the e-mail to it anyway, and crashes for a missing contact.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _send_contact_double_optin._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncContactsEmails:
    """``crm.contacts.emails``: ``list``, ``delete``, ``template``, ``send``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        id: int,
        *,
        filter_: ListContactEmailsFilter | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ContactEmailsResponse:
        """List the e-mails sent to a contact (``GET /subscribers/{id}/emails``).

        Returns the campaign e-mails addressed to a contact (rows of `fc_campaign_emails`), newest first, 15 to a
        page. `filter=open` keeps the opened ones, `filter=click` the clicked ones and `filter=unopened` the others. A
        contact that does not exist has no e-mails: the answer is an empty page, not 404.

        FluentCRM 2.9.84 crashes (500) on contact id `0` and on a `per_page` of 0 or a non-number; the emulator
        answers 404 (the `Subscriber` model message) and 400.

        The prose documentation shows integer `campaign_id`, `subscriber_id`, `is_open` and `click_counter`; the
        server sends them as numeric strings, with more columns, and answers an empty page for an unknown contact.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            filter_ (ListContactEmailsFilter | Unset): `open`, `click` or `unopened`; any other value (or none)
                lists every e-mail.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ContactEmailsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_contact_emails._get_kwargs(
                id=id,
                filter_=filter_,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ContactEmailsResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
        filter_: ListContactEmailsFilter | Unset = UNSET,
    ) -> AsyncIterator[ContactEmail]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                id,
                page=page,
                per_page=per_page,
                filter_=filter_,
            )
            items = result.emails.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.emails.total:
                return
            page += 1

    async def delete(
        self,
        id: int,
        *,
        body: ContactEmailsDeleteInput | ContactEmailsDeleteForm | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete e-mails of a contact (``DELETE /subscribers/{id}/emails``).

        Deletes the listed e-mails (`email_ids`) of a contact. Ids that belong to another contact or to no e-mail are
        ignored, and so is a contact that does not exist: the answer is the same success message. The answer is a
        plain array, so it has `__bench`.

        FluentCRM 2.9.84 crashes (500) without `email_ids`, when it is not a list, and on contact id `0`; the emulator
        answers 422 `{"email_ids": {"required": ...}}` and, for id `0`, 404 with the `Subscriber` model message.

        The prose documentation gives the message as "Selected emails have been deleted"; the server says "has been
        deleted", adds `__bench`, and crashes without `email_ids`.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            body (ContactEmailsDeleteInput): Which of the contact's e-mails to delete. Ids that belong to
                another contact, or to no e-mail, are ignored.
                Without `email_ids` FluentCRM 2.9.84 crashes with 500.
            body (ContactEmailsDeleteForm): `ContactEmailsDeleteInput` as a PHP form: `email_ids[]=`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_contact_emails._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def template(
        self,
        id: int,
    ) -> EmailMockResponse:
        """Get a blank e-mail for a contact (``GET /subscribers/{id}/emails/template-mock``).

        Returns the blank custom e-mail that FluentCRM's "send e-mail" editor starts from: empty subject and body, the
        `simple` design and its default template settings. It is the same for every contact; the contact is not looked
        up, so an unknown id gets the same answer. FluentCRM 2.9.84 crashes (500) on contact id `0`; the emulator
        answers 404 with the `Subscriber` model message.

        The prose documentation shows a mock without `id`, `status`, `template_id` or the UTM fields and with
        `mailer_settings`; the server sends those fields, the full `template_config`, no `mailer_settings`, and
        `__bench`.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.

        Returns:
            EmailMockResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact_email_template._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = EmailMockResponse.from_dict(response.json())

            return response_200

    async def send(
        self,
        id: int,
        *,
        body: CustomEmailInput | CustomEmailInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Send a one-off e-mail to a contact (``POST /subscribers/{id}/emails/send``).

        Sends a custom e-mail (subject and body inside `campaign`) to one contact, who must be `subscribed` or
        `transactional` (422 otherwise). FluentCRM stores it as a hidden campaign with one e-mail row, which then
        appears in the contact's e-mails; that hidden campaign is not listed by `GET /campaigns` and outlives the
        contact. The answer is a plain array, so it has `__bench`.

        FluentCRM 2.9.84 reports success even when the mail could not be delivered, and marks the e-mail row `sent`
        with an empty `email_body`. It crashes (500) without a `campaign` object and on contact id `0`. The emulator
        never sends anything: it only stores the e-mail row (status `sent`, as the real server shows it) and answers
        422 and 404 where the real server crashes.

        The prose documentation says the e-mail is queued for sending; the server reports success even when delivery
        fails, and crashes without a `campaign` object.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like a campaign
                draft. Subject and body may use smart
                codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.
            body (CustomEmailInput): A one-off e-mail to a single contact, wrapped in `campaign` like a campaign
                draft. Subject and body may use smart
                codes (`{{contact.first_name}}`). Any `id` inside `campaign` is dropped.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _send_contact_email._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncContactsEvents:
    """``crm.contacts.events``: ``track``, ``list``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def track(
        self,
        *,
        body: TrackEventInput | TrackEventInput | Unset = UNSET,
    ) -> TrackEventResponse:
        """Record a custom event for a contact (``POST /subscribers/track-event``).

        Records an event (`event_key`, `title`, optional `value`) for the contact with this `email` (or
        `subscriber_id`). Tracking the same key again for the same contact updates the stored row: same `id`, a higher
        counter and the new value. `event_key` and `title` are required (field errors), and they are checked first.
        Event tracking is an experimental feature that is off by default; while it is off, every valid request answers
        422 with `error_code: not_enabled`. A contact that cannot be found gives 422 `subscriber_not_found`.

        The prose documentation lists the body fields; the server answers 422 field errors first, and `not_enabled`
        while event tracking is off.

        Args:
            body (TrackEventInput): An event to record for the contact with this `email` (or `subscriber_id`).
                `event_key` and `title` are required.
                With `repeatable` left at its default, an event with a key the contact already has updates that row.
            body (TrackEventInput): An event to record for the contact with this `email` (or `subscriber_id`).
                `event_key` and `title` are required.
                With `repeatable` left at its default, an event with a key the contact already has updates that row.

        Returns:
            TrackEventResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _track_contact_event._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = TrackEventResponse.from_dict(response.json())

            return response_200

    async def list(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> TrackingEventsResponse:
        """List a contact's tracked events (``GET /subscribers/{id}/tracking-events``).

        Returns the custom events recorded for a contact (see `trackContactEvent`), newest first, 15 to a page. Event
        tracking is an experimental feature that is off by default; while it is off, every call answers 422 with
        `error_code: not_enabled`, before the contact is looked up. With it on, a contact that does not exist gives
        404. FluentCRM 2.9.84 crashes (500) on id `0`; the emulator answers like a missing contact.

        The prose documentation shows integer `subscriber_id` and `counter` and a `null` provider; the server sends
        numeric strings and `created_by`.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            TrackingEventsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_contact_tracking_events._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = TrackingEventsResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
    ) -> AsyncIterator[TrackedEvent]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                id,
                page=page,
                per_page=per_page,
            )
            items = result.events.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.events.total:
                return
            page += 1


class AsyncContactsNotes:
    """``crm.contacts.notes``: ``list``, ``create``, ``update``, ``delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        id: int,
        *,
        search: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> NoteIndexResponse:
        """List a contact's notes (``GET /subscribers/{id}/notes``).

        Returns the notes kept on a contact, newest first, 15 to a page, together with the definition of the note form
        (`fields`). `search` keeps the notes whose title contains the text. A contact that does not exist (including
        id `0`) has no notes: the answer is an empty page, not 404.

        In the stored rows `subscriber_id`, `created_by` and `is_private` are numeric strings, and each row adds its
        author as `added_by`. A `per_page` of 0 or a non-number makes FluentCRM 2.9.84 crash (500); the emulator
        answers 400 instead.

        The prose documentation shows integer `subscriber_id`, an `added_by` name string and empty `fields`; the
        server sends numeric strings, an author object and the note form.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            search (str | Unset): Keep the notes whose title contains this text.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            NoteIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_contact_notes._get_kwargs(
                id=id,
                search=search,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = NoteIndexResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
    ) -> AsyncIterator[NoteListItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                id,
                page=page,
                per_page=per_page,
                search=search,
            )
            items = result.notes.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.notes.total:
                return
            page += 1

    async def create(
        self,
        id: int,
        *,
        body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
    ) -> NoteCreateResponse:
        """Add a note to a contact (``POST /subscribers/{id}/notes``).

        Stores a note on a contact. The fields go inside `note`, as JSON or as a form (`note[title]=...`); `title`,
        `description` and `type` are required (422 names each missing one) and `created_at` backdates the note. Smart
        codes in `description` (`{{contact.first_name}}`) are replaced with the contact's values before the note is
        stored. The answer returns the new note as it was written, with `subscriber_id` and `created_by` as integers
        (they are strings when the note is read back).

        FluentCRM 2.9.84 crashes (500) on a body without the `note` object (including a flat body with the fields at
        the top level) and on contact id `0`; the emulator answers 422 and 404. An unparsable `created_at` is a 423.

        The prose documentation describes a 422 with `message` and `errors` lists and a note without `created_by`; the
        server answers field errors keyed by rule and returns `created_by`, and it crashes on a flat body.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in `note`.
                FluentCRM reads nothing outside the
                wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.
            body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in `note`.
                FluentCRM reads nothing outside the
                wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

        Returns:
            NoteCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_contact_note._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = NoteCreateResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        note_id: int,
        *,
        body: NoteWriteRequest | NoteWriteRequest | Unset = UNSET,
    ) -> NoteUpdateResponse:
        """Change a contact's note (``PUT /subscribers/{id}/notes/{note_id}``).

        Replaces the title, description and type of a note (all three are required again, inside `note`; JSON or form)
        and, when given, its `created_at`. Smart codes in `description` are resolved as on create. The answer holds
        the whole stored row, with the numeric columns as strings.

        The contact must exist (404 otherwise), but the note is looked up by its id alone: FluentCRM 2.9.84 changes a
        note of another contact just the same, and crashes (500) when no note has the id, when either id is `0`, or
        when the body has no `note` object. The emulator answers those with 404 and 422; it also only changes notes of
        the contact in the path.

        The prose documentation shows an integer `subscriber_id` and a 422 with `message` and `errors`; the server
        returns the stored row with numeric strings, answers field errors keyed by rule, and crashes for an unknown
        note.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            note_id (int): Note id. Only digits match the route. The id `0` makes FluentCRM 2.9.84 crash with
                500 (the framework drops the falsy argument); the emulator answers it like a missing note.
            body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in `note`.
                FluentCRM reads nothing outside the
                wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.
            body (NoteWriteRequest): The body of a note create or update: the note's fields wrapped in `note`.
                FluentCRM reads nothing outside the
                wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

        Returns:
            NoteUpdateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_contact_note._get_kwargs(
                id=id,
                note_id=note_id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = NoteUpdateResponse.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
        note_id: int,
    ) -> MessageWithBench:
        """Delete a contact's note (``DELETE /subscribers/{id}/notes/{note_id}``).

        Deletes a note. The contact must exist (404 otherwise); the note is deleted by its id alone, and the answer is
        the same success message when no note has that id. FluentCRM 2.9.84 crashes (500) when either id is `0`; the
        emulator answers 404 for both (the `Subscriber` or `SubscriberNote` model message). The emulator only deletes
        notes of the contact in the path.

        The prose documentation shows the success message alone; the server adds `__bench` and gives the same success
        for a note that does not exist.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            note_id (int): Note id. Only digits match the route. The id `0` makes FluentCRM 2.9.84 crash with
                500 (the framework drops the falsy argument); the emulator answers it like a missing note.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_contact_note._get_kwargs(
                id=id,
                note_id=note_id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncContactsProfile:
    """``crm.contacts.profile``: ``purchase_history``, ``form_submissions``, ``support_tickets``, ``external_view``, ``save_external_view``, ``info_widgets``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def purchase_history(
        self,
        id: int,
        *,
        provider: str | Unset = UNSET,
    ) -> PurchaseHistoryResponse:
        """Get a contact's purchase history (``GET /subscribers/{id}/purchase-history``).

        Returns a contact's orders as reported by the commerce integration named in `provider` (such as `woo` or
        `edd`). On the free plugin with no such integration the list is empty and `total` is `0`. A contact that does
        not exist gives 404; id `0` too (this route reads the id from the request, so it does not crash).

        The prose documentation marks `provider` as required; the server answers without it, with an empty list and
        `__bench`.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            provider (str | Unset): The commerce integration to ask (its hook suffix); without one nothing
                answers.

        Returns:
            PurchaseHistoryResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact_purchase_history._get_kwargs(
                id=id,
                provider=provider,
            )
        )
        with parsing(response):
            response_200 = PurchaseHistoryResponse.from_dict(response.json())

            return response_200

    async def form_submissions(
        self,
        id: int,
        *,
        provider: str | Unset = UNSET,
    ) -> FormSubmissionsResponse:
        """Get a contact's form submissions (``GET /subscribers/{id}/form-submissions``).

        Returns the form entries a contact made, as reported by the form integration named in `provider` (such as
        `fluentform`). Without that plugin the list is empty and `total` is `0`. The contact is not checked: an
        unknown id (or `0`) gets the same empty answer.

        The prose documentation lists a 404 for a missing contact; the server answers 200 with an empty list for any
        id.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            provider (str | Unset): The form integration to ask (its hook suffix).

        Returns:
            FormSubmissionsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact_form_submissions._get_kwargs(
                id=id,
                provider=provider,
            )
        )
        with parsing(response):
            response_200 = FormSubmissionsResponse.from_dict(response.json())

            return response_200

    async def support_tickets(
        self,
        id: int,
        *,
        provider: str | Unset = UNSET,
    ) -> SupportTicketsResponse:
        """Get a contact's support tickets (``GET /subscribers/{id}/support-tickets``).

        Returns a contact's tickets as reported by the help-desk integration named in `provider` (such as
        `fluent_support`), with the table columns the admin screen shows. Without that plugin the list is empty. The
        contact is not checked: an unknown id (or `0`) gets the same answer.

        The prose documentation marks `provider` as required; the server does not check it or the contact.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            provider (str | Unset): The help-desk integration to ask (its hook suffix).

        Returns:
            SupportTicketsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact_support_tickets._get_kwargs(
                id=id,
                provider=provider,
            )
        )
        with parsing(response):
            response_200 = SupportTicketsResponse.from_dict(response.json())

            return response_200

    async def external_view(
        self,
        id: int,
        *,
        section_provider: str | Unset = UNSET,
    ) -> ExternalView:
        """Get a profile section drawn by an integration (``GET /subscribers/{id}/external_view``).

        Returns the heading and HTML of a profile section provided by an integration (`section_provider`). When no
        integration answers for that name, both are empty strings. A contact that does not exist gives 404; FluentCRM
        2.9.84 crashes (500) on id `0`, where the emulator answers 404.

        The prose documentation marks `section_provider` as required; the server answers empty strings when no
        integration draws the section.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            section_provider (str | Unset): The name of the profile section (its hook suffix).

        Returns:
            ExternalView: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact_external_view._get_kwargs(
                id=id,
                section_provider=section_provider,
            )
        )
        with parsing(response):
            response_200 = ExternalView.from_dict(response.json())

            return response_200

    async def save_external_view(
        self,
        id: int,
        *,
        body: ExternalViewSaveInput | Unset = UNSET,
    ) -> IntegrationAnswer:
        """Save data of a profile section drawn by an integration (``POST /subscribers/{id}/external_view``).

        Hands `data` to the integration that provides the profile section `section_provider`, which answers in its own
        format. Without such an integration (the free plugin alone) the answer is always 422 `Handled could not be
        found.` (sic). With an integration, the success body is whatever that integration returns (FluentCRM adds
        `__bench` when it is an object); the recorded example comes from a stand-in integration. A contact that does
        not exist gives 404; FluentCRM 2.9.84 crashes (500) on id `0`, where the emulator answers 404.

        The prose documentation shows a 200 `Data saved successfully`; that text comes from an integration, and
        without one the server always answers 422.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            body (ExternalViewSaveInput | Unset): Data for the integration that draws a profile section; what
                `data` holds is up to that integration.

        Returns:
            IntegrationAnswer: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _save_contact_external_view._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = IntegrationAnswer.from_dict(response.json())

            return response_200

    async def info_widgets(
        self,
        id: int,
        *,
        by_widget: str | Unset = UNSET,
    ) -> AllInfoWidgetsResponse | OneInfoWidgetResponse:
        """Get the side widgets of a contact's profile (``GET /subscribers/{id}/info-widgets``).

        Returns the widgets integrations add to a contact's profile: without `by_widget`, all of them in `widgets`
        (empty lists and a count of `0` on the free plugin alone); with `by_widget`, the first widget of that kind in
        `widget`, or `{"content": "No content found"}`. A contact that does not exist gives 404; FluentCRM 2.9.84
        crashes (500) on id `0`, where the emulator answers 404.

        The prose documentation agrees on the two shapes; the server adds `__bench` and answers `No content found` for
        an unknown widget.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            by_widget (str | Unset): Ask for one kind of widget only.

        Returns:
            AllInfoWidgetsResponse | OneInfoWidgetResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_contact_info_widgets._get_kwargs(
                id=id,
                by_widget=by_widget,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> AllInfoWidgetsResponse | OneInfoWidgetResponse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_info_widgets_response_type_0 = AllInfoWidgetsResponse.from_dict(data)

                    return componentsschemas_info_widgets_response_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_info_widgets_response_type_1 = OneInfoWidgetResponse.from_dict(data)

                return componentsschemas_info_widgets_response_type_1

            response_200 = _parse_response_200(response.json())

            return response_200


class AsyncContactsUrlMetrics:
    """``crm.contacts.url_metrics``: ``list``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        id: int,
        *,
        sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
        sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> UrlMetricsResponse:
        """List the links a contact clicked (``GET /subscribers/{id}/url-metrics``).

        Returns the campaign links a contact clicked, with a click count each, 15 to a page, by default newest first.
        `sort_by` names a column of the click table and goes into the SQL unchecked: an unknown column is a 423 whose
        message holds the SQL. A contact that does not exist gives 404. FluentCRM 2.9.84 crashes (500) on id `0`, and
        echoes a negative `per_page` back; the emulator answers 404 and 400.

        The prose documentation shows `count` as an integer and lets `sort_by` be any column; the server sends a
        numeric string and answers 423 with the SQL for an unknown column.

        Args:
            id (int): Contact id. Only digits match the route (anything else is 404 `rest_no_route`). FluentCRM
                2.9.84 cannot pass the id `0` to the controller methods that take the contact as an argument and
                crashes with 500 on those routes (each operation says whether it is one of them); the emulator
                answers them like a missing contact.
            sort_by (ListContactUrlMetricsSortBy | Unset): Column to order by (`id`, `created_at`, `updated_at`,
                `counter`, ...). Default `id`.
            sort_type (ListContactUrlMetricsSortType | Unset): `ASC` or `DESC` (the default).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            UrlMetricsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_contact_url_metrics._get_kwargs(
                id=id,
                sort_by=sort_by,
                sort_type=sort_type,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = UrlMetricsResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
        sort_by: ListContactUrlMetricsSortBy | Unset = UNSET,
        sort_type: ListContactUrlMetricsSortType | Unset = UNSET,
    ) -> AsyncIterator[UrlMetric]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                id,
                page=page,
                per_page=per_page,
                sort_by=sort_by,
                sort_type=sort_type,
            )
            items = result.url_metrics.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.url_metrics.total:
                return
            page += 1


class AsyncCustomFields:
    """``crm.custom_fields``: ``list``, ``update``."""

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


class AsyncLists:
    """``crm.lists``: ``list``, ``create``, ``get``, ``update``, ``delete``."""

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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).

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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).
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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).

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
    """``crm.tags``: ``list``, ``create``, ``get``, ``update``, ``delete``."""

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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).

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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).
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
                answered with 404 `rest_no_route`. The id `0` matches the route but crashes FluentCRM 2.9.84 (the
                500 answers list it).

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
        self.contacts = AsyncContacts(self)
        self.custom_fields = AsyncCustomFields(self)
        self.lists = AsyncLists(self)
        self.reports = AsyncReports(self)
        self.tags = AsyncTags(self)

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
