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
from .api.contacts import delete_contact as _delete_contact
from .api.contacts import delete_contacts as _delete_contacts
from .api.contacts import get_contact as _get_contact
from .api.contacts import list_contacts as _list_contacts
from .api.contacts import update_contact as _update_contact
from .api.custom_fields import get_contact_custom_fields as _get_contact_custom_fields
from .api.custom_fields import update_contact_custom_fields as _update_contact_custom_fields
from .api.forms import create_form as _create_form
from .api.forms import list_form_templates as _list_form_templates
from .api.forms import list_forms as _list_forms
from .api.funnels import change_funnel_trigger as _change_funnel_trigger
from .api.funnels import clone_funnel as _clone_funnel
from .api.funnels import create_funnel as _create_funnel
from .api.funnels import create_funnel_from_template as _create_funnel_from_template
from .api.funnels import delete_funnel as _delete_funnel
from .api.funnels import funnel_bulk_action as _funnel_bulk_action
from .api.funnels import get_funnel as _get_funnel
from .api.funnels import get_funnel_email_reports as _get_funnel_email_reports
from .api.funnels import get_funnel_report as _get_funnel_report
from .api.funnels import get_funnel_subscriber_report as _get_funnel_subscriber_report
from .api.funnels import get_funnel_syncable_count as _get_funnel_syncable_count
from .api.funnels import import_funnel as _import_funnel
from .api.funnels import list_contact_automations as _list_contact_automations
from .api.funnels import list_funnel_activities as _list_funnel_activities
from .api.funnels import list_funnel_subscribers as _list_funnel_subscribers
from .api.funnels import list_funnel_templates as _list_funnel_templates
from .api.funnels import list_funnel_triggers as _list_funnel_triggers
from .api.funnels import list_funnels as _list_funnels
from .api.funnels import remove_funnel_subscriber_rows as _remove_funnel_subscriber_rows
from .api.funnels import remove_funnel_subscribers as _remove_funnel_subscribers
from .api.funnels import save_funnel_email_action as _save_funnel_email_action
from .api.funnels import save_funnel_email_action_fallback as _save_funnel_email_action_fallback
from .api.funnels import save_funnel_sequences as _save_funnel_sequences
from .api.funnels import save_funnel_sequences_fallback as _save_funnel_sequences_fallback
from .api.funnels import send_funnel_test_webhook as _send_funnel_test_webhook
from .api.funnels import sync_funnel_new_steps as _sync_funnel_new_steps
from .api.funnels import update_funnel_labels as _update_funnel_labels
from .api.funnels import update_funnel_status as _update_funnel_status
from .api.funnels import update_funnel_subscriber_status as _update_funnel_subscriber_status
from .api.funnels import update_funnel_title as _update_funnel_title
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
from .api.webhooks import create_webhook as _create_webhook
from .api.webhooks import delete_webhook as _delete_webhook
from .api.webhooks import list_webhooks as _list_webhooks
from .api.webhooks import update_webhook as _update_webhook
from .client import Client
from .models import ContactListItem, FunnelListItem, FunnelSubscriber, ListItem, TagItem
from .models.bulk_add_update_input import BulkAddUpdateInput
from .models.bulk_add_update_response import BulkAddUpdateResponse
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
from .models.create_form_response_200 import CreateFormResponse200
from .models.create_funnel_from_template_body import CreateFunnelFromTemplateBody
from .models.create_webhook_response_200 import CreateWebhookResponse200
from .models.custom_fields_response import CustomFieldsResponse
from .models.custom_fields_save_request import CustomFieldsSaveRequest
from .models.custom_fields_save_response import CustomFieldsSaveResponse
from .models.dashboard_stats import DashboardStats
from .models.form_create_input import FormCreateInput
from .models.funnel_bulk_action_input import FunnelBulkActionInput
from .models.funnel_create_input import FunnelCreateInput
from .models.funnel_email_action_input import FunnelEmailActionInput
from .models.funnel_email_action_response import FunnelEmailActionResponse
from .models.funnel_email_reports import FunnelEmailReports
from .models.funnel_find_response import FunnelFindResponse
from .models.funnel_import_input import FunnelImportInput
from .models.funnel_labels_change import FunnelLabelsChange
from .models.funnel_report import FunnelReport
from .models.funnel_saved_response import FunnelSavedResponse
from .models.funnel_sequences_fallback_input import FunnelSequencesFallbackInput
from .models.funnel_sequences_input import FunnelSequencesInput
from .models.funnel_sequences_save_response import FunnelSequencesSaveResponse
from .models.funnel_status_change import FunnelStatusChange
from .models.funnel_subscriber_status_change import FunnelSubscriberStatusChange
from .models.funnel_title_change import FunnelTitleChange
from .models.funnel_trigger_change import FunnelTriggerChange
from .models.get_contact_custom_fields_with_item import (
    GetContactCustomFieldsWithItem,
)
from .models.get_contact_with_item import GetContactWithItem
from .models.get_funnel_subscriber_report_response_200 import GetFunnelSubscriberReportResponse200
from .models.get_funnel_syncable_count_response_200 import GetFunnelSyncableCountResponse200
from .models.get_funnel_with_item import GetFunnelWithItem
from .models.list_contact_automations_response_200 import ListContactAutomationsResponse200
from .models.list_contacts_sort_by import ListContactsSortBy
from .models.list_contacts_sort_type import ListContactsSortType
from .models.list_create_response import ListCreateResponse
from .models.list_delete_response import ListDeleteResponse
from .models.list_form_templates_response_200 import ListFormTemplatesResponse200
from .models.list_forms_response_200 import ListFormsResponse200
from .models.list_funnel_activities_response_200 import ListFunnelActivitiesResponse200
from .models.list_funnel_activities_status import ListFunnelActivitiesStatus
from .models.list_funnel_subscribers_response_200 import ListFunnelSubscribersResponse200
from .models.list_funnel_subscribers_status import ListFunnelSubscribersStatus
from .models.list_funnel_subscribers_with_item import (
    ListFunnelSubscribersWithItem,
)
from .models.list_funnel_templates_response_200 import ListFunnelTemplatesResponse200
from .models.list_funnel_triggers_response_200 import ListFunnelTriggersResponse200
from .models.list_funnels_response_200 import ListFunnelsResponse200
from .models.list_funnels_sort_by import ListFunnelsSortBy
from .models.list_funnels_sort_type import ListFunnelsSortType
from .models.list_funnels_with_item import ListFunnelsWithItem
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
from .models.list_webhooks_response_200 import ListWebhooksResponse200
from .models.message_with_bench import MessageWithBench
from .models.remove_funnel_subscriber_rows_body import RemoveFunnelSubscriberRowsBody
from .models.remove_funnel_subscribers_body import RemoveFunnelSubscribersBody
from .models.report_stats import ReportStats
from .models.save_funnel_email_action_fallback_body import SaveFunnelEmailActionFallbackBody
from .models.send_funnel_test_webhook_body import SendFunnelTestWebhookBody
from .models.send_funnel_test_webhook_response_200 import SendFunnelTestWebhookResponse200
from .models.tag_create_response import TagCreateResponse
from .models.tag_delete_response import TagDeleteResponse
from .models.tag_find_response import TagFindResponse
from .models.tag_index_response import TagIndexResponse
from .models.tag_input import TagInput
from .models.tag_update_response import TagUpdateResponse
from .models.webhook_create_input import WebhookCreateInput
from .models.webhook_form_input import WebhookFormInput
from .models.webhook_input import WebhookInput
from .models.webhook_list_response import WebhookListResponse
from .models.wrapped_contact_update import WrappedContactUpdate
from .retry import RetryPolicy
from .types import UNSET, Unset

__all__ = ["AsyncFluentCRM", "FluentCRM"]


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


class Forms:
    """``crm.forms``: ``list``, ``create``, ``templates``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ListFormsResponse200:
        """List the opt-in forms (``GET /forms``).

        Lists the Fluent Forms forms that feed FluentCRM. Without the Fluent Forms plugin (the usual case for the free
        FluentCRM alone) the answer is `installed: false` with an empty `forms` stub `{data: [], total: 0}`; with it,
        `forms` is Fluent Forms' own paginator, whose entries this description does not cover.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ListFormsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_forms._get_kwargs(
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ListFormsResponse200.from_dict(response.json())

            return response_200

    def create(
        self,
        *,
        body: FormCreateInput,
    ) -> CreateFormResponse200:
        """Create an opt-in form (``POST /forms``).

        Creates a Fluent Forms form from one of the templates of `GET /forms/templates`, wired to add contacts to
        `selected_list` with `selected_tags`. All four of `template_id`, `title`, `selected_tags` and `selected_list`
        are required (422). Without Fluent Forms installed the insert into its missing table fails and the answer is
        423 with the SQL error (`Table '...fluentform_forms' doesn't exist`).

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FormCreateInput): A new opt-in form.

        Returns:
            CreateFormResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_form._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CreateFormResponse200.from_dict(response.json())

            return response_200

    def templates(
        self,
    ) -> ListFormTemplatesResponse200:
        """List the opt-in form templates (``GET /forms/templates``).

        Returns the three built-in opt-in form templates keyed by id. Each carries its Fluent Forms field definition
        as a JSON string, its CSS and how its inputs map to contact fields. Answers the same with or without Fluent
        Forms.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Returns:
            ListFormTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_form_templates._get_kwargs())
        with parsing(response):
            response_200 = ListFormTemplatesResponse200.from_dict(response.json())

            return response_200


class Funnels:
    """``crm.funnels``: ``list``, ``create``, ``get``, ``set_status``, ``delete``, ``triggers``, ``templates``, ``create_from_template``, ``import_funnel``, ``bulk_action``, ``send_test_webhook``, ``rename``, ``clone``, ``change_trigger``, ``update_labels``, ``report``, ``email_reports``, ``syncable_count``, ``sync_new_steps``.

    Automation funnels. FluentCRM's own screens call them *automations*; the REST API, and so this client, calls
    them funnels. A funnel is a trigger plus a sequence of steps (``crm.funnels.sequences``) that contacts go
    through (``crm.funnels.subscribers``).
    """

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm
        self.activities = FunnelsActivities(crm)
        self.contact_automations = FunnelsContactAutomations(crm)
        self.sequences = FunnelsSequences(crm)
        self.subscribers = FunnelsSubscribers(crm)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        with_: builtins.list[ListFunnelsWithItem] | Unset = UNSET,
        labels: builtins.list[int] | Unset = UNSET,
        sort_by: ListFunnelsSortBy | Unset = UNSET,
        sort_type: ListFunnelsSortType | Unset = UNSET,
    ) -> ListFunnelsResponse200:
        """List funnels (automations) (``GET /funnels``).

        Returns one page of funnels, newest first by default, wrapped in `funnels`. FluentCRM's interface calls funnels
        *automations*. Each funnel carries the number of contacts that entered it, its description and its labels; its
        `settings` and `conditions` are printed as stored (`[]` when empty). `with[]=triggers` adds the trigger
        catalogue under `triggers`.
        `per_page` sets the page size (15 by default); an unknown `sort_by` column is an SQL error (423).

        The prose documentation shows a bare paginator with a `funnels` array at its top, a default `per_page` of 10,
        a `status` filter and `with` values `subscribers_count` and `sequences`; the server wraps the paginator in
        `funnels`, serves 15 per page by default, ignores `status`, knows only `with[]=triggers`, and always includes
        `subscribers_count`.

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search (str | Unset): Only funnels whose title contains this text.
            with_ (list[ListFunnelsWithItem] | Unset): `triggers` adds the trigger catalogue (`FunnelTriggers`)
                next to the page.
            labels (list[int] | Unset): Only funnels carrying one of these label ids.
            sort_by (ListFunnelsSortBy | Unset): Column to order by (default `id`). An unknown column is an SQL
                error (423).
            sort_type (ListFunnelsSortType | Unset):

        Returns:
            ListFunnelsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_funnels._get_kwargs(
                page=page,
                per_page=per_page,
                search=search,
                with_=with_,
                labels=labels,
                sort_by=sort_by,
                sort_type=sort_type,
            )
        )
        with parsing(response):
            response_200 = ListFunnelsResponse200.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        with_: builtins.list[ListFunnelsWithItem] | Unset = UNSET,
        labels: builtins.list[int] | Unset = UNSET,
        sort_by: ListFunnelsSortBy | Unset = UNSET,
        sort_type: ListFunnelsSortType | Unset = UNSET,
    ) -> Iterator[FunnelListItem]:
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
                with_=with_,
                labels=labels,
                sort_by=sort_by,
                sort_type=sort_type,
            )
            items = result.funnels.data
            yield from items
            seen += len(items)
            if not items or seen >= result.funnels.total:
                return
            page += 1

    def create(
        self,
        *,
        body: FunnelCreateInput | FunnelCreateInput | Unset = UNSET,
    ) -> FunnelSavedResponse:
        """Create a funnel (``POST /funnels``).

        Creates a draft funnel for a trigger. The fields go inside a `funnel` wrapper; only `trigger_name` is
        required. Without a title the server makes one from the trigger's label and today's date ("New User Sign Up
        (Created at 2026-11-26)"). Triggers that the free plugin marks `disabled` are accepted too. The new funnel is
        always a `draft` with empty `settings` and `conditions`, which are printed as `[]`, and `created_by` as an
        integer.

        Without the `funnel` wrapper FluentCRM 2.9.84 crashes (500); the emulator answers the 422 of a missing
        `trigger_name`. The answer is 200, not 201.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FunnelCreateInput): A new funnel, wrapped in `funnel`.
            body (FunnelCreateInput): A new funnel, wrapped in `funnel`.

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_funnel._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    def get(
        self,
        id: int,
        *,
        with_: builtins.list[GetFunnelWithItem] | Unset = UNSET,
    ) -> FunnelFindResponse:
        """Get one funnel (``GET /funnels/{id}``).

        Returns the funnel in `funnel` with its description and trigger definition. Unlike the list, `settings` is
        always an object here (`{}` when empty). The trigger's editor may add trigger-specific keys and fill in
        default settings (a `user_register` funnel gets `settingsFields` and `conditionFields`). Options in `with[]`:
        `blocks` adds the catalogue of actions, benchmarks and conditions, `block_fields` their editor forms and
        `composer_context_codes`, `funnel_sequences` the funnel's steps. The catalogues are free-form editor data
        keyed by block name.

        The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server answers 404
        with FluentCRM's model message.

        The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server answers 404
        with FluentCRM's model message.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            with_ (list[GetFunnelWithItem] | Unset): Extra parts to load.

        Returns:
            FunnelFindResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_funnel._get_kwargs(
                id=id,
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = FunnelFindResponse.from_dict(response.json())

            return response_200

    def set_status(
        self,
        id: int,
        *,
        body: FunnelStatusChange | FunnelStatusChange | Unset = UNSET,
    ) -> MessageWithBench:
        """Change a funnel's status (``PUT /funnels/{id}``).

        Sets the funnel's `status`, the only property this route changes. Setting the status it already has is refused
        with 422 ("Funnel already have the same status"). FluentCRM 2.9.84 does not check the value: any string is
        stored, and a request without `status` stores an empty string. Only `draft`, `published` and `paused` mean
        something to FluentCRM; **`published` makes the funnel run** for every contact its trigger fires on.

        The prose documentation describes `PUT /funnels/{id}/status` and a 400 for a status other than `published`,
        `draft` or `paused`; that route does not exist (404 `rest_no_route`), the status is changed on `PUT
        /funnels/{id}`, and no value is refused.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelStatusChange): The new status of a funnel.
            body (FunnelStatusChange): The new status of a funnel.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_funnel_status._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete a funnel (``DELETE /funnels/{id}``).

        Deletes the funnel, its steps, its contacts' progress rows, its description and its labels. The hidden
        campaigns of its e-mail steps are left behind in `fc_campaigns` (the bulk `delete_funnels` action removes
        them).

        The prose documentation shows no response and a WordPress-style 404; the server answers with a message and
        `__bench`, and 404 with FluentCRM's model message.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_funnel._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def triggers(
        self,
    ) -> ListFunnelTriggersResponse200:
        """List the funnel triggers (``GET /funnels/triggers``).

        Returns every event a funnel can start on, keyed by trigger name, in `triggers`. In the free plugin only
        `user_register` is enabled; the others carry `disabled: true`.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Returns:
            ListFunnelTriggersResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_funnel_triggers._get_kwargs())
        with parsing(response):
            response_200 = ListFunnelTriggersResponse200.from_dict(response.json())

            return response_200

    def templates(
        self,
    ) -> ListFunnelTemplatesResponse200:
        """List the remote automation templates (``GET /funnels/templates``).

        Returns FluentCRM's catalogue of ready-made automations, which the server fetches from fluentcrm.com and
        caches. When the site cannot reach it (as on the recording server, which blocks outgoing requests), all three
        lists are empty. The entries come from the remote catalogue and are not described further.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Returns:
            ListFunnelTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_funnel_templates._get_kwargs())
        with parsing(response):
            response_200 = ListFunnelTemplatesResponse200.from_dict(response.json())

            return response_200

    def create_from_template(
        self,
        *,
        body: CreateFunnelFromTemplateBody,
    ) -> FunnelSavedResponse:
        """Create a funnel from a remote template (``POST /funnels/create-from-template``).

        Downloads the automation JSON at `template.content` (a URL) and imports it as a draft funnel. When the
        download fails, or the URL does not give a funnel, the server goes on with nothing and the insert fails with
        423 `Column 'title' cannot be null`. The server fetches the URL itself, so it should only name FluentCRM's own
        template files.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (CreateFunnelFromTemplateBody):

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_funnel_from_template._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    def import_funnel(
        self,
        *,
        body: FunnelImportInput,
    ) -> FunnelSavedResponse:
        """Import a funnel (``POST /funnels/import``).

        Creates a draft funnel from an export: `funnel` holds the title, trigger, settings, conditions and labels, and
        `sequences` the steps. Labels given by slug that do not exist yet are created as global labels and stay after
        the funnel is deleted. Without a `funnel.title` the insert fails with 423 (`Column 'title' cannot be null`).

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FunnelImportInput): A funnel export as FluentCRM's "export" button writes it.

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _import_funnel._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    def bulk_action(
        self,
        *,
        body: FunnelBulkActionInput,
    ) -> MessageWithBench:
        """Change, label or delete several funnels (``POST /funnels/do-bulk-action``).

        Runs one action on the funnels in `funnel_ids`:

        * `change_funnel_status` sets `status` (required, any string is stored; `published` makes the funnels run);
        * `apply_labels` attaches the label ids in `labels` (required);
        * `delete_funnels` deletes the funnels with their steps, contacts' progress, labels and e-mail campaigns.

        No ids, a missing `status` or `labels`, or an unknown action give 422.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FunnelBulkActionInput): A bulk action on funnels.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _funnel_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def send_test_webhook(
        self,
        *,
        body: SendFunnelTestWebhookBody,
    ) -> SendFunnelTestWebhookResponse200:
        """Send a test request for an outgoing-webhook step (``POST /funnels/send-test-webhook``).

        Makes the server call `data.remote_url` once with the data of a contact (the current user's contact, or any
        subscribed one), the way an outgoing-webhook step would. **The request leaves the server**: never point it at
        an address you do not own. `data.remote_url` is required and must be a URL (422). When the call fails the
        answer is 422 "Test Webhook failed to send"; without any subscribed contact it is 422 as well. The emulator
        never sends anything and always answers as if the call had failed.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (SendFunnelTestWebhookBody):

        Returns:
            SendFunnelTestWebhookResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _send_funnel_test_webhook._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = SendFunnelTestWebhookResponse200.from_dict(response.json())

            return response_200

    def rename(
        self,
        id: int,
        *,
        body: FunnelTitleChange | FunnelTitleChange | Unset = UNSET,
    ) -> MessageWithBench:
        """Rename a funnel (``PUT /funnels/funnel/{id}/title``).

        Sets the funnel's title. The title it already has is refused with 422 ("Funnel already have the same title").
        FluentCRM 2.9.84 does not require a title: a request without one stores an empty title.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelTitleChange): The new title of a funnel.
            body (FunnelTitleChange): The new title of a funnel.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_funnel_title._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def clone(
        self,
        id: int,
    ) -> FunnelSavedResponse:
        """Copy a funnel (``POST /funnels/{id}/clone``).

        Creates a draft copy titled `[Copy] <title>` with the same trigger, settings, conditions, labels and steps.
        The copy's contacts start empty. The funnel in the answer is the freshly inserted model (`created_by` an
        integer).

        The prose documentation calls this `POST /funnels/{id}/duplicate`; the route is `POST /funnels/{id}/clone`.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _clone_funnel._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    def change_trigger(
        self,
        id: int,
        *,
        body: FunnelTriggerChange | FunnelTriggerChange | Unset = UNSET,
    ) -> FunnelSavedResponse:
        """Change a funnel's trigger (``PUT /funnels/{id}/change-trigger``).

        Switches the funnel to another trigger and renames it; both `title` and `trigger_name` are required. The
        trigger's `settings` and `conditions` are reset to empty. Choosing the trigger it already has is refused with
        422 ("Trigger name is same"). The validation runs before the funnel is looked up, so a missing field gives 422
        even for an unknown id.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelTriggerChange): The new trigger and title of a funnel.
            body (FunnelTriggerChange): The new trigger and title of a funnel.

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _change_funnel_trigger._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    def update_labels(
        self,
        id: int,
        *,
        body: FunnelLabelsChange,
    ) -> MessageWithBench:
        """Attach or detach funnel labels (``PUT /funnels/{id}/update-labels``).

        Attaches (`action: attach`) or detaches the given global labels. Any `action` other than `attach` detaches.
        `label_ids` may be a single id instead of a list. Unknown label ids are ignored.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelLabelsChange): Labels to attach to or detach from a funnel.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_funnel_labels._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def report(
        self,
        id: int,
    ) -> FunnelReport:
        """Get a funnel's statistics (``GET /funnels/{id}/report``).

        Returns the funnel chart (contacts per step, drop-offs) and attributed revenue in `stats`. The funnel is not
        looked up: an unknown id gives 200 with only the entrance row and zero counts, never 404.

        The prose documentation only names the route; it does not say that an unknown id answers 200 with zeros.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            FunnelReport: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_funnel_report._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = FunnelReport.from_dict(response.json())

            return response_200

    def email_reports(
        self,
        id: int,
    ) -> FunnelEmailReports:
        """Get the e-mail statistics of a funnel (``GET /funnels/{id}/email_reports``).

        Returns the funnel's "send custom e-mail" steps in order, each with the subject, id and delivery counters of
        its hidden campaign in `campaign`. Other steps are left out.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            FunnelEmailReports: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_funnel_email_reports._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = FunnelEmailReports.from_dict(response.json())

            return response_200

    def syncable_count(
        self,
        id: int,
    ) -> GetFunnelSyncableCountResponse200:
        """Count contacts that new steps would reach (``GET /funnels/{id}/syncable-counts``).

        Counts the subscribed contacts who completed the funnel before its last step was added, i.e. those `POST
        /funnels/{id}/sync-new-steps` would move on to the new steps. 0 for a funnel without steps.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            GetFunnelSyncableCountResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_funnel_syncable_count._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetFunnelSyncableCountResponse200.from_dict(response.json())

            return response_200

    def sync_new_steps(
        self,
        id: int,
    ) -> MessageWithBench:
        """Move finished contacts on to newly added steps (``POST /funnels/{id}/sync-new-steps``).

        Puts the contacts counted by `GET /funnels/{id}/syncable-counts` back into a published funnel so that they run
        its new steps (which may send e-mail). Only a `published` funnel qualifies ("Funnel status need to be
        published", 422), and the work itself needs FluentCRM Pro: on the free plugin a published funnel gets 422
        "This feature require latest version of FluentCRM Pro version".

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _sync_funnel_new_steps._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class FunnelsActivities:
    """``crm.funnels.activities``: ``list``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        status: ListFunnelActivitiesStatus | Unset = UNSET,
    ) -> ListFunnelActivitiesResponse200:
        """List recent funnel activity (``GET /funnels/all-activities``).

        Returns the progress rows of every funnel, newest first, wrapped in `activities`. Each row carries its
        contact, its funnel, the last step done, the next step due (or `null`) and its metrics. `status` keeps rows of
        one state; `search` matches the contact's name or e-mail.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search (str | Unset): Only rows whose contact's name or e-mail contains this text.
            status (ListFunnelActivitiesStatus | Unset): Only rows with this funnel-subscriber status.

        Returns:
            ListFunnelActivitiesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_funnel_activities._get_kwargs(
                page=page,
                per_page=per_page,
                search=search,
                status=status,
            )
        )
        with parsing(response):
            response_200 = ListFunnelActivitiesResponse200.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        status: ListFunnelActivitiesStatus | Unset = UNSET,
    ) -> Iterator[FunnelSubscriber]:
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
                status=status,
            )
            items = result.activities.data
            yield from items
            seen += len(items)
            if not items or seen >= result.activities.total:
                return
            page += 1


class FunnelsContactAutomations:
    """``crm.funnels.contact_automations``: ``list``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        subscriber_id: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ListContactAutomationsResponse200:
        """List a contact's funnels (``GET /funnels/subscriber/{subscriber_id}/automations``).

        Returns the contact's funnel-subscriber rows, newest first, wrapped in `automations`; each row carries its
        funnel (as stored, `settings` printed as `[]` when empty), the last step done and the next step due. An
        unknown contact, or a non-numeric id, gives an empty page, not 404.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            subscriber_id (str): Contact id. Unlike every other id of the API this route has no digits-only
                constraint: any segment without white space or `/` matches, and a non-numeric value such as `abc`
                simply finds nothing (an empty page). `0` crashes FluentCRM 2.9.84.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ListContactAutomationsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_contact_automations._get_kwargs(
                subscriber_id=subscriber_id,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ListContactAutomationsResponse200.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        subscriber_id: str,
    ) -> Iterator[FunnelSubscriber]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                page=page,
                per_page=per_page,
                subscriber_id=subscriber_id,
            )
            items = result.automations.data
            yield from items
            seen += len(items)
            if not items or seen >= result.automations.total:
                return
            page += 1


class FunnelsSequences:
    """``crm.funnels.sequences``: ``save_with_body_id``, ``save_email_action_with_body_id``, ``save``, ``save_email_action``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def save_with_body_id(
        self,
        *,
        body: FunnelSequencesFallbackInput,
    ) -> FunnelSequencesSaveResponse:
        """Save a funnel's steps (funnel id in the body) (``POST /funnels/funnel/save-funnel-sequences``).

        The same as `POST /funnels/{id}/sequences`, for hosts that block that path: the funnel id travels in the body
        as `funnel_id`. A missing or unknown `funnel_id` gives 404.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FunnelSequencesFallbackInput): `FunnelSequencesInput` with the id of the funnel to save in
                `funnel_id`.

        Returns:
            FunnelSequencesSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _save_funnel_sequences_fallback._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSequencesSaveResponse.from_dict(response.json())

            return response_200

    def save_email_action_with_body_id(
        self,
        *,
        body: SaveFunnelEmailActionFallbackBody,
    ) -> FunnelEmailActionResponse:
        """Save the e-mail of a funnel step (funnel id in the body) (``POST /funnels/funnel/save-email-action-fallback``).

        The same as `POST /funnels/{id}/sequences/save-email-action`, for hosts that block that path: the funnel id is
        the body's `funnel_id`. A missing or unknown `funnel_id` gives 404.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (SaveFunnelEmailActionFallbackBody):

        Returns:
            FunnelEmailActionResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _save_funnel_email_action_fallback._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelEmailActionResponse.from_dict(response.json())

            return response_200

    def save(
        self,
        id: int,
        *,
        body: FunnelSequencesInput | FunnelSequencesInput | Unset = UNSET,
    ) -> FunnelSequencesSaveResponse:
        """Save a funnel's steps and settings (``POST /funnels/{id}/sequences``).

        Saves the whole funnel the way FluentCRM's editor does: its trigger settings, entry conditions, status, title,
        description and the full list of steps. The three structured fields are JSON **encoded into strings**. Steps
        get string `sequence` positions (1, 2, 3...), `delay` and cumulative `c_delay` in seconds; a wait step's delay
        is stored on the step after it.

        `status` sets the funnel's status: `published` makes it run. Without a `conditions` string FluentCRM 2.9.84
        crashes (500), even for a funnel that does not exist.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
                `conditions` and `sequences` are **JSON documents
                encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes the
                funnel's status:
                send `draft` to save without running. The saved steps replace the funnel's steps: a step sent with
                its `id` is
                updated, one without is created, and a stored step not sent is deleted.
            body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
                `conditions` and `sequences` are **JSON documents
                encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes the
                funnel's status:
                send `draft` to save without running. The saved steps replace the funnel's steps: a step sent with
                its `id` is
                updated, one without is created, and a stored step not sent is deleted.

        Returns:
            FunnelSequencesSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _save_funnel_sequences._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSequencesSaveResponse.from_dict(response.json())

            return response_200

    def save_email_action(
        self,
        id: int,
        *,
        body: FunnelEmailActionInput,
    ) -> FunnelEmailActionResponse:
        """Save the e-mail of a funnel step (``POST /funnels/{id}/sequences/save-email-action``).

        Creates or updates the hidden campaign (`funnel_email_campaign`) that holds the e-mail of a "send e-mail"
        step. It sends nothing. Even an empty body creates a campaign with an empty e-mail. Deleting the funnel later
        does not delete this campaign.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelEmailActionInput): The e-mail of a "send e-mail" step. `action_data.campaign` holds the
                hidden campaign's fields; with an `id` of an
                existing funnel campaign it is updated, otherwise a new one is created. Nothing is sent.

        Returns:
            FunnelEmailActionResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _save_funnel_email_action._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelEmailActionResponse.from_dict(response.json())

            return response_200


class FunnelsSubscribers:
    """``crm.funnels.subscribers``: ``remove_rows``, ``list``, ``remove``, ``get``, ``set_status``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def remove_rows(
        self,
        *,
        body: RemoveFunnelSubscriberRowsBody,
    ) -> MessageWithBench:
        """Remove funnel-subscriber rows (``POST /funnels/remove-bulk-subscribers``).

        Deletes the given funnel-subscriber rows (the `id` of `FunnelSubscriber`, not contact ids) and their metrics,
        in whatever funnels they belong to. Unknown ids are ignored. Without ids the answer is 422.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (RemoveFunnelSubscriberRowsBody):

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _remove_funnel_subscriber_rows._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def list(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        status: ListFunnelSubscribersStatus | Unset = UNSET,
        sequence_id: int | Unset = UNSET,
        with_: builtins.list[ListFunnelSubscribersWithItem] | Unset = UNSET,
    ) -> ListFunnelSubscribersResponse200:
        """List the contacts in a funnel (``GET /funnels/{id}/subscribers``).

        Returns the funnel's progress rows, newest first, wrapped in `funnel_subscribers`; each row carries its
        contact, the last step done, the next step due (or `null`) and its metrics in this funnel. Filters: `status`
        (row status), `search` (contact name or e-mail) and `sequence_id` (rows that reached this step).
        `with[]=funnel` adds the funnel as stored (`settings` printed `[]` when empty) and `with[]=sequences` its
        steps in order.

        The prose documentation gives a default `per_page` of 25 and no `search`, `sequence_id` or `with[]`; the
        server serves 15 per page by default and wraps the page in `funnel_subscribers`.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search (str | Unset): Only rows whose contact's name or e-mail contains this text.
            status (ListFunnelSubscribersStatus | Unset): Only rows with this status.
            sequence_id (int | Unset): Only rows with a metric for this step.
            with_ (list[ListFunnelSubscribersWithItem] | Unset):

        Returns:
            ListFunnelSubscribersResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_funnel_subscribers._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
                search=search,
                status=status,
                sequence_id=sequence_id,
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = ListFunnelSubscribersResponse200.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        id: int,
        search: str | Unset = UNSET,
        status: ListFunnelSubscribersStatus | Unset = UNSET,
        sequence_id: int | Unset = UNSET,
        with_: builtins.list[ListFunnelSubscribersWithItem] | Unset = UNSET,
    ) -> Iterator[FunnelSubscriber]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                page=page,
                per_page=per_page,
                id=id,
                search=search,
                status=status,
                sequence_id=sequence_id,
                with_=with_,
            )
            items = result.funnel_subscribers.data
            yield from items
            seen += len(items)
            if not items or seen >= result.funnel_subscribers.total:
                return
            page += 1

    def remove(
        self,
        id: int,
        *,
        body: RemoveFunnelSubscribersBody,
    ) -> MessageWithBench:
        """Take contacts out of a funnel (``DELETE /funnels/{id}/subscribers``).

        Removes the given contacts (contact ids, unlike `POST /funnels/remove-bulk-subscribers`) from the funnel:
        their progress rows and metrics are deleted. The ids travel in the body of the DELETE. Without ids the answer
        is 422.

        The prose documentation describes `DELETE /funnels/{id}/subscribers/{subscriber_id}` and a `POST
        /funnels/{id}/subscribers` that adds contacts; neither route exists. Contacts leave a funnel through this
        operation, with their ids in the body, and cannot be added through the API.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (RemoveFunnelSubscribersBody):

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _remove_funnel_subscribers._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def get(
        self,
        id: int,
        contact_id: int,
    ) -> GetFunnelSubscriberReportResponse200:
        """Get a contact's progress in a funnel (``GET /funnels/{id}/subscribers/{contact_id}``).

        Returns the contact's progress row in the funnel (with last and next step and metrics) and the funnel's steps.
        A contact that never entered the funnel gives `funnel_subscriber: null` with 200; an unknown funnel or contact
        gives 404 with the model message of whichever is missing (the funnel is checked first).

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            contact_id (int): Contact id.

        Returns:
            GetFunnelSubscriberReportResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_funnel_subscriber_report._get_kwargs(
                id=id,
                contact_id=contact_id,
            )
        )
        with parsing(response):
            response_200 = GetFunnelSubscriberReportResponse200.from_dict(response.json())

            return response_200

    def set_status(
        self,
        id: int,
        subscriber_id: int,
        *,
        body: FunnelSubscriberStatusChange | FunnelSubscriberStatusChange | Unset = UNSET,
    ) -> MessageWithBench:
        """Change a contact's status in a funnel (``PUT /funnels/{id}/subscribers/{subscriber_id}/status``).

        Sets the status of the contact's progress row, e.g. `cancelled` to stop it or `active` to resume it. FluentCRM
        2.9.84 stores any non-empty string. 422 when `status` is missing, when the contact has no row in the funnel ("No
        Corresponding report found"), and when the row is already `completed`. The funnel itself is not looked up, so an
        unknown funnel also gives the "no report" 422.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            subscriber_id (int): Contact id (not the progress-row id).
            body (FunnelSubscriberStatusChange): The new status of a contact's progress row.
            body (FunnelSubscriberStatusChange): The new status of a contact's progress row.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_funnel_subscriber_status._get_kwargs(
                id=id,
                subscriber_id=subscriber_id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

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


class Webhooks:
    """``crm.webhooks``: ``list``, ``create``, ``update``, ``delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        search: str | Unset = UNSET,
    ) -> ListWebhooksResponse200:
        """List incoming webhooks (``GET /webhooks``).

        Returns every incoming contact webhook, newest first, together with what the webhook screen needs: the contact
        fields and custom fields a payload may fill, and all lists and tags (plus `companies` when the company module
        is on). `search` keeps the webhooks whose name contains the text, case-insensitively. Nothing is paginated.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            search (str | Unset): Only webhooks whose name contains this text (case-insensitive).

        Returns:
            ListWebhooksResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_webhooks._get_kwargs(
                search=search,
            )
        )
        with parsing(response):
            response_200 = ListWebhooksResponse200.from_dict(response.json())

            return response_200

    def create(
        self,
        *,
        body: WebhookCreateInput | WebhookFormInput | Unset = UNSET,
    ) -> CreateWebhookResponse200:
        """Create an incoming webhook (``POST /webhooks``).

        Creates a webhook with a new UUID key and answers with its id, its settings, the full list and a message.
        `name` and `status` are required (422). The server stores **every request parameter** in the webhook's
        settings, including ones it does not know, and adds the `url` remote systems post contacts to. The answer is
        200.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (WebhookCreateInput): The settings of a new webhook; `name` and `status` are required.
            body (WebhookFormInput): `WebhookInput` as a PHP form body: arrays use bracket names.

        Returns:
            CreateWebhookResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_webhook._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CreateWebhookResponse200.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        *,
        body: WebhookInput,
    ) -> WebhookListResponse:
        """Update an incoming webhook (``PUT /webhooks/{id}``).

        Merges the request into the webhook's settings and answers with every webhook.

        **Data-loss hazard:** this is not a partial update. `name`, `status` and unknown keys are merged, but `lists`,
        `tags` and `companies` are replaced by what the request holds and **reset to `[]` when omitted**, so a request
        that only renames the webhook silently drops its lists and tags. Always send the webhook's current `lists`,
        `tags` and `companies` (read them from `GET /webhooks`) together with the change. `id` and `url` in the body are
        ignored.

        For an id with no webhook FluentCRM 2.9.84 crashes (500); the emulator answers 404.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the webhook. A value that is not a sequence of digits matches no route; `0`
                makes FluentCRM 2.9.84 crash (see the faults).
            body (WebhookInput): The settings of an incoming webhook. `name` and `status` are required on
                create. On update, `lists`, `tags` and
                `companies` are **reset to empty when omitted**, so always send all three.

        Returns:
            WebhookListResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_webhook._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = WebhookListResponse.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> WebhookListResponse:
        """Delete an incoming webhook (``DELETE /webhooks/{id}``).

        Deletes the webhook and answers with the remaining ones. An id with no webhook is not an error: the answer is
        the same 200.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the webhook. A value that is not a sequence of digits matches no route; `0`
                makes FluentCRM 2.9.84 crash (see the faults).

        Returns:
            WebhookListResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_webhook._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = WebhookListResponse.from_dict(response.json())

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
        self.forms = Forms(self)
        self.funnels = Funnels(self)
        self.lists = Lists(self)
        self.reports = Reports(self)
        self.tags = Tags(self)
        self.webhooks = Webhooks(self)

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


class AsyncForms:
    """``crm.forms``: ``list``, ``create``, ``templates``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ListFormsResponse200:
        """List the opt-in forms (``GET /forms``).

        Lists the Fluent Forms forms that feed FluentCRM. Without the Fluent Forms plugin (the usual case for the free
        FluentCRM alone) the answer is `installed: false` with an empty `forms` stub `{data: [], total: 0}`; with it,
        `forms` is Fluent Forms' own paginator, whose entries this description does not cover.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ListFormsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_forms._get_kwargs(
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ListFormsResponse200.from_dict(response.json())

            return response_200

    async def create(
        self,
        *,
        body: FormCreateInput,
    ) -> CreateFormResponse200:
        """Create an opt-in form (``POST /forms``).

        Creates a Fluent Forms form from one of the templates of `GET /forms/templates`, wired to add contacts to
        `selected_list` with `selected_tags`. All four of `template_id`, `title`, `selected_tags` and `selected_list`
        are required (422). Without Fluent Forms installed the insert into its missing table fails and the answer is
        423 with the SQL error (`Table '...fluentform_forms' doesn't exist`).

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FormCreateInput): A new opt-in form.

        Returns:
            CreateFormResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_form._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CreateFormResponse200.from_dict(response.json())

            return response_200

    async def templates(
        self,
    ) -> ListFormTemplatesResponse200:
        """List the opt-in form templates (``GET /forms/templates``).

        Returns the three built-in opt-in form templates keyed by id. Each carries its Fluent Forms field definition
        as a JSON string, its CSS and how its inputs map to contact fields. Answers the same with or without Fluent
        Forms.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Returns:
            ListFormTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_form_templates._get_kwargs())
        with parsing(response):
            response_200 = ListFormTemplatesResponse200.from_dict(response.json())

            return response_200


class AsyncFunnels:
    """``crm.funnels``: ``list``, ``create``, ``get``, ``set_status``, ``delete``, ``triggers``, ``templates``, ``create_from_template``, ``import_funnel``, ``bulk_action``, ``send_test_webhook``, ``rename``, ``clone``, ``change_trigger``, ``update_labels``, ``report``, ``email_reports``, ``syncable_count``, ``sync_new_steps``.

    Automation funnels. FluentCRM's own screens call them *automations*; the REST API, and so this client, calls
    them funnels. A funnel is a trigger plus a sequence of steps (``crm.funnels.sequences``) that contacts go
    through (``crm.funnels.subscribers``).
    """

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm
        self.activities = AsyncFunnelsActivities(crm)
        self.contact_automations = AsyncFunnelsContactAutomations(crm)
        self.sequences = AsyncFunnelsSequences(crm)
        self.subscribers = AsyncFunnelsSubscribers(crm)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        with_: builtins.list[ListFunnelsWithItem] | Unset = UNSET,
        labels: builtins.list[int] | Unset = UNSET,
        sort_by: ListFunnelsSortBy | Unset = UNSET,
        sort_type: ListFunnelsSortType | Unset = UNSET,
    ) -> ListFunnelsResponse200:
        """List funnels (automations) (``GET /funnels``).

        Returns one page of funnels, newest first by default, wrapped in `funnels`. FluentCRM's interface calls funnels
        *automations*. Each funnel carries the number of contacts that entered it, its description and its labels; its
        `settings` and `conditions` are printed as stored (`[]` when empty). `with[]=triggers` adds the trigger
        catalogue under `triggers`.
        `per_page` sets the page size (15 by default); an unknown `sort_by` column is an SQL error (423).

        The prose documentation shows a bare paginator with a `funnels` array at its top, a default `per_page` of 10,
        a `status` filter and `with` values `subscribers_count` and `sequences`; the server wraps the paginator in
        `funnels`, serves 15 per page by default, ignores `status`, knows only `with[]=triggers`, and always includes
        `subscribers_count`.

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search (str | Unset): Only funnels whose title contains this text.
            with_ (list[ListFunnelsWithItem] | Unset): `triggers` adds the trigger catalogue (`FunnelTriggers`)
                next to the page.
            labels (list[int] | Unset): Only funnels carrying one of these label ids.
            sort_by (ListFunnelsSortBy | Unset): Column to order by (default `id`). An unknown column is an SQL
                error (423).
            sort_type (ListFunnelsSortType | Unset):

        Returns:
            ListFunnelsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_funnels._get_kwargs(
                page=page,
                per_page=per_page,
                search=search,
                with_=with_,
                labels=labels,
                sort_by=sort_by,
                sort_type=sort_type,
            )
        )
        with parsing(response):
            response_200 = ListFunnelsResponse200.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        with_: builtins.list[ListFunnelsWithItem] | Unset = UNSET,
        labels: builtins.list[int] | Unset = UNSET,
        sort_by: ListFunnelsSortBy | Unset = UNSET,
        sort_type: ListFunnelsSortType | Unset = UNSET,
    ) -> AsyncIterator[FunnelListItem]:
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
                with_=with_,
                labels=labels,
                sort_by=sort_by,
                sort_type=sort_type,
            )
            items = result.funnels.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.funnels.total:
                return
            page += 1

    async def create(
        self,
        *,
        body: FunnelCreateInput | FunnelCreateInput | Unset = UNSET,
    ) -> FunnelSavedResponse:
        """Create a funnel (``POST /funnels``).

        Creates a draft funnel for a trigger. The fields go inside a `funnel` wrapper; only `trigger_name` is
        required. Without a title the server makes one from the trigger's label and today's date ("New User Sign Up
        (Created at 2026-11-26)"). Triggers that the free plugin marks `disabled` are accepted too. The new funnel is
        always a `draft` with empty `settings` and `conditions`, which are printed as `[]`, and `created_by` as an
        integer.

        Without the `funnel` wrapper FluentCRM 2.9.84 crashes (500); the emulator answers the 422 of a missing
        `trigger_name`. The answer is 200, not 201.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FunnelCreateInput): A new funnel, wrapped in `funnel`.
            body (FunnelCreateInput): A new funnel, wrapped in `funnel`.

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_funnel._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: int,
        *,
        with_: builtins.list[GetFunnelWithItem] | Unset = UNSET,
    ) -> FunnelFindResponse:
        """Get one funnel (``GET /funnels/{id}``).

        Returns the funnel in `funnel` with its description and trigger definition. Unlike the list, `settings` is
        always an object here (`{}` when empty). The trigger's editor may add trigger-specific keys and fill in
        default settings (a `user_register` funnel gets `settingsFields` and `conditionFields`). Options in `with[]`:
        `blocks` adds the catalogue of actions, benchmarks and conditions, `block_fields` their editor forms and
        `composer_context_codes`, `funnel_sequences` the funnel's steps. The catalogues are free-form editor data
        keyed by block name.

        The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server answers 404
        with FluentCRM's model message.

        The prose documentation gives 404 `{"code": "rest_post_invalid_id"}` for an unknown id; the server answers 404
        with FluentCRM's model message.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            with_ (list[GetFunnelWithItem] | Unset): Extra parts to load.

        Returns:
            FunnelFindResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_funnel._get_kwargs(
                id=id,
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = FunnelFindResponse.from_dict(response.json())

            return response_200

    async def set_status(
        self,
        id: int,
        *,
        body: FunnelStatusChange | FunnelStatusChange | Unset = UNSET,
    ) -> MessageWithBench:
        """Change a funnel's status (``PUT /funnels/{id}``).

        Sets the funnel's `status`, the only property this route changes. Setting the status it already has is refused
        with 422 ("Funnel already have the same status"). FluentCRM 2.9.84 does not check the value: any string is
        stored, and a request without `status` stores an empty string. Only `draft`, `published` and `paused` mean
        something to FluentCRM; **`published` makes the funnel run** for every contact its trigger fires on.

        The prose documentation describes `PUT /funnels/{id}/status` and a 400 for a status other than `published`,
        `draft` or `paused`; that route does not exist (404 `rest_no_route`), the status is changed on `PUT
        /funnels/{id}`, and no value is refused.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelStatusChange): The new status of a funnel.
            body (FunnelStatusChange): The new status of a funnel.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_funnel_status._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete a funnel (``DELETE /funnels/{id}``).

        Deletes the funnel, its steps, its contacts' progress rows, its description and its labels. The hidden
        campaigns of its e-mail steps are left behind in `fc_campaigns` (the bulk `delete_funnels` action removes
        them).

        The prose documentation shows no response and a WordPress-style 404; the server answers with a message and
        `__bench`, and 404 with FluentCRM's model message.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_funnel._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def triggers(
        self,
    ) -> ListFunnelTriggersResponse200:
        """List the funnel triggers (``GET /funnels/triggers``).

        Returns every event a funnel can start on, keyed by trigger name, in `triggers`. In the free plugin only
        `user_register` is enabled; the others carry `disabled: true`.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Returns:
            ListFunnelTriggersResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_funnel_triggers._get_kwargs())
        with parsing(response):
            response_200 = ListFunnelTriggersResponse200.from_dict(response.json())

            return response_200

    async def templates(
        self,
    ) -> ListFunnelTemplatesResponse200:
        """List the remote automation templates (``GET /funnels/templates``).

        Returns FluentCRM's catalogue of ready-made automations, which the server fetches from fluentcrm.com and
        caches. When the site cannot reach it (as on the recording server, which blocks outgoing requests), all three
        lists are empty. The entries come from the remote catalogue and are not described further.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Returns:
            ListFunnelTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_funnel_templates._get_kwargs())
        with parsing(response):
            response_200 = ListFunnelTemplatesResponse200.from_dict(response.json())

            return response_200

    async def create_from_template(
        self,
        *,
        body: CreateFunnelFromTemplateBody,
    ) -> FunnelSavedResponse:
        """Create a funnel from a remote template (``POST /funnels/create-from-template``).

        Downloads the automation JSON at `template.content` (a URL) and imports it as a draft funnel. When the
        download fails, or the URL does not give a funnel, the server goes on with nothing and the insert fails with
        423 `Column 'title' cannot be null`. The server fetches the URL itself, so it should only name FluentCRM's own
        template files.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (CreateFunnelFromTemplateBody):

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_funnel_from_template._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    async def import_funnel(
        self,
        *,
        body: FunnelImportInput,
    ) -> FunnelSavedResponse:
        """Import a funnel (``POST /funnels/import``).

        Creates a draft funnel from an export: `funnel` holds the title, trigger, settings, conditions and labels, and
        `sequences` the steps. Labels given by slug that do not exist yet are created as global labels and stay after
        the funnel is deleted. Without a `funnel.title` the insert fails with 423 (`Column 'title' cannot be null`).

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FunnelImportInput): A funnel export as FluentCRM's "export" button writes it.

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _import_funnel._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    async def bulk_action(
        self,
        *,
        body: FunnelBulkActionInput,
    ) -> MessageWithBench:
        """Change, label or delete several funnels (``POST /funnels/do-bulk-action``).

        Runs one action on the funnels in `funnel_ids`:

        * `change_funnel_status` sets `status` (required, any string is stored; `published` makes the funnels run);
        * `apply_labels` attaches the label ids in `labels` (required);
        * `delete_funnels` deletes the funnels with their steps, contacts' progress, labels and e-mail campaigns.

        No ids, a missing `status` or `labels`, or an unknown action give 422.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FunnelBulkActionInput): A bulk action on funnels.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _funnel_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def send_test_webhook(
        self,
        *,
        body: SendFunnelTestWebhookBody,
    ) -> SendFunnelTestWebhookResponse200:
        """Send a test request for an outgoing-webhook step (``POST /funnels/send-test-webhook``).

        Makes the server call `data.remote_url` once with the data of a contact (the current user's contact, or any
        subscribed one), the way an outgoing-webhook step would. **The request leaves the server**: never point it at
        an address you do not own. `data.remote_url` is required and must be a URL (422). When the call fails the
        answer is 422 "Test Webhook failed to send"; without any subscribed contact it is 422 as well. The emulator
        never sends anything and always answers as if the call had failed.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (SendFunnelTestWebhookBody):

        Returns:
            SendFunnelTestWebhookResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _send_funnel_test_webhook._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = SendFunnelTestWebhookResponse200.from_dict(response.json())

            return response_200

    async def rename(
        self,
        id: int,
        *,
        body: FunnelTitleChange | FunnelTitleChange | Unset = UNSET,
    ) -> MessageWithBench:
        """Rename a funnel (``PUT /funnels/funnel/{id}/title``).

        Sets the funnel's title. The title it already has is refused with 422 ("Funnel already have the same title").
        FluentCRM 2.9.84 does not require a title: a request without one stores an empty title.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelTitleChange): The new title of a funnel.
            body (FunnelTitleChange): The new title of a funnel.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_funnel_title._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def clone(
        self,
        id: int,
    ) -> FunnelSavedResponse:
        """Copy a funnel (``POST /funnels/{id}/clone``).

        Creates a draft copy titled `[Copy] <title>` with the same trigger, settings, conditions, labels and steps.
        The copy's contacts start empty. The funnel in the answer is the freshly inserted model (`created_by` an
        integer).

        The prose documentation calls this `POST /funnels/{id}/duplicate`; the route is `POST /funnels/{id}/clone`.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _clone_funnel._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    async def change_trigger(
        self,
        id: int,
        *,
        body: FunnelTriggerChange | FunnelTriggerChange | Unset = UNSET,
    ) -> FunnelSavedResponse:
        """Change a funnel's trigger (``PUT /funnels/{id}/change-trigger``).

        Switches the funnel to another trigger and renames it; both `title` and `trigger_name` are required. The
        trigger's `settings` and `conditions` are reset to empty. Choosing the trigger it already has is refused with
        422 ("Trigger name is same"). The validation runs before the funnel is looked up, so a missing field gives 422
        even for an unknown id.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelTriggerChange): The new trigger and title of a funnel.
            body (FunnelTriggerChange): The new trigger and title of a funnel.

        Returns:
            FunnelSavedResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _change_funnel_trigger._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSavedResponse.from_dict(response.json())

            return response_200

    async def update_labels(
        self,
        id: int,
        *,
        body: FunnelLabelsChange,
    ) -> MessageWithBench:
        """Attach or detach funnel labels (``PUT /funnels/{id}/update-labels``).

        Attaches (`action: attach`) or detaches the given global labels. Any `action` other than `attach` detaches.
        `label_ids` may be a single id instead of a list. Unknown label ids are ignored.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelLabelsChange): Labels to attach to or detach from a funnel.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_funnel_labels._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def report(
        self,
        id: int,
    ) -> FunnelReport:
        """Get a funnel's statistics (``GET /funnels/{id}/report``).

        Returns the funnel chart (contacts per step, drop-offs) and attributed revenue in `stats`. The funnel is not
        looked up: an unknown id gives 200 with only the entrance row and zero counts, never 404.

        The prose documentation only names the route; it does not say that an unknown id answers 200 with zeros.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            FunnelReport: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_funnel_report._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = FunnelReport.from_dict(response.json())

            return response_200

    async def email_reports(
        self,
        id: int,
    ) -> FunnelEmailReports:
        """Get the e-mail statistics of a funnel (``GET /funnels/{id}/email_reports``).

        Returns the funnel's "send custom e-mail" steps in order, each with the subject, id and delivery counters of
        its hidden campaign in `campaign`. Other steps are left out.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            FunnelEmailReports: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_funnel_email_reports._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = FunnelEmailReports.from_dict(response.json())

            return response_200

    async def syncable_count(
        self,
        id: int,
    ) -> GetFunnelSyncableCountResponse200:
        """Count contacts that new steps would reach (``GET /funnels/{id}/syncable-counts``).

        Counts the subscribed contacts who completed the funnel before its last step was added, i.e. those `POST
        /funnels/{id}/sync-new-steps` would move on to the new steps. 0 for a funnel without steps.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            GetFunnelSyncableCountResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_funnel_syncable_count._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetFunnelSyncableCountResponse200.from_dict(response.json())

            return response_200

    async def sync_new_steps(
        self,
        id: int,
    ) -> MessageWithBench:
        """Move finished contacts on to newly added steps (``POST /funnels/{id}/sync-new-steps``).

        Puts the contacts counted by `GET /funnels/{id}/syncable-counts` back into a published funnel so that they run
        its new steps (which may send e-mail). Only a `published` funnel qualifies ("Funnel status need to be
        published", 422), and the work itself needs FluentCRM Pro: on the free plugin a published funnel gets 422
        "This feature require latest version of FluentCRM Pro version".

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _sync_funnel_new_steps._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncFunnelsActivities:
    """``crm.funnels.activities``: ``list``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        status: ListFunnelActivitiesStatus | Unset = UNSET,
    ) -> ListFunnelActivitiesResponse200:
        """List recent funnel activity (``GET /funnels/all-activities``).

        Returns the progress rows of every funnel, newest first, wrapped in `activities`. Each row carries its
        contact, its funnel, the last step done, the next step due (or `null`) and its metrics. `status` keeps rows of
        one state; `search` matches the contact's name or e-mail.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search (str | Unset): Only rows whose contact's name or e-mail contains this text.
            status (ListFunnelActivitiesStatus | Unset): Only rows with this funnel-subscriber status.

        Returns:
            ListFunnelActivitiesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_funnel_activities._get_kwargs(
                page=page,
                per_page=per_page,
                search=search,
                status=status,
            )
        )
        with parsing(response):
            response_200 = ListFunnelActivitiesResponse200.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        status: ListFunnelActivitiesStatus | Unset = UNSET,
    ) -> AsyncIterator[FunnelSubscriber]:
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
                status=status,
            )
            items = result.activities.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.activities.total:
                return
            page += 1


class AsyncFunnelsContactAutomations:
    """``crm.funnels.contact_automations``: ``list``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        subscriber_id: str,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ListContactAutomationsResponse200:
        """List a contact's funnels (``GET /funnels/subscriber/{subscriber_id}/automations``).

        Returns the contact's funnel-subscriber rows, newest first, wrapped in `automations`; each row carries its
        funnel (as stored, `settings` printed as `[]` when empty), the last step done and the next step due. An
        unknown contact, or a non-numeric id, gives an empty page, not 404.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            subscriber_id (str): Contact id. Unlike every other id of the API this route has no digits-only
                constraint: any segment without white space or `/` matches, and a non-numeric value such as `abc`
                simply finds nothing (an empty page). `0` crashes FluentCRM 2.9.84.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ListContactAutomationsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_contact_automations._get_kwargs(
                subscriber_id=subscriber_id,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ListContactAutomationsResponse200.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        subscriber_id: str,
    ) -> AsyncIterator[FunnelSubscriber]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                page=page,
                per_page=per_page,
                subscriber_id=subscriber_id,
            )
            items = result.automations.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.automations.total:
                return
            page += 1


class AsyncFunnelsSequences:
    """``crm.funnels.sequences``: ``save_with_body_id``, ``save_email_action_with_body_id``, ``save``, ``save_email_action``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def save_with_body_id(
        self,
        *,
        body: FunnelSequencesFallbackInput,
    ) -> FunnelSequencesSaveResponse:
        """Save a funnel's steps (funnel id in the body) (``POST /funnels/funnel/save-funnel-sequences``).

        The same as `POST /funnels/{id}/sequences`, for hosts that block that path: the funnel id travels in the body
        as `funnel_id`. A missing or unknown `funnel_id` gives 404.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (FunnelSequencesFallbackInput): `FunnelSequencesInput` with the id of the funnel to save in
                `funnel_id`.

        Returns:
            FunnelSequencesSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _save_funnel_sequences_fallback._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSequencesSaveResponse.from_dict(response.json())

            return response_200

    async def save_email_action_with_body_id(
        self,
        *,
        body: SaveFunnelEmailActionFallbackBody,
    ) -> FunnelEmailActionResponse:
        """Save the e-mail of a funnel step (funnel id in the body) (``POST /funnels/funnel/save-email-action-fallback``).

        The same as `POST /funnels/{id}/sequences/save-email-action`, for hosts that block that path: the funnel id is
        the body's `funnel_id`. A missing or unknown `funnel_id` gives 404.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (SaveFunnelEmailActionFallbackBody):

        Returns:
            FunnelEmailActionResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _save_funnel_email_action_fallback._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelEmailActionResponse.from_dict(response.json())

            return response_200

    async def save(
        self,
        id: int,
        *,
        body: FunnelSequencesInput | FunnelSequencesInput | Unset = UNSET,
    ) -> FunnelSequencesSaveResponse:
        """Save a funnel's steps and settings (``POST /funnels/{id}/sequences``).

        Saves the whole funnel the way FluentCRM's editor does: its trigger settings, entry conditions, status, title,
        description and the full list of steps. The three structured fields are JSON **encoded into strings**. Steps
        get string `sequence` positions (1, 2, 3...), `delay` and cumulative `c_delay` in seconds; a wait step's delay
        is stored on the step after it.

        `status` sets the funnel's status: `published` makes it run. Without a `conditions` string FluentCRM 2.9.84
        crashes (500), even for a funnel that does not exist.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
                `conditions` and `sequences` are **JSON documents
                encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes the
                funnel's status:
                send `draft` to save without running. The saved steps replace the funnel's steps: a step sent with
                its `id` is
                updated, one without is created, and a stored step not sent is deleted.
            body (FunnelSequencesInput): The whole funnel as the editor saves it. `funnel_settings`,
                `conditions` and `sequences` are **JSON documents
                encoded into strings** (the editor posts them that way), not nested JSON. `status` becomes the
                funnel's status:
                send `draft` to save without running. The saved steps replace the funnel's steps: a step sent with
                its `id` is
                updated, one without is created, and a stored step not sent is deleted.

        Returns:
            FunnelSequencesSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _save_funnel_sequences._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelSequencesSaveResponse.from_dict(response.json())

            return response_200

    async def save_email_action(
        self,
        id: int,
        *,
        body: FunnelEmailActionInput,
    ) -> FunnelEmailActionResponse:
        """Save the e-mail of a funnel step (``POST /funnels/{id}/sequences/save-email-action``).

        Creates or updates the hidden campaign (`funnel_email_campaign`) that holds the e-mail of a "send e-mail"
        step. It sends nothing. Even an empty body creates a campaign with an empty e-mail. Deleting the funnel later
        does not delete this campaign.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (FunnelEmailActionInput): The e-mail of a "send e-mail" step. `action_data.campaign` holds the
                hidden campaign's fields; with an `id` of an
                existing funnel campaign it is updated, otherwise a new one is created. Nothing is sent.

        Returns:
            FunnelEmailActionResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _save_funnel_email_action._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = FunnelEmailActionResponse.from_dict(response.json())

            return response_200


class AsyncFunnelsSubscribers:
    """``crm.funnels.subscribers``: ``remove_rows``, ``list``, ``remove``, ``get``, ``set_status``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def remove_rows(
        self,
        *,
        body: RemoveFunnelSubscriberRowsBody,
    ) -> MessageWithBench:
        """Remove funnel-subscriber rows (``POST /funnels/remove-bulk-subscribers``).

        Deletes the given funnel-subscriber rows (the `id` of `FunnelSubscriber`, not contact ids) and their metrics,
        in whatever funnels they belong to. Unknown ids are ignored. Without ids the answer is 422.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (RemoveFunnelSubscriberRowsBody):

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _remove_funnel_subscriber_rows._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def list(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        status: ListFunnelSubscribersStatus | Unset = UNSET,
        sequence_id: int | Unset = UNSET,
        with_: builtins.list[ListFunnelSubscribersWithItem] | Unset = UNSET,
    ) -> ListFunnelSubscribersResponse200:
        """List the contacts in a funnel (``GET /funnels/{id}/subscribers``).

        Returns the funnel's progress rows, newest first, wrapped in `funnel_subscribers`; each row carries its
        contact, the last step done, the next step due (or `null`) and its metrics in this funnel. Filters: `status`
        (row status), `search` (contact name or e-mail) and `sequence_id` (rows that reached this step).
        `with[]=funnel` adds the funnel as stored (`settings` printed `[]` when empty) and `with[]=sequences` its
        steps in order.

        The prose documentation gives a default `per_page` of 25 and no `search`, `sequence_id` or `with[]`; the
        server serves 15 per page by default and wraps the page in `funnel_subscribers`.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search (str | Unset): Only rows whose contact's name or e-mail contains this text.
            status (ListFunnelSubscribersStatus | Unset): Only rows with this status.
            sequence_id (int | Unset): Only rows with a metric for this step.
            with_ (list[ListFunnelSubscribersWithItem] | Unset):

        Returns:
            ListFunnelSubscribersResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_funnel_subscribers._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
                search=search,
                status=status,
                sequence_id=sequence_id,
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = ListFunnelSubscribersResponse200.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        id: int,
        search: str | Unset = UNSET,
        status: ListFunnelSubscribersStatus | Unset = UNSET,
        sequence_id: int | Unset = UNSET,
        with_: builtins.list[ListFunnelSubscribersWithItem] | Unset = UNSET,
    ) -> AsyncIterator[FunnelSubscriber]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                page=page,
                per_page=per_page,
                id=id,
                search=search,
                status=status,
                sequence_id=sequence_id,
                with_=with_,
            )
            items = result.funnel_subscribers.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.funnel_subscribers.total:
                return
            page += 1

    async def remove(
        self,
        id: int,
        *,
        body: RemoveFunnelSubscribersBody,
    ) -> MessageWithBench:
        """Take contacts out of a funnel (``DELETE /funnels/{id}/subscribers``).

        Removes the given contacts (contact ids, unlike `POST /funnels/remove-bulk-subscribers`) from the funnel:
        their progress rows and metrics are deleted. The ids travel in the body of the DELETE. Without ids the answer
        is 422.

        The prose documentation describes `DELETE /funnels/{id}/subscribers/{subscriber_id}` and a `POST
        /funnels/{id}/subscribers` that adds contacts; neither route exists. Contacts leave a funnel through this
        operation, with their ids in the body, and cannot be added through the API.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            body (RemoveFunnelSubscribersBody):

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _remove_funnel_subscribers._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: int,
        contact_id: int,
    ) -> GetFunnelSubscriberReportResponse200:
        """Get a contact's progress in a funnel (``GET /funnels/{id}/subscribers/{contact_id}``).

        Returns the contact's progress row in the funnel (with last and next step and metrics) and the funnel's steps.
        A contact that never entered the funnel gives `funnel_subscriber: null` with 200; an unknown funnel or contact
        gives 404 with the model message of whichever is missing (the funnel is checked first).

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            contact_id (int): Contact id.

        Returns:
            GetFunnelSubscriberReportResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_funnel_subscriber_report._get_kwargs(
                id=id,
                contact_id=contact_id,
            )
        )
        with parsing(response):
            response_200 = GetFunnelSubscriberReportResponse200.from_dict(response.json())

            return response_200

    async def set_status(
        self,
        id: int,
        subscriber_id: int,
        *,
        body: FunnelSubscriberStatusChange | FunnelSubscriberStatusChange | Unset = UNSET,
    ) -> MessageWithBench:
        """Change a contact's status in a funnel (``PUT /funnels/{id}/subscribers/{subscriber_id}/status``).

        Sets the status of the contact's progress row, e.g. `cancelled` to stop it or `active` to resume it. FluentCRM
        2.9.84 stores any non-empty string. 422 when `status` is missing, when the contact has no row in the funnel ("No
        Corresponding report found"), and when the row is already `completed`. The funnel itself is not looked up, so an
        unknown funnel also gives the "no report" 422.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the funnel. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); the id `0` makes FluentCRM 2.9.84 crash (see the faults of each operation).
            subscriber_id (int): Contact id (not the progress-row id).
            body (FunnelSubscriberStatusChange): The new status of a contact's progress row.
            body (FunnelSubscriberStatusChange): The new status of a contact's progress row.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_funnel_subscriber_status._get_kwargs(
                id=id,
                subscriber_id=subscriber_id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

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


class AsyncWebhooks:
    """``crm.webhooks``: ``list``, ``create``, ``update``, ``delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        search: str | Unset = UNSET,
    ) -> ListWebhooksResponse200:
        """List incoming webhooks (``GET /webhooks``).

        Returns every incoming contact webhook, newest first, together with what the webhook screen needs: the contact
        fields and custom fields a payload may fill, and all lists and tags (plus `companies` when the company module
        is on). `search` keeps the webhooks whose name contains the text, case-insensitively. Nothing is paginated.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            search (str | Unset): Only webhooks whose name contains this text (case-insensitive).

        Returns:
            ListWebhooksResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_webhooks._get_kwargs(
                search=search,
            )
        )
        with parsing(response):
            response_200 = ListWebhooksResponse200.from_dict(response.json())

            return response_200

    async def create(
        self,
        *,
        body: WebhookCreateInput | WebhookFormInput | Unset = UNSET,
    ) -> CreateWebhookResponse200:
        """Create an incoming webhook (``POST /webhooks``).

        Creates a webhook with a new UUID key and answers with its id, its settings, the full list and a message.
        `name` and `status` are required (422). The server stores **every request parameter** in the webhook's
        settings, including ones it does not know, and adds the `url` remote systems post contacts to. The answer is
        200.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            body (WebhookCreateInput): The settings of a new webhook; `name` and `status` are required.
            body (WebhookFormInput): `WebhookInput` as a PHP form body: arrays use bracket names.

        Returns:
            CreateWebhookResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_webhook._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CreateWebhookResponse200.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        *,
        body: WebhookInput,
    ) -> WebhookListResponse:
        """Update an incoming webhook (``PUT /webhooks/{id}``).

        Merges the request into the webhook's settings and answers with every webhook.

        **Data-loss hazard:** this is not a partial update. `name`, `status` and unknown keys are merged, but `lists`,
        `tags` and `companies` are replaced by what the request holds and **reset to `[]` when omitted**, so a request
        that only renames the webhook silently drops its lists and tags. Always send the webhook's current `lists`,
        `tags` and `companies` (read them from `GET /webhooks`) together with the change. `id` and `url` in the body are
        ignored.

        For an id with no webhook FluentCRM 2.9.84 crashes (500); the emulator answers 404.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the webhook. A value that is not a sequence of digits matches no route; `0`
                makes FluentCRM 2.9.84 crash (see the faults).
            body (WebhookInput): The settings of an incoming webhook. `name` and `status` are required on
                create. On update, `lists`, `tags` and
                `companies` are **reset to empty when omitted**, so always send all three.

        Returns:
            WebhookListResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_webhook._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = WebhookListResponse.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> WebhookListResponse:
        """Delete an incoming webhook (``DELETE /webhooks/{id}``).

        Deletes the webhook and answers with the remaining ones. An id with no webhook is not an error: the answer is
        the same 200.

        FluentCRM's prose documentation (its REST guide) does not describe this route.

        Args:
            id (int): Integer id of the webhook. A value that is not a sequence of digits matches no route; `0`
                makes FluentCRM 2.9.84 crash (see the faults).

        Returns:
            WebhookListResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_webhook._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = WebhookListResponse.from_dict(response.json())

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
        self.forms = AsyncForms(self)
        self.funnels = AsyncFunnels(self)
        self.lists = AsyncLists(self)
        self.reports = AsyncReports(self)
        self.tags = AsyncTags(self)
        self.webhooks = AsyncWebhooks(self)

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
