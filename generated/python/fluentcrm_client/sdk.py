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
    Settings as ClientSettings,
)
from ._base import (
    async_client,
    check_response,
    parsing,
    resolve_settings,
    sync_client,
    translate_transport_error,
)
from .api.bounce_handler import handle_bounce_delete as _handle_bounce_delete
from .api.bounce_handler import handle_bounce_get as _handle_bounce_get
from .api.bounce_handler import handle_bounce_patch as _handle_bounce_patch
from .api.bounce_handler import handle_bounce_post as _handle_bounce_post
from .api.bounce_handler import handle_bounce_put as _handle_bounce_put
from .api.bounce_handler import handle_bounce_short_delete as _handle_bounce_short_delete
from .api.bounce_handler import handle_bounce_short_get as _handle_bounce_short_get
from .api.bounce_handler import handle_bounce_short_patch as _handle_bounce_short_patch
from .api.bounce_handler import handle_bounce_short_post as _handle_bounce_short_post
from .api.bounce_handler import handle_bounce_short_put as _handle_bounce_short_put
from .api.campaigns import campaign_bulk_action as _campaign_bulk_action
from .api.campaigns import count_campaign_recipients as _count_campaign_recipients
from .api.campaigns import create_campaign as _create_campaign
from .api.campaigns import delete_campaign as _delete_campaign
from .api.campaigns import delete_campaign_emails as _delete_campaign_emails
from .api.campaigns import draft_campaign_recipients as _draft_campaign_recipients
from .api.campaigns import duplicate_campaign as _duplicate_campaign
from .api.campaigns import estimate_campaign_contacts as _estimate_campaign_contacts
from .api.campaigns import get_campaign as _get_campaign
from .api.campaigns import get_campaign_link_report as _get_campaign_link_report
from .api.campaigns import get_campaign_overview_stats as _get_campaign_overview_stats
from .api.campaigns import get_campaign_processing_stat as _get_campaign_processing_stat
from .api.campaigns import get_campaign_revenues as _get_campaign_revenues
from .api.campaigns import get_campaign_share_url as _get_campaign_share_url
from .api.campaigns import get_campaign_status as _get_campaign_status
from .api.campaigns import list_campaign_emails as _list_campaign_emails
from .api.campaigns import list_campaign_segment_contacts as _list_campaign_segment_contacts
from .api.campaigns import list_campaign_unsubscribers as _list_campaign_unsubscribers
from .api.campaigns import list_campaigns as _list_campaigns
from .api.campaigns import pause_campaign as _pause_campaign
from .api.campaigns import preview_campaign_email as _preview_campaign_email
from .api.campaigns import preview_campaign_html as _preview_campaign_html
from .api.campaigns import resume_campaign as _resume_campaign
from .api.campaigns import resync_campaign_revenues as _resync_campaign_revenues
from .api.campaigns import save_campaign_step as _save_campaign_step
from .api.campaigns import schedule_campaign as _schedule_campaign
from .api.campaigns import send_campaign_test_email as _send_campaign_test_email
from .api.campaigns import subscribe_campaign_recipients as _subscribe_campaign_recipients
from .api.campaigns import unschedule_campaign as _unschedule_campaign
from .api.campaigns import update_campaign as _update_campaign
from .api.campaigns import update_campaign_by_body as _update_campaign_by_body
from .api.campaigns import update_campaign_labels as _update_campaign_labels
from .api.campaigns import update_campaign_title as _update_campaign_title
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
from .api.custom_fields import rename_contact_custom_field_group as _rename_contact_custom_field_group
from .api.custom_fields import update_contact_custom_fields as _update_contact_custom_fields
from .api.docs import get_addons as _get_addons
from .api.docs import get_doc as _get_doc
from .api.docs import list_docs as _list_docs
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
from .api.import_ import get_import_driver as _get_import_driver
from .api.import_ import import_csv as _import_csv
from .api.import_ import import_users as _import_users
from .api.import_ import list_import_drivers as _list_import_drivers
from .api.import_ import run_import_driver as _run_import_driver
from .api.import_ import upload_import_csv as _upload_import_csv
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
from .api.migrators import get_migrator_import_summary as _get_migrator_import_summary
from .api.migrators import get_migrator_list_tag_mappings as _get_migrator_list_tag_mappings
from .api.migrators import list_migrators as _list_migrators
from .api.migrators import run_migrator_import as _run_migrator_import
from .api.migrators import verify_migrator_credentials as _verify_migrator_credentials
from .api.reports import delete_report_emails as _delete_report_emails
from .api.reports import get_advanced_report_providers as _get_advanced_report_providers
from .api.reports import get_ajax_options as _get_ajax_options
from .api.reports import get_cascade_selections as _get_cascade_selections
from .api.reports import get_dashboard_stats as _get_dashboard_stats
from .api.reports import get_email_click_stats as _get_email_click_stats
from .api.reports import get_email_open_stats as _get_email_open_stats
from .api.reports import get_email_sent_stats as _get_email_sent_stats
from .api.reports import get_report_options as _get_report_options
from .api.reports import get_subscriber_growth as _get_subscriber_growth
from .api.reports import get_taxonomy_terms as _get_taxonomy_terms
from .api.reports import list_report_emails as _list_report_emails
from .api.reports import ping_reports as _ping_reports
from .api.settings import clear_activity_logs as _clear_activity_logs
from .api.settings import clear_system_logs as _clear_system_logs
from .api.settings import complete_installation as _complete_installation
from .api.settings import count_old_logs as _count_old_logs
from .api.settings import create_rest_key as _create_rest_key
from .api.settings import delete_old_logs as _delete_old_logs
from .api.settings import delete_rest_key as _delete_rest_key
from .api.settings import echo_test_delete as _echo_test_delete
from .api.settings import echo_test_get as _echo_test_get
from .api.settings import echo_test_post as _echo_test_post
from .api.settings import echo_test_put as _echo_test_put
from .api.settings import get_auto_subscribe_settings as _get_auto_subscribe_settings
from .api.settings import get_bounce_configs as _get_bounce_configs
from .api.settings import get_compliance_settings as _get_compliance_settings
from .api.settings import get_cron_status as _get_cron_status
from .api.settings import get_double_optin_settings as _get_double_optin_settings
from .api.settings import get_experimental_settings as _get_experimental_settings
from .api.settings import get_global_settings as _get_global_settings
from .api.settings import install_fluent_connect as _install_fluent_connect
from .api.settings import install_fluent_forms as _install_fluent_forms
from .api.settings import install_fluent_smtp as _install_fluent_smtp
from .api.settings import install_fluent_support as _install_fluent_support
from .api.settings import list_activity_logs as _list_activity_logs
from .api.settings import list_archive_campaigns as _list_archive_campaigns
from .api.settings import list_integrations as _list_integrations
from .api.settings import list_rest_keys as _list_rest_keys
from .api.settings import list_system_logs as _list_system_logs
from .api.settings import reset_database as _reset_database
from .api.settings import run_cron_task as _run_cron_task
from .api.settings import save_integration as _save_integration
from .api.settings import update_auto_subscribe_settings as _update_auto_subscribe_settings
from .api.settings import update_compliance_settings as _update_compliance_settings
from .api.settings import update_double_optin_settings as _update_double_optin_settings
from .api.settings import update_experimental_settings as _update_experimental_settings
from .api.settings import update_global_settings as _update_global_settings
from .api.tags import bulk_create_tags as _bulk_create_tags
from .api.tags import bulk_delete_tags as _bulk_delete_tags
from .api.tags import create_tag as _create_tag
from .api.tags import delete_tag as _delete_tag
from .api.tags import get_tag as _get_tag
from .api.tags import list_tags as _list_tags
from .api.tags import update_tag as _update_tag
from .api.templates import create_template as _create_template
from .api.templates import delete_template as _delete_template
from .api.templates import duplicate_template as _duplicate_template
from .api.templates import get_template as _get_template
from .api.templates import get_template_smartcodes as _get_template_smartcodes
from .api.templates import list_all_templates as _list_all_templates
from .api.templates import list_built_in_templates as _list_built_in_templates
from .api.templates import list_templates as _list_templates
from .api.templates import set_template_global_style as _set_template_global_style
from .api.templates import template_bulk_action as _template_bulk_action
from .api.templates import update_template as _update_template
from .api.users import list_user_roles as _list_user_roles
from .api.users import list_users as _list_users
from .api.webhooks import create_webhook as _create_webhook
from .api.webhooks import delete_webhook as _delete_webhook
from .api.webhooks import list_webhooks as _list_webhooks
from .api.webhooks import update_webhook as _update_webhook
from .client import Client
from .models import (
    ActivityLogEntry,
    CampaignEmail,
    CampaignListItem,
    CompanyWithCounts,
    ContactEmail,
    ContactListItem,
    FunnelListItem,
    FunnelSubscriber,
    ListCampaignUnsubscribersResponse200UnsubscribesDataItem,
    ListItem,
    NoteListItem,
    ReportEmail,
    SystemLogEntry,
    TagItem,
    TemplatePost,
    TrackedEvent,
    UrlMetric,
)
from .models.activity_logs_response import ActivityLogsResponse
from .models.addons_response import AddonsResponse
from .models.advanced_providers_response import AdvancedProvidersResponse
from .models.all_info_widgets_response import AllInfoWidgetsResponse
from .models.auto_subscribe_input import AutoSubscribeInput
from .models.auto_subscribe_response import AutoSubscribeResponse
from .models.bounce_configs_response import BounceConfigsResponse
from .models.bounce_event_type_1_item import BounceEventType1Item
from .models.bounce_handled import BounceHandled
from .models.bounce_rejected import BounceRejected
from .models.bulk_action_form import BulkActionForm
from .models.bulk_action_input import BulkActionInput
from .models.bulk_action_result import BulkActionResult
from .models.bulk_add_update_input import BulkAddUpdateInput
from .models.bulk_add_update_response import BulkAddUpdateResponse
from .models.campaign_bulk_action_input import CampaignBulkActionInput
from .models.campaign_by_body_input import CampaignByBodyInput
from .models.campaign_email_ids_input import CampaignEmailIdsInput
from .models.campaign_input import CampaignInput
from .models.campaign_labels_input import CampaignLabelsInput
from .models.campaign_preview_input import CampaignPreviewInput
from .models.campaign_recipients_input import CampaignRecipientsInput
from .models.campaign_rename_input import CampaignRenameInput
from .models.campaign_schedule_input import CampaignScheduleInput
from .models.campaign_step_input import CampaignStepInput
from .models.campaign_subscribe_input import CampaignSubscribeInput
from .models.campaign_test_email_input import CampaignTestEmailInput
from .models.campaign_title_input import CampaignTitleInput
from .models.cascade_selections_response import CascadeSelectionsResponse
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
from .models.complete_installation_input import CompleteInstallationInput
from .models.compliance_save_response import ComplianceSaveResponse
from .models.compliance_settings_input import ComplianceSettingsInput
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
from .models.count_campaign_recipients_response_200 import CountCampaignRecipientsResponse200
from .models.count_old_logs_selected_logs_item import (
    CountOldLogsSelectedLogsItem,
)
from .models.create_form_response_200 import CreateFormResponse200
from .models.create_funnel_from_template_body import CreateFunnelFromTemplateBody
from .models.create_template_response_200 import CreateTemplateResponse200
from .models.create_webhook_response_200 import CreateWebhookResponse200
from .models.created_campaign import CreatedCampaign
from .models.cron_status import CronStatus
from .models.csv_import_input import CsvImportInput
from .models.csv_import_response import CsvImportResponse
from .models.csv_upload_input import CsvUploadInput
from .models.csv_upload_response import CsvUploadResponse
from .models.custom_email_input import CustomEmailInput
from .models.custom_field_group_rename_input import CustomFieldGroupRenameInput
from .models.custom_fields_response import CustomFieldsResponse
from .models.custom_fields_save_request import CustomFieldsSaveRequest
from .models.custom_fields_save_response import CustomFieldsSaveResponse
from .models.dashboard_stats import DashboardStats
from .models.delete_campaign_emails_response_200 import DeleteCampaignEmailsResponse200
from .models.delete_campaign_response_200 import DeleteCampaignResponse200
from .models.doc_fetched import DocFetched
from .models.doc_unavailable import DocUnavailable
from .models.docs_index_response import DocsIndexResponse
from .models.double_optin_response import DoubleOptinResponse
from .models.double_optin_save_input import DoubleOptinSaveInput
from .models.draft_campaign_recipients_response_200 import DraftCampaignRecipientsResponse200
from .models.duplicate_campaign_response_200 import DuplicateCampaignResponse200
from .models.duplicate_template_response_200 import DuplicateTemplateResponse200
from .models.echo_test_post_data_body import EchoTestPostDataBody
from .models.echo_test_post_json_body import EchoTestPostJsonBody
from .models.echo_test_put_body import EchoTestPutBody
from .models.email_mock_response import EmailMockResponse
from .models.estimate_campaign_contacts_response_200 import EstimateCampaignContactsResponse200
from .models.experiment_campaigns import ExperimentCampaigns
from .models.experimental_settings_input import ExperimentalSettingsInput
from .models.external_view import ExternalView
from .models.external_view_save_input import ExternalViewSaveInput
from .models.form_create_input import FormCreateInput
from .models.form_submissions_response import FormSubmissionsResponse
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
from .models.get_addons_with_item import GetAddonsWithItem
from .models.get_auto_subscribe_settings_with_item import (
    GetAutoSubscribeSettingsWithItem,
)
from .models.get_campaign_link_report_response_200 import GetCampaignLinkReportResponse200
from .models.get_campaign_overview_stats_response_200 import GetCampaignOverviewStatsResponse200
from .models.get_campaign_processing_stat_response_200_type_0 import GetCampaignProcessingStatResponse200Type0
from .models.get_campaign_processing_stat_response_200_type_1 import GetCampaignProcessingStatResponse200Type1
from .models.get_campaign_response_200_type_0 import GetCampaignResponse200Type0
from .models.get_campaign_response_200_type_1 import GetCampaignResponse200Type1
from .models.get_campaign_revenues_response_200 import GetCampaignRevenuesResponse200
from .models.get_campaign_share_url_response_200 import GetCampaignShareUrlResponse200
from .models.get_campaign_status_response_200 import GetCampaignStatusResponse200
from .models.get_campaign_view_campaign import GetCampaignViewCampaign
from .models.get_campaign_with_item import GetCampaignWithItem
from .models.get_company_custom_fields_with_item import (
    GetCompanyCustomFieldsWithItem,
)
from .models.get_company_find_by import GetCompanyFindBy
from .models.get_compliance_settings_response_200 import GetComplianceSettingsResponse200
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
from .models.get_double_optin_settings_with_item import (
    GetDoubleOptinSettingsWithItem,
)
from .models.get_experimental_settings_response_200 import GetExperimentalSettingsResponse200
from .models.get_funnel_subscriber_report_response_200 import GetFunnelSubscriberReportResponse200
from .models.get_funnel_syncable_count_response_200 import GetFunnelSyncableCountResponse200
from .models.get_funnel_with_item import GetFunnelWithItem
from .models.get_migrator_list_tag_mappings_credential import GetMigratorListTagMappingsCredential
from .models.get_migrator_list_tag_mappings_driver import (
    GetMigratorListTagMappingsDriver,
)
from .models.get_report_options_with_count_item import (
    GetReportOptionsWithCountItem,
)
from .models.get_template_response_200 import GetTemplateResponse200
from .models.get_template_smartcodes_response_200 import GetTemplateSmartcodesResponse200
from .models.global_settings_input import GlobalSettingsInput
from .models.global_settings_response import GlobalSettingsResponse
from .models.global_style_input import GlobalStyleInput
from .models.id_title_options_response import IdTitleOptionsResponse
from .models.import_driver_run_input import ImportDriverRunInput
from .models.import_drivers_response import ImportDriversResponse
from .models.integration_answer import IntegrationAnswer
from .models.integration_save_input import IntegrationSaveInput
from .models.integrations_response import IntegrationsResponse
from .models.label_index_response import LabelIndexResponse
from .models.label_input import LabelInput
from .models.label_save_response import LabelSaveResponse
from .models.list_all_templates_response_200 import ListAllTemplatesResponse200
from .models.list_built_in_templates_response_200 import ListBuiltInTemplatesResponse200
from .models.list_bulk_create_input import ListBulkCreateInput
from .models.list_bulk_delete_form_input import ListBulkDeleteFormInput
from .models.list_bulk_delete_input import ListBulkDeleteInput
from .models.list_campaign_emails_filter_type import (
    ListCampaignEmailsFilterType,
)
from .models.list_campaign_emails_response_200 import ListCampaignEmailsResponse200
from .models.list_campaign_segment_contacts_response_200 import ListCampaignSegmentContactsResponse200
from .models.list_campaign_unsubscribers_response_200 import ListCampaignUnsubscribersResponse200
from .models.list_campaigns_response_200 import ListCampaignsResponse200
from .models.list_campaigns_sort_by import ListCampaignsSortBy
from .models.list_campaigns_sort_type import ListCampaignsSortType
from .models.list_campaigns_statuses_item import ListCampaignsStatusesItem
from .models.list_campaigns_with_item import ListCampaignsWithItem
from .models.list_companies_sort_by import ListCompaniesSortBy
from .models.list_companies_sort_order import ListCompaniesSortOrder
from .models.list_contact_automations_response_200 import ListContactAutomationsResponse200
from .models.list_contact_emails_filter import ListContactEmailsFilter
from .models.list_contact_url_metrics_sort_by import ListContactUrlMetricsSortBy
from .models.list_contact_url_metrics_sort_type import (
    ListContactUrlMetricsSortType,
)
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
from .models.list_integrations_with_item import ListIntegrationsWithItem
from .models.list_lists_all_lists import ListListsAllLists
from .models.list_lists_exclude_counts import ListListsExcludeCounts
from .models.list_lists_sort_by import ListListsSortBy
from .models.list_lists_sort_order import ListListsSortOrder
from .models.list_object import ListObject
from .models.list_tags_all_tags import ListTagsAllTags
from .models.list_tags_exclude_counts import ListTagsExcludeCounts
from .models.list_tags_sort_by import ListTagsSortBy
from .models.list_tags_sort_order import ListTagsSortOrder
from .models.list_templates_order import ListTemplatesOrder
from .models.list_templates_order_by import ListTemplatesOrderBy
from .models.list_templates_response_200 import ListTemplatesResponse200
from .models.list_templates_types_item import ListTemplatesTypesItem
from .models.list_update_response import ListUpdateResponse
from .models.list_users_fields_item import ListUsersFieldsItem
from .models.list_webhooks_response_200 import ListWebhooksResponse200
from .models.mailgun_event import MailgunEvent
from .models.message_with_bench import MessageWithBench
from .models.migrator_drivers_response import MigratorDriversResponse
from .models.migrator_import_response import MigratorImportResponse
from .models.migrator_input import MigratorInput
from .models.migrator_mappings_response import MigratorMappingsResponse
from .models.migrator_summary_response import MigratorSummaryResponse
from .models.note_create_response import NoteCreateResponse
from .models.note_index_response import NoteIndexResponse
from .models.note_update_response import NoteUpdateResponse
from .models.note_write_request import NoteWriteRequest
from .models.old_log_counts import OldLogCounts
from .models.old_logs_delete_response import OldLogsDeleteResponse
from .models.old_logs_input import OldLogsInput
from .models.one_info_widget_response import OneInfoWidgetResponse
from .models.pause_campaign_response_200 import PauseCampaignResponse200
from .models.plugin_install_response import PluginInstallResponse
from .models.prev_next_ids import PrevNextIds
from .models.preview_campaign_email_response_200 import PreviewCampaignEmailResponse200
from .models.preview_campaign_html_response_200 import PreviewCampaignHtmlResponse200
from .models.purchase_history_response import PurchaseHistoryResponse
from .models.remove_funnel_subscriber_rows_body import RemoveFunnelSubscriberRowsBody
from .models.remove_funnel_subscribers_body import RemoveFunnelSubscribersBody
from .models.report_emails_delete_input import ReportEmailsDeleteInput
from .models.report_emails_response import ReportEmailsResponse
from .models.report_options_response import ReportOptionsResponse
from .models.report_stats import ReportStats
from .models.request_echo_response import RequestEchoResponse
from .models.reset_database_response_200 import ResetDatabaseResponse200
from .models.rest_key_create_input import RestKeyCreateInput
from .models.rest_key_create_response import RestKeyCreateResponse
from .models.rest_key_delete_input import RestKeyDeleteInput
from .models.rest_keys_response import RestKeysResponse
from .models.resume_campaign_response_200 import ResumeCampaignResponse200
from .models.run_cron_input import RunCronInput
from .models.save_funnel_email_action_fallback_body import SaveFunnelEmailActionFallbackBody
from .models.save_integration_response_200 import SaveIntegrationResponse200
from .models.schedule_campaign_response_200 import ScheduleCampaignResponse200
from .models.send_campaign_test_email_response_200 import SendCampaignTestEmailResponse200
from .models.send_funnel_test_webhook_body import SendFunnelTestWebhookBody
from .models.send_funnel_test_webhook_response_200 import SendFunnelTestWebhookResponse200
from .models.subscribe_campaign_recipients_response_200 import SubscribeCampaignRecipientsResponse200
from .models.support_tickets_response import SupportTicketsResponse
from .models.sync_segments_form import SyncSegmentsForm
from .models.sync_segments_input import SyncSegmentsInput
from .models.sync_segments_response import SyncSegmentsResponse
from .models.system_logs_response import SystemLogsResponse
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
from .models.taxonomy_terms_response import TaxonomyTermsResponse
from .models.template_bulk_action_input import TemplateBulkActionInput
from .models.template_input import TemplateInput
from .models.track_event_input import TrackEventInput
from .models.track_event_response import TrackEventResponse
from .models.tracking_events_response import TrackingEventsResponse
from .models.unattached_contacts_response import UnattachedContactsResponse
from .models.update_campaign_by_body_response_200 import UpdateCampaignByBodyResponse200
from .models.update_campaign_response_200 import UpdateCampaignResponse200
from .models.update_campaign_title_response_200 import UpdateCampaignTitleResponse200
from .models.update_template_response_200 import UpdateTemplateResponse200
from .models.url_metrics_response import UrlMetricsResponse
from .models.user_import_driver import UserImportDriver
from .models.user_import_input import UserImportInput
from .models.user_import_progress import UserImportProgress
from .models.user_import_summary import UserImportSummary
from .models.user_index_response import UserIndexResponse
from .models.user_roles_response import UserRolesResponse
from .models.webhook_create_input import WebhookCreateInput
from .models.webhook_form_input import WebhookFormInput
from .models.webhook_input import WebhookInput
from .models.webhook_list_response import WebhookListResponse
from .models.wrapped_contact_update import WrappedContactUpdate
from .retry import RetryPolicy
from .types import UNSET, Unset

__all__ = ["AsyncFluentCRM", "FluentCRM"]


class BounceHandler:
    """``crm.bounce_handler``: ``get``, ``put``, ``post``, ``delete``, ``patch``, ``short_get``, ``short_put``, ``short_post``, ``short_delete``, ``short_patch``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def get(
        self,
        service_name: str,
        security_code: str,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by GET (with `/handle/`) (``GET /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by GET to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body or the query; a GET or DELETE carries it in the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_get._get_kwargs(
                service_name=service_name,
                security_code=security_code,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def put(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by PUT (with `/handle/`) (``PUT /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PUT to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_put._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def post(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by POST (with `/handle/`) (``POST /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by POST to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_post._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def delete(
        self,
        service_name: str,
        security_code: str,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by DELETE (with `/handle/`) (``DELETE /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by DELETE to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body or the query; a GET or DELETE carries it in the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_delete._get_kwargs(
                service_name=service_name,
                security_code=security_code,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def patch(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by PATCH (with `/handle/`) (``PATCH /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PATCH to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_patch._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def short_get(
        self,
        service_name: str,
        security_code: str,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by GET (without `/handle/`) (``GET /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by GET to the shorter form,
        which works the same (the path without `/handle/`). WordPress sends every method of this route to the same
        handler, which reads the payload from the body or the query; a GET or DELETE carries it in the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_short_get._get_kwargs(
                service_name=service_name,
                security_code=security_code,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def short_put(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by PUT (without `/handle/`) (``PUT /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PUT to the shorter form,
        which works the same (the path without `/handle/`). WordPress sends every method of this route to the same
        handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_short_put._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def short_post(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by POST (without `/handle/`) (``POST /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by POST to the shorter form,
        which works the same (the path without `/handle/`). WordPress sends every method of this route to the same
        handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_short_post._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def short_delete(
        self,
        service_name: str,
        security_code: str,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by DELETE (without `/handle/`) (``DELETE /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by DELETE to the shorter
        form, which works the same (the path without `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body or the query; a GET or DELETE carries it in the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_short_delete._get_kwargs(
                service_name=service_name,
                security_code=security_code,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    def short_patch(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by PATCH (without `/handle/`) (``PATCH /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PATCH to the shorter form,
        which works the same (the path without `/handle/`). WordPress sends every method of this route to the same
        handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _handle_bounce_short_patch._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200


class Campaigns:
    """``crm.campaigns``: ``list``, ``create``, ``bulk_action``, ``preview_html``, ``send_test_email``, ``update_by_body``, ``get``, ``update``, ``delete``, ``duplicate``, ``link_report``, ``overview_stats``, ``pause``, ``processing_stat``, ``resume``, ``revenues``, ``resync_revenues``, ``schedule``, ``share_url``, ``status``, ``save_step``, ``rename``, ``unschedule``, ``unsubscribers``, ``update_labels``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm
        self.emails = CampaignsEmails(crm)
        self.recipients = CampaignsRecipients(crm)

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search_by: str | Unset = UNSET,
        statuses: builtins.list[ListCampaignsStatusesItem] | Unset = UNSET,
        labels: builtins.list[int] | Unset = UNSET,
        with_: builtins.list[ListCampaignsWithItem] | Unset = UNSET,
        sort_by: ListCampaignsSortBy | Unset = UNSET,
        sort_type: ListCampaignsSortType | Unset = UNSET,
    ) -> ListCampaignsResponse200:
        """List campaigns (``GET /campaigns``).

        Returns one page of e-mail campaigns (only `type` `campaign`: automation and custom e-mail campaigns share the
        table but are hidden), newest first. `searchBy` (not `search`) matches the title, `statuses[]` and `labels[]`
        filter, and `with[]=stats` adds each campaign's counters, the editor step and its labels.

        `sort_by` names a column: an unknown one makes the SQL fail (423 with the SQL text). Sending `statuses` or
        `with` without brackets crashes FluentCRM 2.9.84 (500). The prose documentation differs: campaign statuses are
        `draft`, `scheduled`, `working`, `sent`, `paused`, `archived`. A sent campaign is `archived`; there is no
        `sent`. Scheduling gives `pending-scheduled`, sending `processing` then `working`. (See `x-doc-differences`
        for the rest.)

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search_by (str | Unset): Part of the title to look for.
            statuses (list[ListCampaignsStatusesItem] | Unset): Only campaigns in these states.
            labels (list[int] | Unset): Only campaigns carrying one of these label ids.
            with_ (list[ListCampaignsWithItem] | Unset): `stats` adds `stats`, `next_step` and `labels` to each
                row.
            sort_by (ListCampaignsSortBy | Unset): Column to sort by (default `id`).
            sort_type (ListCampaignsSortType | Unset): `ASC`, or anything else for descending.

        Returns:
            ListCampaignsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_campaigns._get_kwargs(
                page=page,
                per_page=per_page,
                search_by=search_by,
                statuses=statuses,
                labels=labels,
                with_=with_,
                sort_by=sort_by,
                sort_type=sort_type,
            )
        )
        with parsing(response):
            response_200 = ListCampaignsResponse200.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search_by: str | Unset = UNSET,
        statuses: builtins.list[ListCampaignsStatusesItem] | Unset = UNSET,
        labels: builtins.list[int] | Unset = UNSET,
        with_: builtins.list[ListCampaignsWithItem] | Unset = UNSET,
        sort_by: ListCampaignsSortBy | Unset = UNSET,
        sort_type: ListCampaignsSortType | Unset = UNSET,
    ) -> Iterator[CampaignListItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                page=page,
                per_page=per_page,
                search_by=search_by,
                statuses=statuses,
                labels=labels,
                with_=with_,
                sort_by=sort_by,
                sort_type=sort_type,
            )
            items = result.campaigns.data
            yield from items
            seen += len(items)
            if not items or seen >= result.campaigns.total:
                return
            page += 1

    def create(
        self,
        *,
        body: CampaignTitleInput | CampaignTitleInput | Unset = UNSET,
    ) -> CreatedCampaign:
        """Create a draft campaign (``POST /campaigns``).

        Creates a campaign in `draft` state from a title. Only `title` is read; it is required and must be unique
        among campaigns (422 otherwise). FluentCRM fills the rest: slug from the title, `design_template` `simple`,
        the default `settings` (all contacts, instant sending) and `created_by`.

        The answer is the bare model, without a wrapper key, message or `__bench`, and with `created_by` as an integer
        (a string of digits when read back). The prose documentation differs: `title` may be omitted; an auto-
        generated title is assigned. `title` is required and unique: without it the answer is 422 `{"title":
        {"required": ...}}`. (See `x-doc-differences` for the rest.)

        Args:
            body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns` reads.
            body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns` reads.

        Returns:
            CreatedCampaign: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_campaign._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CreatedCampaign.from_dict(response.json())

            return response_200

    def bulk_action(
        self,
        *,
        body: CampaignBulkActionInput,
    ) -> MessageWithBench:
        """Label or delete several campaigns (``POST /campaigns/do-bulk-action``).

        `apply_labels` attaches `labels` to every campaign in `campaign_ids`; `delete_campaigns` deletes them (with
        the same data-loss fault as `DELETE /campaigns/{id}`: each deletion also removes the campaign e-mail whose id
        equals the campaign's). Missing ids, missing labels and an unknown action are refused with 422. The prose
        documentation differs: `Selected Campaigns have been deleted permanently`. `Selected Campaigns has been
        deleted permanently` (sic), with `__bench`. (See `x-doc-differences` for the rest.)

        Args:
            body (CampaignBulkActionInput): A bulk action on several campaigns.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _campaign_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def preview_html(
        self,
        *,
        body: CampaignPreviewInput | Unset = UNSET,
    ) -> PreviewCampaignHtmlResponse200:
        """Render a campaign as HTML (``POST /campaigns/email-preview-html``).

        Renders the e-mail of a stored campaign (`campaign_id`) or of an unsaved one (`campaign`) into the full HTML
        document a recipient would get, for the contact `contact_id` (default: the current user's contact). An empty
        body renders nothing (`preview_html: ""`). The prose documentation differs: the answer is the rendered
        document. Without `campaign_id` or `campaign` the answer is `preview_html: ""`; an unknown `campaign_id` is
        404. (See `x-doc-differences` for the rest.)

        Args:
            body (CampaignPreviewInput | Unset): The campaign to render: a stored one or an unsaved body.

        Returns:
            PreviewCampaignHtmlResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _preview_campaign_html._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = PreviewCampaignHtmlResponse200.from_dict(response.json())

            return response_200

    def send_test_email(
        self,
        *,
        body: CampaignTestEmailInput,
    ) -> SendCampaignTestEmailResponse200:
        """Send a test e-mail of a campaign (``POST /campaigns/send-test-email``).

        Sends the campaign (by `campaign_id`, or an unsaved one in `campaign` with `test_campaign` `yes`) to one
        address (`email`, default: the current user's), rendered for the contact with that address or else the first
        subscribed contact. **This sends real e-mail.** `result` is `wp_mail`'s outcome: FluentCRM 2.9.84 claims
        success in `message` even when it is `false` (bug B3). The prose documentation differs: `result` is an object
        and the message says "may not be replaced in the test email". `result` is `wp_mail`'s boolean (`false` when
        mail failed, while the message still claims success) and the message says "may not replaced in test email".

        Args:
            body (CampaignTestEmailInput): What to send as a test e-mail, and where.

        Returns:
            SendCampaignTestEmailResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _send_campaign_test_email._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = SendCampaignTestEmailResponse200.from_dict(response.json())

            return response_200

    def update_by_body(
        self,
        *,
        body: CampaignByBodyInput,
    ) -> UpdateCampaignByBodyResponse200:
        """Update a campaign named in the body (``POST /campaigns/update-single-campaign``).

        The same as `PUT /campaigns/{id}` with the id in `campaign_id`; without it the answer is 404. The prose
        documentation differs: the body fields besides `campaign_id` are optional. `title` is required and unique, as
        on `PUT /campaigns/{id}`; without `campaign_id` the answer is 404. (See `x-doc-differences` for the rest.)

        Args:
            body (CampaignByBodyInput): `CampaignInput` with the campaign's id in the body.

        Returns:
            UpdateCampaignByBodyResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_campaign_by_body._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = UpdateCampaignByBodyResponse200.from_dict(response.json())

            return response_200

    def get(
        self,
        id: int,
        *,
        with_: builtins.list[GetCampaignWithItem] | Unset = UNSET,
        view_campaign: GetCampaignViewCampaign | Unset = UNSET,
    ) -> GetCampaignResponse200Type0 | GetCampaignResponse200Type1:
        """Get one campaign (``GET /campaigns/{id}``).

        Returns the campaign with the site's current time (`server_time`) and the list of e-mail templates (`ID`,
        `post_title`) the editor offers. `with[]` loads relations (`subjects`, `template`); `viewCampaign` (any value)
        instead returns the campaign with one page of its e-mails.

        A missing id answers 404, but with `with[]` FluentCRM 2.9.84 crashes (500) because it reads the missing record
        anyway; an unknown relation name answers 423. The prose documentation differs: a missing campaign is 404. It
        is 404 without `with[]`, but 500 (a PHP fatal) with `with[]`; an unknown relation in `with[]` is 423. (See
        `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            with_ (list[GetCampaignWithItem] | Unset): Relations to load: `subjects` (A/B subject lines) or
                `template`.
            view_campaign (GetCampaignViewCampaign | Unset): Present (any value): answer `{campaign, emails}`
                instead.

        Returns:
            GetCampaignResponse200Type0 | GetCampaignResponse200Type1: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_campaign._get_kwargs(
                id=id,
                with_=with_,
                view_campaign=view_campaign,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> GetCampaignResponse200Type0 | GetCampaignResponse200Type1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = GetCampaignResponse200Type0.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = GetCampaignResponse200Type1.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

    def update(
        self,
        id: int,
        *,
        body: CampaignInput,
    ) -> UpdateCampaignResponse200:
        """Update a campaign (``PUT /campaigns/{id}``).

        Saves the editor's fields (title, subject, pre-header, body, UTM fields, design, settings) and returns the
        campaign. `title` is required and must be unique; that check runs before the id is looked up, so an unknown id
        with a valid title is 404. `next_step` records the editor step; `2` also enforces the compliance rule. The
        prose documentation differs: the body fields are all optional. `title` is required and must be unique (422
        otherwise), even when only other fields change. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignInput): The editor fields `PUT /campaigns/{id}` saves. Only `title` is required; keys
                left out keep their stored values.

        Returns:
            UpdateCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_campaign._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = UpdateCampaignResponse200.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> DeleteCampaignResponse200:
        """Delete a campaign (``DELETE /campaigns/{id}``).

        Deletes the campaign with its e-mails, URL metrics and meta. The answer is `{"success": true}` without
        `__bench`.

        **Fault (data loss):** FluentCRM 2.9.84 also deletes the campaign e-mail whose *id* equals the campaign's id, even when that e-mail belongs to another campaign (bulk `delete_campaigns` does the same). A client that must not lose e-mails reads `GET /campaigns/emails/{id}/preview` with the campaign's id first: if it answers 200 with `info.campaign_id` different from the campaign being deleted, deleting would destroy that other campaign's e-mail, so keep (or archive) the campaign instead. The prose documentation differs: deleting removes the campaign and its data. It also removes the campaign e-mail whose id equals the campaign's id, whichever campaign owns it (data loss).

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            DeleteCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = DeleteCampaignResponse200.from_dict(response.json())

            return response_200

    def duplicate(
        self,
        id: int,
    ) -> DuplicateCampaignResponse200:
        """Duplicate a campaign (``POST /campaigns/{id}/duplicate``).

        Copies the campaign into a new `draft`: title prefixed `[Duplicate] `, slug suffixed with `-<unix time>`, same
        content, settings, labels and A/B subjects. The copy is returned as freshly inserted (integer `created_by`, no
        `recipients_count`). The prose documentation differs: `created_by` is not shown. The copy is the freshly
        inserted model: `created_by` is an integer and `recipients_count`, `parent_id` and other unset columns are
        absent. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            DuplicateCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _duplicate_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = DuplicateCampaignResponse200.from_dict(response.json())

            return response_200

    def link_report(
        self,
        id: int,
    ) -> GetCampaignLinkReportResponse200:
        """Get a campaign's clicked links (``GET /campaigns/{id}/link-report``).

        Each tracked URL of the campaign with its click count (a GROUP BY total, so a string of digits). An unknown
        campaign gives `links: []`. The prose documentation differs: links carry `url`, `total`, `unique`, next to
        `click_status` and `open_status`. Links carry `total` (a string of digits), `url` and `id`; there is no
        `unique`, `click_status` or `open_status`, and an unknown campaign gives `links: []`.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignLinkReportResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_campaign_link_report._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignLinkReportResponse200.from_dict(response.json())

            return response_200

    def overview_stats(
        self,
        id: int,
    ) -> GetCampaignOverviewStatsResponse200:
        """Get a campaign's overview figures (``GET /campaigns/{id}/overview_stats``).

        How many e-mails were sent, the per-status counts and the analytics figures (`[]` until the campaign is
        archived). The prose documentation differs: `stat[].total` is an integer and `analytics` always an object.
        `stat[].total` is a string of digits and `analytics` is `[]` for a campaign not yet sent.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignOverviewStatsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_campaign_overview_stats._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignOverviewStatsResponse200.from_dict(response.json())

            return response_200

    def pause(
        self,
        id: int,
    ) -> PauseCampaignResponse200:
        """Pause a sending campaign (``POST /campaigns/{id}/pause``).

        Pauses a campaign that is `working` (sending); its queued e-mails become `paused`. Any other state is refused
        with 422. The 200 example is the shape FluentCRM builds; no campaign was paused while recording.

        The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`) or to
        `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-scheduled`, or a
        `processing` campaign whose start is still in the future, back to `draft`; `pause` moves `working` to
        `paused`; `resume` moves `paused` to `working`. Every other transition is refused with 422. The prose
        documentation differs: the campaign in the answer has a few columns. It is the full campaign (every column and
        `settings`), with `__bench`.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            PauseCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _pause_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = PauseCampaignResponse200.from_dict(response.json())

            return response_200

    def processing_stat(
        self,
        id: int,
    ) -> GetCampaignProcessingStatResponse200Type0 | GetCampaignProcessingStatResponse200Type1:
        """Poll a campaign's sending progress (``GET /campaigns/{id}/processing-stat``).

        The sending screen polls this route. For a campaign that is not `processing` it answers `{reload: true,
        campaign}`. **It is not read-only:** a `pending-scheduled` campaign due within six minutes is switched to
        `processing`, and for a `processing` campaign each call prepares and sends the next batch of e-mails,
        answering `{campaign, didRun, scheduling_method}`. The prose documentation differs: the answer is `{campaign,
        didRun, scheduling_method}`. For a campaign that is not `processing` it is `{reload: true, campaign}`.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignProcessingStatResponse200Type0 | GetCampaignProcessingStatResponse200Type1: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_campaign_processing_stat._get_kwargs(
                id=id,
            )
        )
        with parsing(response):

            def _parse_response_200(
                data: object,
            ) -> GetCampaignProcessingStatResponse200Type0 | GetCampaignProcessingStatResponse200Type1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = GetCampaignProcessingStatResponse200Type0.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = GetCampaignProcessingStatResponse200Type1.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

    def resume(
        self,
        id: int,
    ) -> ResumeCampaignResponse200:
        """Resume a paused campaign (``POST /campaigns/{id}/resume``).

        Resumes a `paused` campaign: it becomes `working` and its paused e-mails are scheduled for now, so sending
        continues. Any other state is refused with 422. The 200 example is the shape FluentCRM builds; no campaign was
        resumed while recording.

        The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`) or to
        `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-scheduled`, or a
        `processing` campaign whose start is still in the future, back to `draft`; `pause` moves `working` to
        `paused`; `resume` moves `paused` to `working`. Every other transition is refused with 422. The prose
        documentation differs: the campaign in the answer has a few columns. It is the full campaign (every column and
        `settings`), with `__bench`.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            ResumeCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _resume_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = ResumeCampaignResponse200.from_dict(response.json())

            return response_200

    def revenues(
        self,
        id: int,
    ) -> GetCampaignRevenuesResponse200:
        """Get a campaign's attributed revenue (``GET /campaigns/{id}/revenues``).

        Orders attributed to the campaign by a commerce integration, with column labels and the total. Without a
        commerce plugin (and for an unknown campaign) `orders` is `[]` and `total` 0. The prose documentation differs:
        `labels` has `id`, `title`, `status`, `date`, `total`. Without a commerce integration `labels` has `order`,
        `title`, `status`, `date`, `total`, and `orders` is `[]` with `total` 0.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignRevenuesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_campaign_revenues._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignRevenuesResponse200.from_dict(response.json())

            return response_200

    def resync_revenues(
        self,
        id: int,
    ) -> MessageWithBench:
        """Recompute a campaign's revenue (``POST /campaigns/{id}/revenues/resync``).

        Asks the commerce integration to recompute the campaign's revenue. Without one the answer is 200 with `No
        revenue found for this campaign`, also for an unknown campaign. The prose documentation differs: the answer is
        `Revenue has been re-synced successfully` with a `total`. Without a commerce integration it is 200 `No revenue
        found for this campaign`, also for an unknown campaign.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _resync_campaign_revenues._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def schedule(
        self,
        id: int,
        *,
        body: CampaignScheduleInput | Unset = UNSET,
    ) -> ScheduleCampaignResponse200:
        """Schedule or send a campaign (``POST /campaigns/{id}/schedule``).

        Starts a `draft` campaign: with `scheduled_at` it becomes `pending-scheduled` (FluentCRM prepares the
        recipients shortly before that time); **without `scheduled_at` it becomes `processing` and sending starts at
        once**. Any e-mails already prepared are removed first. A campaign that is not a draft is refused with 422,
        and so is an empty or inverted date range.

        The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`) or to
        `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-scheduled`, or a
        `processing` campaign whose start is still in the future, back to `draft`; `pause` moves `working` to
        `paused`; `resume` moves `paused` to `working`. Every other transition is refused with 422. The prose
        documentation differs: the answer shows the requested `scheduled_at`. `scheduled_at` is read back from MySQL,
        which may print `0000-00-00 00:00:00` for a date it did not accept. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignScheduleInput | Unset): When to start sending. Without `scheduled_at` the campaign is
                sent at once.

        Returns:
            ScheduleCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _schedule_campaign._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = ScheduleCampaignResponse200.from_dict(response.json())

            return response_200

    def share_url(
        self,
        id: int,
    ) -> GetCampaignShareUrlResponse200:
        """Get a campaign's public preview link (``GET /campaigns/{id}/share-url``).

        The web-preview URL of the campaign (`?fluentcrm=1&route=email_preview&fc_newsletter=<hash>`), which anyone
        with the link can open. The prose documentation differs: the link is `?fluentcrm=1&route=email&hash=...`. It
        is `?fluentcrm=1&route=email_preview&fc_newsletter=<hash>`. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignShareUrlResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_campaign_share_url._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignShareUrlResponse200.from_dict(response.json())

            return response_200

    def status(
        self,
        id: int,
    ) -> GetCampaignStatusResponse200:
        """Get a campaign's sending status (``GET /campaigns/{id}/status``).

        The campaign (with `sent_by`), its e-mails counted per status, how many were sent, and (once archived) its
        analytics and per-subject analytics. `analytics` and `subject_analytics` are `[]` until the campaign is
        archived. The prose documentation differs: `stat[].total` is an integer. `stat[].total` is a string of digits
        (a GROUP BY count); `analytics` and `subject_analytics` are `[]` until the campaign is archived.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignStatusResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_campaign_status._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignStatusResponse200.from_dict(response.json())

            return response_200

    def save_step(
        self,
        id: int,
        *,
        body: CampaignStepInput | CampaignStepInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Save the editor step (``POST /campaigns/{id}/step``).

        Stores the editor step the user reached (`next_step`) as campaign meta. The campaign is not looked up: an
        unknown id also answers 200. The prose documentation differs: the step is saved for the campaign. The campaign
        is not looked up: an unknown id also answers 200 `step saved`. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignStepInput | Unset): The editor step to remember for a campaign.
            body (CampaignStepInput | Unset): The editor step to remember for a campaign.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _save_campaign_step._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def rename(
        self,
        id: int,
        *,
        body: CampaignRenameInput | CampaignRenameInput | Unset = UNSET,
    ) -> UpdateCampaignTitleResponse200:
        """Rename a campaign (``PUT /campaigns/{id}/title``).

        Sets the title (sanitised, not validated: an empty or missing title stores `""`, and uniqueness is not
        checked) and, for a `scheduled` campaign, moves `scheduled_at` and its unsent e-mails to the new time. The
        prose documentation differs: `title` is required. It is not validated: a missing or empty title is stored as
        `""` and uniqueness is not checked. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start time.
            body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start time.

        Returns:
            UpdateCampaignTitleResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_campaign_title._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = UpdateCampaignTitleResponse200.from_dict(response.json())

            return response_200

    def unschedule(
        self,
        id: int,
    ) -> MessageWithBench:
        """Cancel a scheduled campaign (``POST /campaigns/{id}/un-schedule``).

        Moves a `scheduled` or `pending-scheduled` campaign (or a `processing` one whose start is still ahead) back to
        `draft` and deletes its prepared e-mails. Any other state is refused with 422.

        The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`) or to
        `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-scheduled`, or a
        `processing` campaign whose start is still in the future, back to `draft`; `pause` moves `working` to
        `paused`; `resume` moves `paused` to `working`. Every other transition is refused with 422. The prose
        documentation differs: the example bodies have no `__bench`. The server adds `__bench` (seconds spent) to the
        body.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _unschedule_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def unsubscribers(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ListCampaignUnsubscribersResponse200:
        """List who unsubscribed from a campaign (``GET /campaigns/{id}/unsubscribers``).

        One page of the unsubscribe events the campaign caused (URL-metric rows of type `unsubscribe` with their
        contact). An unknown campaign gives an empty page. The prose documentation differs: a campaign's unsubscribe
        events. An unknown campaign gives an empty page, not an error; the paginator carries page links.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ListCampaignUnsubscribersResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_campaign_unsubscribers._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ListCampaignUnsubscribersResponse200.from_dict(response.json())

            return response_200

    def iterate_unsubscribers(
        self,
        id: int,
        *,
        per_page: int = 100,
    ) -> Iterator[ListCampaignUnsubscribersResponse200UnsubscribesDataItem]:
        """Every item of ``unsubscribers()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.unsubscribers(
                id,
                page=page,
                per_page=per_page,
            )
            items = result.unsubscribes.data
            yield from items
            seen += len(items)
            if not items or seen >= result.unsubscribes.total:
                return
            page += 1

    def update_labels(
        self,
        id: int,
        *,
        body: CampaignLabelsInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Detach labels from a campaign (``PUT /campaigns/{id}/update-labels``).

        With `action` `detach`, removes the given labels from the campaign. Any other action (including `attach`)
        answers the same 200 and changes nothing: labels are attached with the bulk action `apply_labels`. The prose
        documentation differs: `action` is `attach` or `detach`. Only `detach` changes anything; `attach` answers the
        same 200 and attaches nothing. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignLabelsInput | Unset): Labels to detach from a campaign.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_campaign_labels._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class CampaignsEmails:
    """``crm.campaigns.emails``: ``preview``, ``list``, ``delete_many``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def preview(
        self,
        id: int,
    ) -> PreviewCampaignEmailResponse200:
        """Preview one sent or prepared e-mail (``GET /campaigns/emails/{id}/preview``).

        One campaign e-mail: `info` is the row with its contact and campaign, `email` the message as rendered for that
        contact (addresses, subject, HTML body, clicks). The prose documentation differs: `campaign_id`,
        `subscriber_id` and `is_open` are integers. They are strings of digits; `info` also carries the contact and
        the campaign.

        Args:
            id (int): Integer id of the campaign e-mail (`fc_campaign_emails`). `0` crashes FluentCRM 2.9.84.

        Returns:
            PreviewCampaignEmailResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _preview_campaign_email._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = PreviewCampaignEmailResponse200.from_dict(response.json())

            return response_200

    def list(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> ListCampaignEmailsResponse200:
        """List a campaign's e-mails (``GET /campaigns/{id}/emails``).

        One page of the campaign's e-mails with their contacts, and `failed_counts`, the number that failed.
        `filter_type` narrows to clicked, opened, unopened or failed e-mails; `search` matches the contacts. An
        unknown campaign gives an empty page, not 404. The prose documentation differs: `campaign_id`, `subscriber_id`
        and `is_open` are integers. They are strings of digits; `failed_counts` sits next to the paginator; an unknown
        campaign gives an empty page, not 404.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            filter_type (ListCampaignEmailsFilterType | Unset): `click`, `view`, `unopened` or `failed`;
                anything else lists all.
            search (str | Unset): Matches the contact's name or e-mail.

        Returns:
            ListCampaignEmailsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_campaign_emails._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
                filter_type=filter_type,
                search=search,
            )
        )
        with parsing(response):
            response_200 = ListCampaignEmailsResponse200.from_dict(response.json())

            return response_200

    def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
        filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> Iterator[CampaignEmail]:
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
                filter_type=filter_type,
                search=search,
            )
            items = result.emails.data
            yield from items
            seen += len(items)
            if not items or seen >= result.emails.total:
                return
            page += 1

    def delete_many(
        self,
        id: int,
        *,
        body: CampaignEmailIdsInput,
    ) -> DeleteCampaignEmailsResponse200:
        """Delete some of a campaign's e-mails (``DELETE /campaigns/{id}/emails``).

        Deletes the listed e-mails of this campaign (ids of other campaigns are ignored) and stores the new count in
        `recipients_count`, which it returns. Without `email_ids` FluentCRM 2.9.84 crashes (500); the emulator answers
        422. The prose documentation differs: `email_ids` is required. Without it the server crashes (500) instead of
        refusing the request. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignEmailIdsInput): The e-mails of a campaign to delete.

        Returns:
            DeleteCampaignEmailsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_campaign_emails._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = DeleteCampaignEmailsResponse200.from_dict(response.json())

            return response_200


class CampaignsRecipients:
    """``crm.campaigns.recipients``: ``estimate``, ``list``, ``draft``, ``count``, ``subscribe``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def estimate(
        self,
        *,
        body: CampaignRecipientsInput | Unset = UNSET,
    ) -> EstimateCampaignContactsResponse200:
        """Count the contacts a selection reaches (``POST /campaigns/estimated-contacts``).

        Counts the contacts a recipient selection matches, without a campaign. An unknown `sending_filter` counts 0
        (and leaves out `execution_time`); an empty body counts all subscribed contacts. The prose documentation
        differs: the answer has `count` and `execution_time`. An unknown `sending_filter` answers `{count: 0}` without
        `execution_time`; `subscribers` is an array of `{list, tag}` rows, not an object. (See `x-doc-differences` for
        the rest.)

        Args:
            body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to include and
                exclude, or another filter. Every key is optional; an empty selection means every subscribed
                contact.

        Returns:
            EstimateCampaignContactsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _estimate_campaign_contacts._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = EstimateCampaignContactsResponse200.from_dict(response.json())

            return response_200

    def list(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ListCampaignSegmentContactsResponse200:
        """List the contacts a campaign would reach (``GET /campaigns/{id}/contacts-by-segment``).

        One page of the contacts the campaign's stored selection matches, with their tags and lists. The prose
        documentation differs: contacts carry a few columns and their lists. Every contact column, `full_name`,
        `photo`, `tags` and `lists` with pivots; numeric columns as strings of digits. (See `x-doc-differences` for
        the rest.)

        **Fault (stored state):** a stored selection the free plugin cannot resolve (`subscribers: null`, which `POST /campaigns/{id}/draft-recipients` without a selection stores, or `sending_filter` `dynamic_segment`, a Pro feature) makes FluentCRM 2.9.84 crash here with 500 (`Call to a member function count() on null`, CampaignController.php:310 / Campaign.php:223) until a selection is stored again. The trigger is the stored campaign, not the request, so it is not in `x-fluentcrm-faults`; a client avoids it by always sending a `list_tag` selection with `subscribers` to `draft-recipients`. The emulator answers 422 `{"message": "The campaign has no recipient selection"}` instead.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ListCampaignSegmentContactsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_campaign_segment_contacts._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ListCampaignSegmentContactsResponse200.from_dict(response.json())

            return response_200

    def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
    ) -> Iterator[ContactListItem]:
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
            items = result.subscribers.data
            yield from items
            seen += len(items)
            if not items or seen >= result.subscribers.total:
                return
            page += 1

    def draft(
        self,
        id: int,
        *,
        body: CampaignRecipientsInput | Unset = UNSET,
    ) -> DraftCampaignRecipientsResponse200:
        """Choose a campaign's recipients (``POST /campaigns/{id}/draft-recipients``).

        Stores the recipient selection in the campaign's settings, counts the matching contacts into
        `recipients_count`, removes any e-mails already prepared and puts the campaign back to `draft`. A selection
        that matches nobody is refused with 422; an empty body uses the default (all contacts). The prose
        documentation differs: `subscribers` is an object. `subscribers` is an array of `{list, tag}` rows, as the
        editor sends it. (See `x-doc-differences` for the rest.) Sending no `subscribers` stores `subscribers: null`,
        which later crashes the count and segment routes (see those operations).

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to include and
                exclude, or another filter. Every key is optional; an empty selection means every subscribed
                contact.

        Returns:
            DraftCampaignRecipientsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _draft_campaign_recipients._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = DraftCampaignRecipientsResponse200.from_dict(response.json())

            return response_200

    def count(
        self,
        id: int,
    ) -> CountCampaignRecipientsResponse200:
        """Count a campaign's recipients (``GET /campaigns/{id}/estimated-recipients-count``).

        Counts the contacts the campaign's stored selection matches now. The prose documentation differs: the example
        bodies have no `__bench`. The server adds `__bench` (seconds spent) to the body.

        **Fault (stored state):** a stored selection the free plugin cannot resolve (`subscribers: null`, which `POST /campaigns/{id}/draft-recipients` without a selection stores, or `sending_filter` `dynamic_segment`, a Pro feature) makes FluentCRM 2.9.84 crash here with 500 (`Call to a member function count() on null`, CampaignController.php:310 / Campaign.php:223) until a selection is stored again. The trigger is the stored campaign, not the request, so it is not in `x-fluentcrm-faults`; a client avoids it by always sending a `list_tag` selection with `subscribers` to `draft-recipients`. The emulator answers 422 `{"message": "The campaign has no recipient selection"}` instead.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            CountCampaignRecipientsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _count_campaign_recipients._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = CountCampaignRecipientsResponse200.from_dict(response.json())

            return response_200

    def subscribe(
        self,
        id: int,
        *,
        body: CampaignSubscribeInput | Unset = UNSET,
    ) -> SubscribeCampaignRecipientsResponse200:
        """Add recipients page by page (broken) (``POST /campaigns/{id}/subscribe``).

        Meant to turn the recipient selection into campaign e-mails one page at a time. **Fault:** in FluentCRM 2.9.84
        it never adds anyone and always answers 422 `Sorry, No subscribers found based on your filters`, even for a
        selection that `draft-recipients` counts; use `draft-recipients` and `schedule` instead. Even so, the first
        page (`page` 1 or none) is not harmless: before it counts, it deletes the campaign's prepared e-mails and
        stores the selection in the campaign's `settings` (a later crash or 422 does not undo that). The 200 shape is
        FluentCRM's success answer, never observed. The prose documentation does not describe this route.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignSubscribeInput | Unset): A recipient selection and the page of it to add.

        Returns:
            SubscribeCampaignRecipientsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _subscribe_campaign_recipients._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = SubscribeCampaignRecipientsResponse200.from_dict(response.json())

            return response_200


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


class Docs:
    """``crm.docs``: ``list``, ``addons``, ``get``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
    ) -> DocsIndexResponse:
        """FluentCRM's online documentation (``GET /docs``).

        Fetches the articles of FluentCRM's documentation from fluentcrm.com (cached for a week) for the in-app help.
        When fluentcrm.com cannot be reached the list is empty; that is not an error.

        The prose documentation shows a body with `docs` only; the server adds `__bench`.

        Returns:
            DocsIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_docs._get_kwargs())
        with parsing(response):
            response_200 = DocsIndexResponse.from_dict(response.json())

            return response_200

    def addons(
        self,
        *,
        with_: builtins.list[GetAddonsWithItem] | Unset = UNSET,
    ) -> AddonsResponse:
        """Companion plugins (``GET /docs/addons``).

        Lists the companion plugins the admin screens recommend (Fluent Forms, Fluent SMTP, Fluent Support, Fluent
        Connect), whether each is active, and where to get or configure it. `with[]=experimental_features` adds the
        site's experimental settings.

        The prose documentation says: Three companion plugins (Fluent Forms, Fluent SMTP, Fluent Support). The server
        differs: A fourth, `fluentconnect` (Fluent Connect), is listed too, and the body carries `__bench`.

        Args:
            with_ (list[GetAddonsWithItem] | Unset): `experimental_features` adds the experimental settings.

        Returns:
            AddonsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_addons._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = AddonsResponse.from_dict(response.json())

            return response_200

    def get(
        self,
        id: str,
    ) -> DocFetched | DocUnavailable:
        """One documentation article (``GET /docs/{id}``).

        Fetches one article from fluentcrm.com by its id. When it cannot be fetched the answer is still 200, with an
        apology in `content` and `is_error: true`.

        The id `0` crashes FluentCRM 2.9.84 (500): the framework drops a path value of `"0"` before calling the
        controller. `00` and other ids are served normally. The emulator answers 400 for `0`.

        The prose documentation says: Any integer id is accepted. The server differs: The id `0` crashes the server
        (500).

        Args:
            id (str): The article's id on fluentcrm.com.

        Returns:
            DocFetched | DocUnavailable: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_doc._get_kwargs(
                id=id,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> DocFetched | DocUnavailable:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_doc_response_doc_fetched = DocFetched.from_dict(data)

                    return componentsschemas_doc_response_doc_fetched
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_doc_response_doc_unavailable = DocUnavailable.from_dict(data)

                return componentsschemas_doc_response_doc_unavailable

            response_200 = _parse_response_200(response.json())

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
        subscriber_id: str,
        *,
        per_page: int = 100,
    ) -> Iterator[FunnelSubscriber]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                subscriber_id,
                page=page,
                per_page=per_page,
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
        id: int,
        *,
        per_page: int = 100,
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
                id,
                page=page,
                per_page=per_page,
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


class Imports:
    """``crm.imports``: ``upload_csv``, ``import_csv``, ``import_users``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm
        self.drivers = ImportsDrivers(crm)

    def upload_csv(
        self,
        *,
        body: CsvUploadInput,
    ) -> CsvUploadResponse:
        """Stage a CSV file for import (``POST /import/csv-upload``).

        Stores a CSV file on the server and proposes a mapping of its columns, the first step of a CSV import. Pass
        the returned `file` and a (possibly edited) `map` to `POST /import/csv-import`. With `type=company` the
        columns are mapped to company fields instead (for the company import of the company module).

        A part that is not a CSV file (a name without a `.csv` or `.txt` extension, or binary content) is refused with
        422 `{"file": {"mimetypes": "The file must be a valid CSV."}}`. A request without a file is not refused: the
        answer is 200 with `file: null`, no headers and an empty map. The answer has no `__bench`.

        The prose documentation says: `file` is required. The server differs: Without a file the server answers 200
        with `file: null`, no headers and an empty map. The prose documentation says: A file that is not a CSV gives
        422 `{"message": "The file must be a valid CSV."}`. The server differs: The 422 body is a validation map:
        `{"file": {"mimetypes": "The file must be a valid CSV."}}`.

        Args:
            body (CsvUploadInput): The CSV file to stage for an import, as `multipart/form-data`.

        Returns:
            CsvUploadResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _upload_import_csv._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CsvUploadResponse.from_dict(response.json())

            return response_200

    def import_csv(
        self,
        *,
        body: CsvImportInput,
    ) -> CsvImportResponse:
        """Import contacts from a staged CSV file (``POST /import/csv-import``).

        Imports one page (500 rows) of a file staged with `POST /import/csv-upload`, mapping columns as `map` says.
        Rows with an invalid e-mail are reported in `invalid_contacts`, and a repeated e-mail is dropped silently. A
        contact whose e-mail already exists is updated only with `update: true` (the string `"yes"` does not update).
        Call again with the next `importing_page` while `has_more` is true; once the last page is done the server
        deletes the staged file, so importing it again fails.

        Errors: a missing `file` gives 422 `The array can not be empty`; a `file` that is not staged (or was already
        imported) and a `map` that is not a list give 422 `Expected data must be a string or stringable`; a `map`
        without an `email` column gives 422 `{"email": "The email field is required."}`.

        The prose documentation says: Records are processed 100 per request. The server differs: A page holds 500 rows
        (`total_page` counts pages of 500). The prose documentation says: A missing `email` mapping gives 422
        `{"message": "The email field is required."}`. The server differs: The body is `{"email": "The email field is
        required."}`.

        Args:
            body (CsvImportInput): Import one page (500 rows) of a staged CSV file. Repeat with `importing_page`
                increased while `has_more` is true.

        Returns:
            CsvImportResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _import_csv._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CsvImportResponse.from_dict(response.json())

            return response_200

    def import_users(
        self,
        *,
        body: UserImportInput | Unset = UNSET,
    ) -> UserImportProgress:
        """Import WordPress users as contacts (``POST /import/users``).

        Imports one page (100 users) of the WordPress users with the given `roles` (every role when `roles` is empty
        or missing) as contacts with source `wp_users`, linked to their user. Existing contacts are updated only with
        `update: true`. Call again with the next `page` while `has_more` is true.

        FluentCRM 2.9.84 sets `has_more` whenever the page held users, so it is `true` even when that page finished
        the import (1 user of 1); only the following, empty page answers `false`.

        The prose documentation says: `has_more` tells whether another page has to be imported. The server differs:
        `has_more` is `true` for every page that held users, the last one included; the next, empty page says `false`.
        The prose documentation says: `roles` and `new_status` are required. The server differs: Without `roles` users
        of every role are imported; an empty body is accepted.

        Args:
            body (UserImportInput | Unset): Import one page (100 users) of WordPress users with the given roles
                as contacts.

        Returns:
            UserImportProgress: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _import_users._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = UserImportProgress.from_dict(response.json())

            return response_200


class ImportsDrivers:
    """``crm.imports.drivers``: ``list``, ``get``, ``run``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
    ) -> ImportDriversResponse:
        """Import sources (``GET /import/drivers``).

        Lists the sources contacts can be imported from: `csv` (a CSV file) and `users` (WordPress users) on the free
        plugin, and more (FluentCart, LMS and membership plugins) where those are installed.

        Returns:
            ImportDriversResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_import_drivers._get_kwargs())
        with parsing(response):
            response_200 = ImportDriversResponse.from_dict(response.json())

            return response_200

    def get(
        self,
        driver: str,
        *,
        summary: str | Unset = UNSET,
        configroles: builtins.list[str] | Unset = UNSET,
    ) -> UserImportDriver | UserImportSummary:
        """An import source's form, or a preview (``GET /import/drivers/{driver}``).

        For `users`, returns the form of the WordPress-user import (the roles to choose from and the wizard's button
        labels), or, with `summary=1`, a preview: up to five users with the roles in `config[roles][]` (every role
        when none is given) and their total, without `__bench`. Any other driver, `csv` included, gives 422 `Sorry no
        driver found for this import` on the free plugin.

        The prose documentation says: `csv` is an example of a driver this route serves. The server differs: `csv`
        gives 422 `Sorry no driver found for this import`; only `users` is served.

        Args:
            driver (str): The import driver. Only `users` (WordPress users) exists on the free plugin; `csv` is
                listed by `GET /import/drivers` but served by the `/import/csv-*` routes, so here it is unknown like
                any other name (422).
            summary (str | Unset): Any non-empty value returns the preview instead of the form.
            configroles (list[str] | Unset): The roles to preview (with `summary`).

        Returns:
            UserImportDriver | UserImportSummary: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_import_driver._get_kwargs(
                driver=driver,
                summary=summary,
                configroles=configroles,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> UserImportDriver | UserImportSummary:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = UserImportDriver.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = UserImportSummary.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

    def run(
        self,
        driver: str,
        *,
        body: ImportDriverRunInput,
    ) -> UserImportProgress:
        """Import one page through an import source (``POST /import/drivers/{driver}``).

        Imports one page (100 users) through a driver; on the free plugin only `users`, which works like `POST
        /import/users` but reads its settings from `config` (the status under `status`) and the page from
        `importing_page`, and answers without `message`. `has_more` has the same flaw: it is `true` for the last page
        that held users. Another driver gives 422.

        FluentCRM 2.9.84 crashes (500) when `importing_page` is missing (it subtracts from an empty string) and when
        `config` is missing; the emulator answers 400 for both.

        The prose documentation says: `importing_page` is optional; call repeatedly with an incrementing page. The
        server differs: Without `importing_page` the server crashes with 500. The prose documentation says: `has_more`
        is `true` if more batches remain. The server differs: `has_more` is `true` for every page that held users, the
        last one included.

        Args:
            driver (str): The import driver. Only `users` (WordPress users) exists on the free plugin; `csv` is
                listed by `GET /import/drivers` but served by the `/import/csv-*` routes, so here it is unknown like
                any other name (422).
            body (ImportDriverRunInput): One page of an import through a driver (only `users` exists on the free
                plugin).

        Returns:
            UserImportProgress: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _run_import_driver._get_kwargs(
                driver=driver,
                body=body,
            )
        )
        with parsing(response):
            response_200 = UserImportProgress.from_dict(response.json())

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


class Migrators:
    """``crm.migrators``: ``list``, ``verify_credentials``, ``list_tag_mappings``, ``summary``, ``run_import``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
    ) -> MigratorDriversResponse:
        """Services contacts can be migrated from (``GET /migrators``).

        Lists the hosted e-mail services FluentCRM can copy contacts, tags and lists from (Mailchimp, ConvertKit,
        MailerLite, Drip, ActiveCampaign), with what each can carry over and the credentials it needs. The driver keys
        are case-sensitive and are what the other `/migrators` routes take as `driver`.

        The prose documentation says: `credentials` maps each credential to its form field (`label`, `type`,
        `placeholder`). The server differs: `credentials` maps each credential to an empty default string; the form
        fields are in `credential_fields`, next to `supports`, `refresh_on_list_change` and `doc_url`.

        Returns:
            MigratorDriversResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_migrators._get_kwargs())
        with parsing(response):
            response_200 = MigratorDriversResponse.from_dict(response.json())

            return response_200

    def verify_credentials(
        self,
        *,
        body: MigratorInput,
    ) -> MessageWithBench:
        """Check an account's credentials (``POST /migrators/verify-cred``).

        Asks the remote service whether `credential` opens the account, before a migration. Answers `Your provided API
        key is valid` when it does; a refusal, an unreachable service and an unknown `driver` give 422 with the
        reason. A Mailchimp key without its data-centre suffix gives 423.

        The prose documentation says: Invalid credentials give 422. The server differs: A Mailchimp key without its
        `-<datacenter>` suffix (or an empty one) gives 423 with the client library's message.

        Args:
            body (MigratorInput): Which migrator to use and the account to read from. The remaining keys
                (`map_settings`, `tags`, `lists`,
                `import_page`, ...) depend on the migrator and are passed to it unchanged.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _verify_migrator_credentials._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def list_tag_mappings(
        self,
        *,
        driver: GetMigratorListTagMappingsDriver,
        credential: GetMigratorListTagMappingsCredential | Unset = UNSET,
    ) -> MigratorMappingsResponse:
        """Remote tags, lists and fields to map (``GET /migrators/list-tag-mappings``).

        Reads the tags (and lists, for Mailchimp) and contact fields of the remote account, with the FluentCRM fields
        they can be mapped to, so that the migration can be configured. The driver and the credentials are query
        parameters (`credential[api_key]=...`). The shape of `options` differs per service; where the service cannot
        be reached some migrators still answer 200 with empty or blank entries, others 422.

        The prose documentation says: `options` holds `lists` and `tags` as `{id, name}` pairs. The server differs:
        `options` holds `tags` (and `lists` for Mailchimp) as mapping rows, plus `contact_fields`, `contact_fillables`
        and, for some services, `all_ready`.

        Args:
            driver (GetMigratorListTagMappingsDriver): A key of `GET /migrators`.
            credential (GetMigratorListTagMappingsCredential | Unset): The account's credentials, as
                `credential[<key>]=<value>`.

        Returns:
            MigratorMappingsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_migrator_list_tag_mappings._get_kwargs(
                driver=driver,
                credential=credential,
            )
        )
        with parsing(response):
            response_200 = MigratorMappingsResponse.from_dict(response.json())

            return response_200

    def summary(
        self,
        *,
        body: MigratorInput,
    ) -> MigratorSummaryResponse:
        """Preview a migration (``POST /migrators/summary``).

        Counts what a migration with the given `map_settings` would import from the remote account and says so in a
        sentence. Nothing is imported.

        The prose documentation says: `import_summary` holds `total_contacts` and the selected `lists` and `tags` with
        their counts. The server differs: `import_summary` holds `subscribed_count`, `unsubscribed_count`, `all_count`
        and a `message`.

        Args:
            body (MigratorInput): Which migrator to use and the account to read from. The remaining keys
                (`map_settings`, `tags`, `lists`,
                `import_page`, ...) depend on the migrator and are passed to it unchanged.

        Returns:
            MigratorSummaryResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_migrator_import_summary._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MigratorSummaryResponse.from_dict(response.json())

            return response_200

    def run_import(
        self,
        *,
        body: MigratorInput,
    ) -> MigratorImportResponse:
        """Migrate one batch of contacts (``POST /migrators/import``).

        Copies one batch of contacts from the remote account into FluentCRM as `map_settings` says (tags and lists are
        created as needed). Call again while `import_info.has_more` is true. Services that need a tag selection answer
        422 `No Tag found based on your selection` without one.

        The prose documentation says: `import_info` holds `inserted`, `updated`, `skipped`, `total` and a `message`.
        The server differs: `import_info` holds `completed`, `total` (`null` when the service reported nothing) and
        `has_more`.

        Args:
            body (MigratorInput): Which migrator to use and the account to read from. The remaining keys
                (`map_settings`, `tags`, `lists`,
                `import_page`, ...) depend on the migrator and are passed to it unchanged.

        Returns:
            MigratorImportResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _run_migrator_import._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MigratorImportResponse.from_dict(response.json())

            return response_200


class Reports:
    """``crm.reports``: ``dashboard_stats``, ``subscriber_growth``, ``email_sent_stats``, ``email_open_stats``, ``email_click_stats``, ``options``, ``ajax_options``, ``taxonomy_terms``, ``cascade_selections``, ``advanced_providers``, ``ping``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm
        self.emails = ReportsEmails(crm)

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

    def options(
        self,
        *,
        fields: str,
        with_count: builtins.list[GetReportOptionsWithCountItem] | Unset = UNSET,
    ) -> ReportOptionsResponse:
        """Option lists for the admin screens (``GET /reports/options``).

        Returns the option lists named in `fields` (comma-separated): `lists`, `tags`, `campaigns`, `statuses`,
        `editable_statuses`, `contact_types`, `email_sequences`, `automation_funnels`, `segments`, `countries`,
        `custom_fields`, `profile_sections`, `sampleCsv`, `user_roles_options`, and more on sites with add-ons. Names
        the server does not know are skipped without an error; when none is known, `options` is the empty JSON array
        `[]`. `with_count[]=lists` adds to each list the number of its subscribed contacts.

        Without `fields` (or with `fields=0`, which PHP counts as empty) the server answers 422 `Missing requested
        fields field.`. `fields` must be one string: sent as an array (`fields[]=lists`), FluentCRM 2.9.84 crashes
        (500).

        The prose documentation says: `options` is an object keyed by the requested fields. The server differs: When
        no requested field is known, `options` is the empty JSON array `[]`. The prose documentation says: A status
        option is `{id, title}`. The server differs: Status, type and role options also carry `slug`.

        Args:
            fields (str): Not empty and not `0` (PHP counts both as missing).
            with_count (list[GetReportOptionsWithCountItem] | Unset): `lists` adds `subscribersCount` to each
                list.

        Returns:
            ReportOptionsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_report_options._get_kwargs(
                fields=fields,
                with_count=with_count,
            )
        )
        with parsing(response):
            response_200 = ReportOptionsResponse.from_dict(response.json())

            return response_200

    def ajax_options(
        self,
        *,
        option_key: str | Unset = UNSET,
        sub_option_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        values: builtins.list[str] | Unset = UNSET,
    ) -> IdTitleOptionsResponse:
        """Search records for a selector (``GET /reports/ajax-options``).

        Searches one kind of record for the searchable drop-downs of the admin screens and answers `{id, title}`
        choices. `option_key` picks the kind: `campaigns` (titles suffixed with ` - <id>`, integer ids), `post_type`
        (posts of the type in `sub_option_key`, ids as numeric strings), `users` (WordPress users), and more kinds
        that add-ons register. An unknown or missing `option_key`, or one sent as an array, gives an empty list.

        The prose documentation says: `option_key` is required. The server differs: Without `option_key` the server
        answers 200 with an empty `options` list.

        Args:
            option_key (str | Unset): The kind of record to search.
            sub_option_key (str | Unset): For `post_type`, the post type (`post`, `page`, ...).
            search (str | Unset): Text the titles must contain.
            values (list[str] | Unset): Ids that must be among the choices even if they do not match `search`
                (already selected values).

        Returns:
            IdTitleOptionsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_ajax_options._get_kwargs(
                option_key=option_key,
                sub_option_key=sub_option_key,
                search=search,
                values=values,
            )
        )
        with parsing(response):
            response_200 = IdTitleOptionsResponse.from_dict(response.json())

            return response_200

    def taxonomy_terms(
        self,
        *,
        taxonomy: str | Unset = "category",
    ) -> TaxonomyTermsResponse:
        """Terms of a WordPress taxonomy (``GET /reports/taxonomy-terms``).

        Lists the terms of a WordPress taxonomy (post categories, tags, product categories, ...) as `{id, title}`
        choices, `id` being the term id as a numeric string. A taxonomy that does not exist gives an empty list.
        Without `taxonomy`, and when it is sent as an array, the server lists the terms of `category`.

        The prose documentation says: `taxonomy` is required. The server differs: Without `taxonomy` the server lists
        the terms of `category`.

        Args:
            taxonomy (str | Unset): The taxonomy's name. Default: 'category'.

        Returns:
            TaxonomyTermsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_taxonomy_terms._get_kwargs(
                taxonomy=taxonomy,
            )
        )
        with parsing(response):
            response_200 = TaxonomyTermsResponse.from_dict(response.json())

            return response_200

    def cascade_selections(
        self,
        *,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> CascadeSelectionsResponse:
        """Choices of a cascading selector (``GET /reports/cascade_selections``).

        Returns one page of the choices a `provider` offers for the cascading drop-downs of segment and automation
        conditions. Every provider comes from an add-on; on the free plugin no provider answers, so `options` is
        empty, whatever `provider` is or whether it is sent, and `has_more` is nevertheless `true`.

        The prose documentation says: `provider` is required. The server differs: Without `provider` the server
        answers 200 with no options.

        Args:
            provider (str | Unset): The provider registered by an add-on.
            search (str | Unset): Text to filter the choices by, passed to the provider.

        Returns:
            CascadeSelectionsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_cascade_selections._get_kwargs(
                provider=provider,
                search=search,
            )
        )
        with parsing(response):
            response_200 = CascadeSelectionsResponse.from_dict(response.json())

            return response_200

    def advanced_providers(
        self,
    ) -> AdvancedProvidersResponse:
        """Advanced report providers (``GET /reports/advanced-providers``).

        Lists the advanced report providers that add-ons register (commerce and LMS reports of FluentCRM Pro). The
        free plugin registers none, so `providers` is the empty JSON array `[]`.

        The prose documentation says: The body holds only `providers`. The server differs: The body also holds
        `__bench`.

        Returns:
            AdvancedProvidersResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_get_advanced_report_providers._get_kwargs())
        with parsing(response):
            response_200 = AdvancedProvidersResponse.from_dict(response.json())

            return response_200

    def ping(
        self,
    ) -> MessageWithBench:
        """Check that the API answers (``GET /reports/ping``).

        Answers `pong`. The admin screens call it to see whether the REST API is reachable and the user is signed in;
        it reads nothing and changes nothing.

        The prose documentation says: The body holds only `message`. The server differs: The body also holds
        `__bench`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_ping_reports._get_kwargs())
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class ReportsEmails:
    """``crm.reports.emails``: ``list``, ``delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        status: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ReportEmailsResponse:
        """Campaign e-mail history (``GET /reports/emails``).

        Pages through every campaign e-mail (the `fc_campaign_emails` table), latest `scheduled_at` first, each with
        its contact and its campaign; `status` keeps one delivery state only. When the request carries `page=1` the
        answer also counts the e-mails of each status over the whole table (`statuses`, numeric strings); without
        `page`, or for any other page, `statuses` is `null`.

        `per_page=0` crashes FluentCRM 2.9.84 (500, a division by zero in the paginator); a negative `per_page` is
        echoed and gives an empty page. The emulator answers 400 for both.

        The prose documentation says: `campaign_id`, `subscriber_id`, `is_open` and `click_counter` are integers, and
        `statuses` counts are integers. The server differs: They are numeric strings (`"1"`), as are the `statuses`
        counts; only `id` is an integer. The prose documentation says: `statuses` is an object of counts on page 1,
        `null` otherwise. The server differs: On page 1 of an empty table (or a status that matches nothing)
        `statuses` is the empty JSON array `[]`. The prose documentation says: The body holds `emails` and `statuses`.
        The server differs: The body also holds `__bench`.

        Args:
            status (str | Unset): Only e-mails with this delivery status (`draft`, `pending`, `scheduled`,
                `sending`, `sent`, `failed`).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ReportEmailsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_report_emails._get_kwargs(
                status=status,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ReportEmailsResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        status: str | Unset = UNSET,
    ) -> Iterator[ReportEmail]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = self.list(
                page=page,
                per_page=per_page,
                status=status,
            )
            items = result.emails.data
            yield from items
            seen += len(items)
            if not items or seen >= result.emails.total:
                return
            page += 1

    def delete(
        self,
        *,
        body: ReportEmailsDeleteInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete campaign e-mails (``DELETE /reports/emails``).

        Deletes the campaign e-mails whose ids are in `email_ids`, whichever campaign they belong to. Ids that match
        nothing, an empty list and a missing `email_ids` are not errors: the answer is the same confirmation. An
        `email_ids` that is not a list crashes FluentCRM 2.9.84 (500); the emulator answers 400.

        The prose documentation says: The answer is `Selected emails have been deleted`. The server differs: The
        answer is `Selected emails has been deleted`, with `__bench`. The prose documentation says: `email_ids` is
        required. The server differs: Without `email_ids` (or with an empty body) the server answers the same 200 and
        deletes nothing.

        Args:
            body (ReportEmailsDeleteInput | Unset): The e-mails to delete, by id, from any campaign.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_report_emails._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class Settings:
    """``crm.settings``: ``get``, ``update``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm
        self.activity_logs = SettingsActivityLogs(crm)
        self.auto_subscribe = SettingsAutoSubscribe(crm)
        self.bounce_handlers = SettingsBounceHandlers(crm)
        self.compliance = SettingsCompliance(crm)
        self.cron = SettingsCron(crm)
        self.diagnostics = SettingsDiagnostics(crm)
        self.double_optin = SettingsDoubleOptin(crm)
        self.experiments = SettingsExperiments(crm)
        self.integrations = SettingsIntegrations(crm)
        self.old_logs = SettingsOldLogs(crm)
        self.rest_keys = SettingsRestKeys(crm)
        self.setup = SettingsSetup(crm)
        self.system_logs = SettingsSystemLogs(crm)

    def get(
        self,
        *,
        settings_keys: builtins.list[str] | Unset = UNSET,
    ) -> GlobalSettingsResponse:
        """Read entries of the global settings (``GET /setting``).

        Returns the entries of FluentCRM's global settings option named by `settings_keys[]`. `email_settings` is
        computed on every read and always has all its keys (defaults until saved); every other name is answered only
        when an entry of that name is stored, as it was saved. Unknown names are left out, and a request without
        `settings_keys[]` gets only `__bench`.

        Args:
            settings_keys (list[str] | Unset): Names of the entries to return, such as `email_settings`,
                `business_settings`, `campaign` or `email`.

        Returns:
            GlobalSettingsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_global_settings._get_kwargs(
                settings_keys=settings_keys,
            )
        )
        with parsing(response):
            response_200 = GlobalSettingsResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        *,
        body: GlobalSettingsInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Merge entries into the global settings (``PUT /setting``).

        Stores each entry of `settings` under its name in the global settings option, replacing that entry as a whole
        and keeping the others. Nothing is checked except that an `email_settings.email_footer` must contain
        `##crm.unsubscribe_url##` or `##crm.manage_subscription_url##` (422 otherwise, and nothing is stored). A body
        without `settings` stores nothing and still answers `Settings Updated`; a `settings` that is a string is
        stored under the entry name `0`.

        Args:
            body (GlobalSettingsInput | Unset): Entries to merge into the global settings option. Each key of
                `settings` replaces the stored entry of that name
                as a whole; keys not sent stay as they are. An `email_settings.email_footer` without an unsubscribe
                or
                subscription-management link is refused with 422.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_global_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class SettingsActivityLogs:
    """``crm.settings.activity_logs``: ``list``, ``clear``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
    ) -> ActivityLogsResponse:
        """List the activity log (``GET /setting/activity-logs``).

        One page of the activity log, newest first; `search` matches the action or the description. Until the
        `activity_log` experiment was first switched on, the table does not exist and the answer is 423 with the SQL
        error. `per_page` is echoed as sent, as on the system log.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Text to find in the action or description.

        Returns:
            ActivityLogsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_activity_logs._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
            )
        )
        with parsing(response):
            response_200 = ActivityLogsResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
    ) -> Iterator[ActivityLogEntry]:
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
            )
            items = result.logs.data
            yield from items
            seen += len(items)
            if not items or seen >= result.logs.total:
                return
            page += 1

    def clear(
        self,
    ) -> MessageWithBench:
        """Delete the whole activity log (``GET /setting/activity-logs/reset``).

        Deletes every activity log row, although the method is GET. Answers 423 while the activity log was never
        enabled (its table does not exist).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_clear_activity_logs._get_kwargs())
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class SettingsAutoSubscribe:
    """``crm.settings.auto_subscribe``: ``get``, ``update``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def get(
        self,
        *,
        with_: builtins.list[GetAutoSubscribeSettingsWithItem] | Unset = UNSET,
    ) -> AutoSubscribeResponse:
        """Read the automatic-subscription settings (``GET /setting/auto_subscribe_settings``).

        Returns how WordPress users and commenters become contacts: sign-up, comment-form and user-sync settings and
        the role-based tagging (each with FluentCRM's defaults until saved). `with[]=fields` adds the four form
        sections the admin screen draws. With WooCommerce active two more keys (`woo_checkout_*`) appear.

        Args:
            with_ (list[GetAutoSubscribeSettingsWithItem] | Unset): `fields` adds the form sections.

        Returns:
            AutoSubscribeResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_auto_subscribe_settings._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = AutoSubscribeResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        *,
        body: AutoSubscribeInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Store the automatic-subscription settings (``POST /setting/auto_subscribe_settings``).

        Stores `registration_setting`, `comment_settings` and `user_syncing_settings` as sent, each replacing the
        stored object; one left out is stored empty and reads back as its defaults. `role_based_tagging_settings` is
        only saved by FluentCRM Pro. Nothing is validated.

        Args:
            body (AutoSubscribeInput | Unset): The three settings objects the free plugin saves. Each one is
                stored as sent, replacing the stored object; one
                that is left out is stored as an empty object, which reads back as the defaults.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_auto_subscribe_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class SettingsBounceHandlers:
    """``crm.settings.bounce_handlers``: ``get``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def get(
        self,
    ) -> BounceConfigsResponse:
        """Read the bounce-handler webhook URLs (``GET /setting/bounce_configs``).

        Returns, for each supported e-mail service, the webhook URL that reports bounces and complaints back to this
        site, and whether FluentSMTP is installed (`false` when not). The URLs carry the site's secret bounce key.

        Not a pure read: the first call on a site creates that key and stores it.

        Returns:
            BounceConfigsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_get_bounce_configs._get_kwargs())
        with parsing(response):
            response_200 = BounceConfigsResponse.from_dict(response.json())

            return response_200


class SettingsCompliance:
    """``crm.settings.compliance``: ``get``, ``update``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def get(
        self,
    ) -> GetComplianceSettingsResponse200:
        """Read the compliance settings (``GET /setting/compliance``).

        Returns the six privacy and compliance switches, each `yes` or `no`, defaults included.

        Returns:
            GetComplianceSettingsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_get_compliance_settings._get_kwargs())
        with parsing(response):
            response_200 = GetComplianceSettingsResponse200.from_dict(response.json())

            return response_200

    def update(
        self,
        *,
        body: ComplianceSettingsInput | ComplianceSettingsInput | Unset = UNSET,
    ) -> ComplianceSaveResponse:
        """Store the compliance settings (``POST /setting/compliance``).

        Replaces the stored switches with the known keys sent at the top level of the body (unknown keys are dropped,
        values are stored as text) and echoes what was stored. A key left out falls back to its default on the next
        read. Nothing is validated.

        Args:
            body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level of the
                body. The stored option is replaced by the known keys
                that were sent: a key left out falls back to its default.
            body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level of the
                body. The stored option is replaced by the known keys
                that were sent: a key left out falls back to its default.

        Returns:
            ComplianceSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_compliance_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = ComplianceSaveResponse.from_dict(response.json())

            return response_200


class SettingsCron:
    """``crm.settings.cron``: ``status``, ``run``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def status(
        self,
    ) -> CronStatus:
        """Read the state of the background tasks (``GET /setting/cron_status``).

        Lists FluentCRM's three recurring tasks (every minute, every five minutes, hourly) with when they run next and
        whether they are overdue, and the PHP limits of the server.

        The second task is labelled with the hourly hook's name although it is the five-minute task; to run it with
        `POST /setting/run_cron`, use `fluentcrm_scheduled_five_minute_tasks`. The prose documentation repeats the
        wrong name and shows `usage_percent` as a number; the server sends a string.

        Returns:
            CronStatus: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_get_cron_status._get_kwargs())
        with parsing(response):
            response_200 = CronStatus.from_dict(response.json())

            return response_200

    def run(
        self,
        *,
        body: RunCronInput | RunCronInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Run a background task now (``POST /setting/run_cron``).

        Runs one of the three recurring tasks at once, as WordPress's cron would: sending due e-mails, processing
        scheduled campaigns or running automations. Any other hook name, or none, is refused with 422.

        Args:
            body (RunCronInput): The background task to run now.
            body (RunCronInput): The background task to run now.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _run_cron_task._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class SettingsDiagnostics:
    """``crm.settings.diagnostics``: ``echo_get``, ``echo_put``, ``echo_post``, ``echo_delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def echo_get(
        self,
        *,
        probe: str | Unset = UNSET,
    ) -> RequestEchoResponse:
        """Echo the request (GET) (``GET /setting/test``).

        A diagnostic that changes nothing: it answers `Valid` with every parameter FluentCRM read from the request, so
        a client can check that its requests arrive and how they are parsed. Query values arrive as strings, `b[]=x`
        as an array. The four methods of `/setting/test` behave alike.

        Args:
            probe (str | Unset): Any parameter; it is echoed back in `params`.

        Returns:
            RequestEchoResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _echo_test_get._get_kwargs(
                probe=probe,
            )
        )
        with parsing(response):
            response_200 = RequestEchoResponse.from_dict(response.json())

            return response_200

    def echo_put(
        self,
        *,
        body: EchoTestPutBody | Unset = UNSET,
    ) -> RequestEchoResponse:
        """Echo the request (PUT) (``PUT /setting/test``).

        The diagnostic echo with a body. JSON values keep their types.

        Args:
            body (EchoTestPutBody | Unset):

        Returns:
            RequestEchoResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _echo_test_put._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = RequestEchoResponse.from_dict(response.json())

            return response_200

    def echo_post(
        self,
        *,
        body: EchoTestPostDataBody | EchoTestPostJsonBody | Unset = UNSET,
    ) -> RequestEchoResponse:
        """Echo the request (POST) (``POST /setting/test``).

        The diagnostic echo with a body. Form values arrive as strings, `arr[0]=p` as an array.

        Args:
            body (EchoTestPostDataBody | Unset):
            body (EchoTestPostJsonBody | Unset):

        Returns:
            RequestEchoResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _echo_test_post._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = RequestEchoResponse.from_dict(response.json())

            return response_200

    def echo_delete(
        self,
        *,
        probe: str | Unset = UNSET,
    ) -> RequestEchoResponse:
        """Echo the request (DELETE) (``DELETE /setting/test``).

        The diagnostic echo; nothing is deleted.

        Args:
            probe (str | Unset): Any parameter; it is echoed back in `params`.

        Returns:
            RequestEchoResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _echo_test_delete._get_kwargs(
                probe=probe,
            )
        )
        with parsing(response):
            response_200 = RequestEchoResponse.from_dict(response.json())

            return response_200


class SettingsDoubleOptin:
    """``crm.settings.double_optin``: ``get``, ``update``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def get(
        self,
        *,
        list_id: int | Unset = UNSET,
        with_: builtins.list[GetDoubleOptinSettingsWithItem] | Unset = UNSET,
    ) -> DoubleOptinResponse:
        """Read the double opt-in settings (``GET /setting/double-optin``).

        Returns the double opt-in e-mail and the after-confirmation behaviour: the global settings, or with `list_id`
        those of one list (the global ones when the list has none of its own, which is also what an unknown list id
        gets). With `list_id` the answer also says whether the list follows the global settings
        (`global_double_optin`, `yes` by default). `with[]=settings_fields` adds the description of the form.

        Args:
            list_id (int | Unset): A list whose own settings to read.
            with_ (list[GetDoubleOptinSettingsWithItem] | Unset): `settings_fields` adds the form description.

        Returns:
            DoubleOptinResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_double_optin_settings._get_kwargs(
                list_id=list_id,
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = DoubleOptinResponse.from_dict(response.json())

            return response_200

    def update(
        self,
        *,
        body: DoubleOptinSaveInput,
    ) -> MessageWithBench:
        """Store the double opt-in settings (``PUT /setting/double-optin``).

        Stores `settings` as sent, globally or with `list_id` for one list (plus that list's `global_double_optin`).
        `email_subject`, `email_body` and `after_confirm_message` are required (422 with one message per field), and
        the body must contain `#activate_link#` or `{{crm.activate_button` (422 otherwise). Settings stored for a list
        outlive the list.

        Without a `settings` object FluentCRM 2.9.84 crashes (500); the emulator answers 422 (`settings` required)
        instead.

        Args:
            body (DoubleOptinSaveInput): What `PUT /setting/double-optin` reads: the `settings` object, and
                optionally the list it belongs to. Without
                `settings` FluentCRM 2.9.84 crashes (500).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_double_optin_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class SettingsExperiments:
    """``crm.settings.experiments``: ``get``, ``update``, ``list_archive_campaigns``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def get(
        self,
    ) -> GetExperimentalSettingsResponse200:
        """Read the experimental feature switches (``GET /setting/experiments``).

        Returns the seventeen switches of the experimental-features screen, defaults included. `company_module`,
        `event_tracking` and `activity_log` turn whole features on (companies, event tracking, the activity log).

        Returns:
            GetExperimentalSettingsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_get_experimental_settings._get_kwargs())
        with parsing(response):
            response_200 = GetExperimentalSettingsResponse200.from_dict(response.json())

            return response_200

    def update(
        self,
        *,
        body: ExperimentalSettingsInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Store the experimental feature switches (``POST /setting/experiments``).

        Replaces the stored switches with the known keys sent at the top level of the body; unknown keys are dropped
        and a key left out falls back to its default. Every value except `campaign_ids` is stored as text, so
        `campaign_max_number` reads back as a string after any save. Switching `company_module`, `event_tracking` or
        `activity_log` to `yes` creates that feature's table; switching it off later keeps the table.

        The prose documentation accepts any further string key (`frontend_portal`, for instance); the server drops
        every key it does not know, and does not say so.

        Args:
            body (ExperimentalSettingsInput | Unset): The switches to store, at the top level of the body. The
                stored option is replaced by the known keys that were
                sent (a key left out falls back to its default); unknown keys are ignored.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_experimental_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def list_archive_campaigns(
        self,
    ) -> ExperimentCampaigns:
        """List every campaign for the campaign archive (``GET /setting/experiments/campaigns``).

        Every e-mail campaign as a plain table row, newest first and unpaginated, to choose the archive's
        `campaign_ids` from.

        Returns:
            ExperimentCampaigns: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_archive_campaigns._get_kwargs())
        with parsing(response):
            response_200 = ExperimentCampaigns.from_dict(response.json())

            return response_200


class SettingsIntegrations:
    """``crm.settings.integrations``: ``list``, ``save``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        with_: builtins.list[ListIntegrationsWithItem] | Unset = UNSET,
    ) -> IntegrationsResponse:
        """List the deep-integration providers (``GET /setting/integrations``).

        Lists the deep integrations (e-commerce and membership plugins) that add-ons register, with their settings;
        `with[]=fields` also asks for their form fields. The free plugin registers none.

        Args:
            with_ (list[ListIntegrationsWithItem] | Unset): `fields` adds each provider's form fields.

        Returns:
            IntegrationsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_integrations._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = IntegrationsResponse.from_dict(response.json())

            return response_200

    def save(
        self,
        *,
        body: IntegrationSaveInput | IntegrationSaveInput | Unset = UNSET,
    ) -> SaveIntegrationResponse200:
        """Save or synchronise a deep integration (``POST /setting/integrations``).

        Hands the request to the add-on that registered `provider`: `action=sync` synchronises, anything else saves
        its settings, and the add-on's answer is returned as it is. Without such an add-on (always on the free plugin)
        the answer is 422 `Sorry, the provided provider does not exist`.

        Args:
            body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its settings. An add-
                on handles the request; without one every
                provider is unknown (422).
            body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its settings. An add-
                on handles the request; without one every
                provider is unknown (422).

        Returns:
            SaveIntegrationResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _save_integration._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = SaveIntegrationResponse200.from_dict(response.json())

            return response_200


class SettingsOldLogs:
    """``crm.settings.old_logs``: ``count``, ``delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def count(
        self,
        *,
        days_before: int,
        selected_logs: builtins.list[CountOldLogsSelectedLogsItem],
    ) -> OldLogCounts:
        """Count log rows older than a number of days (``GET /setting/old_logs``).

        Counts, for each selected log, the rows created before midnight `days_before` days ago. Both parameters are
        required and `days_before` must be a number of at least 7 (422). Counting `activity_logs` before the
        `activity_log` experiment was ever switched on fails with 423, because its table does not exist yet.

        A `selected_logs` that is a single string instead of an array, and a `days_before` so large that the cut-off
        date overflows, crash FluentCRM 2.9.84 (500); the emulator answers 400 instead.

        Args:
            days_before (int): Age limit in days, at least 7. Close to 106751991167300 days (2^63 seconds) the
                cut-off date overflows PHP's integers and FluentCRM 2.9.84 crashes (500); the emulator answers 400.
            selected_logs (list[CountOldLogsSelectedLogsItem]): The logs to count.

        Returns:
            OldLogCounts: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _count_old_logs._get_kwargs(
                days_before=days_before,
                selected_logs=selected_logs,
            )
        )
        with parsing(response):
            response_200 = OldLogCounts.from_dict(response.json())

            return response_200

    def delete(
        self,
        *,
        body: OldLogsInput,
    ) -> OldLogsDeleteResponse:
        """Delete log rows older than a number of days (``DELETE /setting/old_logs``).

        Deletes up to 10,000 rows of each selected log created before midnight `days_before` days ago (sent campaign
        e-mails, clicks, opens, system or activity logs), and says in `has_more` whether older rows remain. The same
        validation as the count applies. Irreversible.

        Args:
            body (OldLogsInput): Which logs, older than how many days. Both are required; `days_before` must be
                a number of at least 7. An
                unknown log name is ignored.

        Returns:
            OldLogsDeleteResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_old_logs._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = OldLogsDeleteResponse.from_dict(response.json())

            return response_200


class SettingsRestKeys:
    """``crm.settings.rest_keys``: ``list``, ``create``, ``delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
    ) -> RestKeysResponse:
        """List REST API keys and who may get one (``GET /setting/rest-keys``).

        Lists the users who may be given a REST key (non-administrators with FluentCRM access, through FluentCRM Pro's
        manager roles) and the WordPress application passwords FluentCRM created for them. Both lists are empty on the
        free plugin.

        Returns:
            RestKeysResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_rest_keys._get_kwargs())
        with parsing(response):
            response_200 = RestKeysResponse.from_dict(response.json())

            return response_200

    def create(
        self,
        *,
        body: RestKeyCreateInput | RestKeyCreateInput | Unset = UNSET,
    ) -> RestKeyCreateResponse:
        """Create a REST API key for a manager (``POST /setting/rest-keys``).

        Creates a WordPress application password named `api_name` for the user `api_user_id` and returns it once, in
        `item.info.api_password`. The user must have FluentCRM access (a manager role of FluentCRM Pro); anyone else,
        including every user of the free plugin, is refused with 422.

        Args:
            body (RestKeyCreateInput): A name for the new application password and the user it belongs to, who
                must have FluentCRM access.
            body (RestKeyCreateInput): A name for the new application password and the user it belongs to, who
                must have FluentCRM access.

        Returns:
            RestKeyCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_rest_key._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = RestKeyCreateResponse.from_dict(response.json())

            return response_200

    def delete(
        self,
        *,
        body: RestKeyDeleteInput,
    ) -> MessageWithBench:
        """Revoke a REST API key (``DELETE /setting/rest-keys``).

        Revokes the application password `uuid` of the manager `user_id`. The user must have FluentCRM access (422
        otherwise), and an unknown uuid is refused with 422 `Something is wrong`.

        Args:
            body (RestKeyDeleteInput): The user and the uuid of the application password to revoke.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_rest_key._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class SettingsSetup:
    """``crm.settings.setup``: ``complete_installation``, ``install_fluent_support``, ``install_fluent_connect``, ``install_fluent_forms``, ``install_fluent_smtp``, ``reset_database``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def complete_installation(
        self,
        *,
        body: CompleteInstallationInput | CompleteInstallationInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Finish the set-up wizard (``POST /setting/complete-installation``).

        Ends FluentCRM's set-up wizard. Every choice is optional and `no` by default, and with none the call changes
        nothing. `install_fluentform=yes` and `install_fluentcart=yes` download and activate plugins from
        wordpress.org, `optin_email` sends that address to the plugin vendor, and `share_essentials=yes` stores the
        consent to share usage data. The answer is the same whatever happened.

        Args:
            body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional: with none,
                the call only answers. `install_fluentform` and
                `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address to the
                plugin vendor,
                and `share_essentials` stores the consent.
            body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional: with none,
                the call only answers. `install_fluentform` and
                `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address to the
                plugin vendor,
                and `share_essentials` stores the consent.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _complete_installation._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def install_fluent_support(
        self,
    ) -> PluginInstallResponse:
        """Install Fluent Support (``POST /setting/install-fluent-support``).

        Downloads Fluent Support from wordpress.org, installs and activates it (needs the `install_plugins`
        capability). The message always says the plugin was installed and activated, even when the download failed or
        was blocked; only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed:
        false`.

        The prose documentation shows only the successful case; the server claims success also when nothing was
        installed.

        Returns:
            PluginInstallResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_install_fluent_support._get_kwargs())
        with parsing(response):
            response_200 = PluginInstallResponse.from_dict(response.json())

            return response_200

    def install_fluent_connect(
        self,
    ) -> PluginInstallResponse:
        """Install FluentConnect (``POST /setting/install-fluentconnect``).

        Downloads FluentConnect from wordpress.org, installs and activates it (needs the `install_plugins`
        capability). The message always says the plugin was installed and activated, even when the download failed or
        was blocked; only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed:
        false`.

        The prose documentation shows only the successful case; the server claims success also when nothing was
        installed.

        Returns:
            PluginInstallResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_install_fluent_connect._get_kwargs())
        with parsing(response):
            response_200 = PluginInstallResponse.from_dict(response.json())

            return response_200

    def install_fluent_forms(
        self,
    ) -> PluginInstallResponse:
        """Install Fluent Forms (``POST /setting/install-fluentform``).

        Downloads Fluent Forms from wordpress.org, installs and activates it. The message always says the plugin was
        installed and activated, even when the download failed or was blocked; only `is_installed` tells. A site that
        blocks outgoing HTTP answers 200 with `is_installed: false`.

        The prose documentation shows only the successful case; the server claims success also when nothing was
        installed.

        Returns:
            PluginInstallResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_install_fluent_forms._get_kwargs())
        with parsing(response):
            response_200 = PluginInstallResponse.from_dict(response.json())

            return response_200

    def install_fluent_smtp(
        self,
    ) -> PluginInstallResponse:
        """Install FluentSMTP (``POST /setting/install-fluentsmtp``).

        Downloads FluentSMTP from wordpress.org, installs and activates it (needs the `install_plugins` capability).
        The message always says the plugin was installed and activated, even when the download failed or was blocked;
        only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed: false`.

        The prose documentation shows only the successful case; the server claims success also when nothing was
        installed.

        Returns:
            PluginInstallResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_install_fluent_smtp._get_kwargs())
        with parsing(response):
            response_200 = PluginInstallResponse.from_dict(response.json())

            return response_200

    def reset_database(
        self,
    ) -> ResetDatabaseResponse200:
        """Drop and recreate every FluentCRM table (``POST /setting/reset_db``).

        A development tool: on a site whose `wp-config.php` defines `FLUENTCRM_IS_DEV_FEATURES`, it drops every
        FluentCRM table (contacts, lists, tags, campaigns, automations, meta, ...) and creates them empty again,
        answering with the list of tables. Everywhere else it refuses with 422 and changes nothing.

        Returns:
            ResetDatabaseResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_reset_database._get_kwargs())
        with parsing(response):
            response_200 = ResetDatabaseResponse200.from_dict(response.json())

            return response_200


class SettingsSystemLogs:
    """``crm.settings.system_logs``: ``list``, ``clear``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
    ) -> SystemLogsResponse:
        """List the system log (``GET /setting/system-logs``).

        One page of FluentCRM's system log (errors and notices of background work), newest first; `search` matches the
        title or the description. `per_page` defaults to 20 and is echoed as sent, so it is a string whenever it was
        given.

        The prose documentation types `per_page` as an integer and the dates as RFC 3339 date-times.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Text to find in the title or description.

        Returns:
            SystemLogsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_system_logs._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
            )
        )
        with parsing(response):
            response_200 = SystemLogsResponse.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
    ) -> Iterator[SystemLogEntry]:
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
            )
            items = result.logs.data
            yield from items
            seen += len(items)
            if not items or seen >= result.logs.total:
                return
            page += 1

    def clear(
        self,
    ) -> MessageWithBench:
        """Delete the whole system log (``GET /setting/system-logs/reset``).

        Deletes every system log line, although the method is GET. There is no filter and no confirmation; to delete
        only old lines, use `DELETE /setting/old_logs`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_clear_system_logs._get_kwargs())
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

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


class Templates:
    """``crm.templates``: ``list``, ``create``, ``list_all``, ``built_in``, ``bulk_action``, ``duplicate``, ``set_global_style``, ``smartcodes``, ``get``, ``update``, ``delete``."""

    def __init__(self, crm: FluentCRM) -> None:
        self._crm = crm

    def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        types: builtins.list[ListTemplatesTypesItem] | Unset = UNSET,
        order: ListTemplatesOrder | Unset = UNSET,
        order_by: ListTemplatesOrderBy | Unset = UNSET,
    ) -> ListTemplatesResponse200:
        """List e-mail templates (``GET /templates``).

        One page of the site's e-mail templates (WordPress posts of type `fc_template`) with their `design_template`,
        newest first. `search` matches the title, `types[]` the post status (default `publish` and `draft`). `orderBy`
        names a column of `wp_posts`: an unknown one answers 423 with the SQL. The prose documentation differs:
        `next_page_url` is an absolute path with the query. Page links keep only `page`, and
        `prev_page_url`/`next_page_url` are `null` at the ends. (See `x-doc-differences` for the rest.)

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search (str | Unset): Part of the title.
            types (list[ListTemplatesTypesItem] | Unset): Post statuses to include.
            order (ListTemplatesOrder | Unset):
            order_by (ListTemplatesOrderBy | Unset): Column (default `ID`).

        Returns:
            ListTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _list_templates._get_kwargs(
                page=page,
                per_page=per_page,
                search=search,
                types=types,
                order=order,
                order_by=order_by,
            )
        )
        with parsing(response):
            response_200 = ListTemplatesResponse200.from_dict(response.json())

            return response_200

    def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        types: builtins.list[ListTemplatesTypesItem] | Unset = UNSET,
        order: ListTemplatesOrder | Unset = UNSET,
        order_by: ListTemplatesOrderBy | Unset = UNSET,
    ) -> Iterator[TemplatePost]:
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
                types=types,
                order=order,
                order_by=order_by,
            )
            items = result.templates.data
            yield from items
            seen += len(items)
            if not items or seen >= result.templates.total:
                return
            page += 1

    def create(
        self,
        *,
        body: TemplateInput,
    ) -> CreateTemplateResponse200:
        """Create an e-mail template (``POST /templates``).

        Creates a template (a draft `fc_template` post) from `template`: title, HTML body, excerpt, subject, edit
        type, design and settings. Everything is optional: an empty `template` gets the title `Email Template @
        <time>`. With `template_id` the call updates that template instead (see `PUT /templates/{id}`). Without a
        `template` key FluentCRM 2.9.84 crashes (500); the emulator answers 422. The prose documentation differs:
        `template` holds the content. Without a `template` object the server crashes (500); with `template_id` the
        call updates that template. (See `x-doc-differences` for the rest.)

        Args:
            body (TemplateInput): A template's content, wrapped in `template`.

        Returns:
            CreateTemplateResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _create_template._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CreateTemplateResponse200.from_dict(response.json())

            return response_200

    def list_all(
        self,
    ) -> ListAllTemplatesResponse200:
        """List published templates with smart codes (``GET /templates/all``).

        Every published template (no paging; drafts are left out) and the smart codes an e-mail may use, for the
        campaign editor. The prose documentation differs: the example bodies have no `__bench`. The server adds
        `__bench` (seconds spent) to the body.

        Returns:
            ListAllTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_all_templates._get_kwargs())
        with parsing(response):
            response_200 = ListAllTemplatesResponse200.from_dict(response.json())

            return response_200

    def built_in(
        self,
    ) -> ListBuiltInTemplatesResponse200:
        """List FluentCRM's ready-made templates (``GET /templates/built-in-templates``).

        Templates FluentCRM fetches from fluentcrm.com and caches for a day. When the remote call fails (or outgoing
        HTTP is blocked) the list is `[]`. The items are whatever the remote service publishes. The prose
        documentation differs: the list of FluentCRM's ready-made templates. When the remote catalogue cannot be
        fetched the list is `[]` (cached for a day).

        Returns:
            ListBuiltInTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_list_built_in_templates._get_kwargs())
        with parsing(response):
            response_200 = ListBuiltInTemplatesResponse200.from_dict(response.json())

            return response_200

    def bulk_action(
        self,
        *,
        body: TemplateBulkActionInput,
    ) -> MessageWithBench:
        """Change the status of, or delete, several templates (``POST /templates/do-bulk-action``).

        `change_template_status` sets `status` on every template in `template_ids` (422 without a status);
        `delete_templates` deletes them for good. Unlike campaigns, an unknown action is answered 200 `invalid bulk
        action`, and missing ids are not refused. The prose documentation differs: the route answers 422 for what it
        refuses. An unknown action is 200 `invalid bulk action`; only a missing `status` is 422.

        Args:
            body (TemplateBulkActionInput): A bulk action on several templates.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _template_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def duplicate(
        self,
        id: int,
    ) -> DuplicateTemplateResponse200:
        """Duplicate an e-mail template (``POST /templates/duplicate/{id}``).

        Copies a template into a new draft titled `[Duplicate] <title>` with the same content and settings. The prose
        documentation differs: the example bodies have no `__bench`. The server adds `__bench` (seconds spent) to the
        body.

        Args:
            id (int): Integer id (`ID`) of the template. A value that is not a sequence of digits matches no
                route (404 `rest_no_route`).

        Returns:
            DuplicateTemplateResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _duplicate_template._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = DuplicateTemplateResponse200.from_dict(response.json())

            return response_200

    def set_global_style(
        self,
        *,
        body: GlobalStyleInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Set the global e-mail style (``POST /templates/set-global-style``).

        Replaces the site-wide default design options (`config`: option → value, sanitised as text) that templates and
        campaigns inherit. This is a site setting. The prose documentation differs: `Global style settings have been
        updated`. `Global style settings has been updated` (sic), with `__bench`.

        Args:
            body (GlobalStyleInput | Unset): The site-wide default design options.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _set_template_global_style._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    def smartcodes(
        self,
    ) -> GetTemplateSmartcodesResponse200:
        """List smart codes (``GET /templates/smartcodes``).

        The smart codes an e-mail may use, grouped: contact fields, custom fields (from the site's field definitions)
        and general codes. The prose documentation differs: the example bodies have no `__bench`. The server adds
        `__bench` (seconds spent) to the body.

        Returns:
            GetTemplateSmartcodesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(_get_template_smartcodes._get_kwargs())
        with parsing(response):
            response_200 = GetTemplateSmartcodesResponse200.from_dict(response.json())

            return response_200

    def get(
        self,
        id: int,
    ) -> GetTemplateResponse200:
        """Get an e-mail template (``GET /templates/{id}``).

        The editable content of a template (without its id). For an id that names no template the answer is still 200,
        with a blank template: empty title and body, `design_template` `simple` and the default design settings. The
        prose documentation differs: a template by id. An unknown id answers 200 with a blank default template, not
        404. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id (`ID`) of the template. A value that is not a sequence of digits matches no
                route (404 `rest_no_route`).

        Returns:
            GetTemplateResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _get_template._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetTemplateResponse200.from_dict(response.json())

            return response_200

    def update(
        self,
        id: int,
        *,
        body: TemplateInput,
    ) -> UpdateTemplateResponse200:
        """Update an e-mail template (``PUT /templates/{id}``).

        Replaces the content of a template from `template`. An empty title or subject becomes `Email template created
        at <time>`. A custom footer (`settings.footer_settings.custom_footer` `yes`) must contain an unsubscribe or
        manage-subscription link (422). The answer's `template_id` is the id from the URL, as a string. The prose
        documentation differs: `template_id` is an integer. `template_id` is the id from the URL, as a string.

        Args:
            id (int): Integer id (`ID`) of the template. A value that is not a sequence of digits matches no
                route (404 `rest_no_route`).
            body (TemplateInput): A template's content, wrapped in `template`.

        Returns:
            UpdateTemplateResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _update_template._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = UpdateTemplateResponse200.from_dict(response.json())

            return response_200

    def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete an e-mail template (``DELETE /templates/{id}``).

        Deletes the template for good (not to the trash). The prose documentation differs: the example bodies have no
        `__bench`. The server adds `__bench` (seconds spent) to the body.

        Args:
            id (int): Integer id (`ID`) of the template. A value that is not a sequence of digits matches no
                route (404 `rest_no_route`).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = self._crm._send(
            _delete_template._get_kwargs(
                id=id,
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
        self._settings: ClientSettings = resolve_settings(base_url, username, app_password, timeout, retry)
        #: The generated low-level client, for the functions in ``fluentcrm_client.api`` (same auth and retries).
        self.client: Client
        self.client, self._http = sync_client(self._settings, transport)
        self.bounce_handler = BounceHandler(self)
        self.campaigns = Campaigns(self)
        self.companies = Companies(self)
        self.contacts = Contacts(self)
        self.custom_fields = CustomFields(self)
        self.docs = Docs(self)
        self.forms = Forms(self)
        self.funnels = Funnels(self)
        self.imports = Imports(self)
        self.labels = Labels(self)
        self.lists = Lists(self)
        self.migrators = Migrators(self)
        self.reports = Reports(self)
        self.settings = Settings(self)
        self.tags = Tags(self)
        self.templates = Templates(self)
        self.users = Users(self)
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


class AsyncBounceHandler:
    """``crm.bounce_handler``: ``get``, ``put``, ``post``, ``delete``, ``patch``, ``short_get``, ``short_put``, ``short_post``, ``short_delete``, ``short_patch``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def get(
        self,
        service_name: str,
        security_code: str,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by GET (with `/handle/`) (``GET /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by GET to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body or the query; a GET or DELETE carries it in the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_get._get_kwargs(
                service_name=service_name,
                security_code=security_code,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def put(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by PUT (with `/handle/`) (``PUT /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PUT to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_put._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def post(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by POST (with `/handle/`) (``POST /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by POST to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_post._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def delete(
        self,
        service_name: str,
        security_code: str,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by DELETE (with `/handle/`) (``DELETE /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by DELETE to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body or the query; a GET or DELETE carries it in the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_delete._get_kwargs(
                service_name=service_name,
                security_code=security_code,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def patch(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by PATCH (with `/handle/`) (``PATCH /public/bounce_handler/{service_name}/handle/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PATCH to the webhook URL
        form the settings page shows (the path with `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_patch._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def short_get(
        self,
        service_name: str,
        security_code: str,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by GET (without `/handle/`) (``GET /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by GET to the shorter form,
        which works the same (the path without `/handle/`). WordPress sends every method of this route to the same
        handler, which reads the payload from the body or the query; a GET or DELETE carries it in the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_short_get._get_kwargs(
                service_name=service_name,
                security_code=security_code,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def short_put(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by PUT (without `/handle/`) (``PUT /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PUT to the shorter form,
        which works the same (the path without `/handle/`). WordPress sends every method of this route to the same
        handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_short_put._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def short_post(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by POST (without `/handle/`) (``POST /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by POST to the shorter form,
        which works the same (the path without `/handle/`). WordPress sends every method of this route to the same
        handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_short_post._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def short_delete(
        self,
        service_name: str,
        security_code: str,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by DELETE (without `/handle/`) (``DELETE /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by DELETE to the shorter
        form, which works the same (the path without `/handle/`). WordPress sends every method of this route to the
        same handler, which reads the payload from the body or the query; a GET or DELETE carries it in the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_short_delete._get_kwargs(
                service_name=service_name,
                security_code=security_code,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200

    async def short_patch(
        self,
        service_name: str,
        security_code: str,
        *,
        body: builtins.list[BounceEventType1Item] | MailgunEvent,
    ) -> BounceHandled | BounceRejected:
        """Receive a bounce webhook by PATCH (without `/handle/`) (``PATCH /public/bounce_handler/{service_name}/{security_code}``).

        Receives an e-mail service's report of bounces, complaints and unsubscribes sent by PATCH to the shorter form,
        which works the same (the path without `/handle/`). WordPress sends every method of this route to the same
        handler, which reads the payload from the body and the query.

        There is no authentication: the `security_code` in the path is the only check, and every outcome is HTTP 200
        with the result in the body. With the right code, a known service's event changes the status of the contact
        with that e-mail (`bounced`, `complained`, `unsubscribed` or `spammed`, the reason being stored on the
        contact), or stores a new contact with that status when there is none.

        The prose documentation says: A wrong security code gives 401 with `{"status": false, "message": "Invalid Data
        or Security Code"}`. The server differs: The same body comes with HTTP 200. The prose documentation says:
        `result` is a status word such as `"bounced"`. The server differs: `result` is a boolean (`true` when a
        contact changed), `""` for an unknown service, and `__bench` is added.

        Args:
            service_name (str): The e-mail service sending the webhook: `mailgun`, `pepipost`, `postmark`,
                `sendgrid`, `sparkpost`, `elasticemail`, `postalserver`, `smtp2go` or `brevo`. Another name is
                accepted and answered with `success: 0`.
            security_code (str): The site's bounce key (`fcrm_` and 14 hexadecimal digits), which is the only
                protection of the route: the webhook URLs in `GET /setting/bounce_configs` carry it. Any other value
                is answered with `status: false`.
            body (list[BounceEventType1Item] | MailgunEvent): The e-mail service's webhook payload, as the
                service sends it. Mailgun sends an object with `event-data`
                (`event` one of `failed`, `unsubscribed`, `complained`, and `recipient`); SendGrid and PepiPost send
                an array of
                events; the other services their own shapes. Anything else is accepted and ignored.

        Returns:
            BounceHandled | BounceRejected: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _handle_bounce_short_patch._get_kwargs(
                service_name=service_name,
                security_code=security_code,
                body=body,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> BounceHandled | BounceRejected:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_bounce_response_bounce_rejected = BounceRejected.from_dict(data)

                    return componentsschemas_bounce_response_bounce_rejected
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bounce_response_bounce_handled = BounceHandled.from_dict(data)

                return componentsschemas_bounce_response_bounce_handled

            response_200 = _parse_response_200(response.json())

            return response_200


class AsyncCampaigns:
    """``crm.campaigns``: ``list``, ``create``, ``bulk_action``, ``preview_html``, ``send_test_email``, ``update_by_body``, ``get``, ``update``, ``delete``, ``duplicate``, ``link_report``, ``overview_stats``, ``pause``, ``processing_stat``, ``resume``, ``revenues``, ``resync_revenues``, ``schedule``, ``share_url``, ``status``, ``save_step``, ``rename``, ``unschedule``, ``unsubscribers``, ``update_labels``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm
        self.emails = AsyncCampaignsEmails(crm)
        self.recipients = AsyncCampaignsRecipients(crm)

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search_by: str | Unset = UNSET,
        statuses: builtins.list[ListCampaignsStatusesItem] | Unset = UNSET,
        labels: builtins.list[int] | Unset = UNSET,
        with_: builtins.list[ListCampaignsWithItem] | Unset = UNSET,
        sort_by: ListCampaignsSortBy | Unset = UNSET,
        sort_type: ListCampaignsSortType | Unset = UNSET,
    ) -> ListCampaignsResponse200:
        """List campaigns (``GET /campaigns``).

        Returns one page of e-mail campaigns (only `type` `campaign`: automation and custom e-mail campaigns share the
        table but are hidden), newest first. `searchBy` (not `search`) matches the title, `statuses[]` and `labels[]`
        filter, and `with[]=stats` adds each campaign's counters, the editor step and its labels.

        `sort_by` names a column: an unknown one makes the SQL fail (423 with the SQL text). Sending `statuses` or
        `with` without brackets crashes FluentCRM 2.9.84 (500). The prose documentation differs: campaign statuses are
        `draft`, `scheduled`, `working`, `sent`, `paused`, `archived`. A sent campaign is `archived`; there is no
        `sent`. Scheduling gives `pending-scheduled`, sending `processing` then `working`. (See `x-doc-differences`
        for the rest.)

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search_by (str | Unset): Part of the title to look for.
            statuses (list[ListCampaignsStatusesItem] | Unset): Only campaigns in these states.
            labels (list[int] | Unset): Only campaigns carrying one of these label ids.
            with_ (list[ListCampaignsWithItem] | Unset): `stats` adds `stats`, `next_step` and `labels` to each
                row.
            sort_by (ListCampaignsSortBy | Unset): Column to sort by (default `id`).
            sort_type (ListCampaignsSortType | Unset): `ASC`, or anything else for descending.

        Returns:
            ListCampaignsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_campaigns._get_kwargs(
                page=page,
                per_page=per_page,
                search_by=search_by,
                statuses=statuses,
                labels=labels,
                with_=with_,
                sort_by=sort_by,
                sort_type=sort_type,
            )
        )
        with parsing(response):
            response_200 = ListCampaignsResponse200.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search_by: str | Unset = UNSET,
        statuses: builtins.list[ListCampaignsStatusesItem] | Unset = UNSET,
        labels: builtins.list[int] | Unset = UNSET,
        with_: builtins.list[ListCampaignsWithItem] | Unset = UNSET,
        sort_by: ListCampaignsSortBy | Unset = UNSET,
        sort_type: ListCampaignsSortType | Unset = UNSET,
    ) -> AsyncIterator[CampaignListItem]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                page=page,
                per_page=per_page,
                search_by=search_by,
                statuses=statuses,
                labels=labels,
                with_=with_,
                sort_by=sort_by,
                sort_type=sort_type,
            )
            items = result.campaigns.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.campaigns.total:
                return
            page += 1

    async def create(
        self,
        *,
        body: CampaignTitleInput | CampaignTitleInput | Unset = UNSET,
    ) -> CreatedCampaign:
        """Create a draft campaign (``POST /campaigns``).

        Creates a campaign in `draft` state from a title. Only `title` is read; it is required and must be unique
        among campaigns (422 otherwise). FluentCRM fills the rest: slug from the title, `design_template` `simple`,
        the default `settings` (all contacts, instant sending) and `created_by`.

        The answer is the bare model, without a wrapper key, message or `__bench`, and with `created_by` as an integer
        (a string of digits when read back). The prose documentation differs: `title` may be omitted; an auto-
        generated title is assigned. `title` is required and unique: without it the answer is 422 `{"title":
        {"required": ...}}`. (See `x-doc-differences` for the rest.)

        Args:
            body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns` reads.
            body (CampaignTitleInput): The title of a new campaign, the only field `POST /campaigns` reads.

        Returns:
            CreatedCampaign: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_campaign._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CreatedCampaign.from_dict(response.json())

            return response_200

    async def bulk_action(
        self,
        *,
        body: CampaignBulkActionInput,
    ) -> MessageWithBench:
        """Label or delete several campaigns (``POST /campaigns/do-bulk-action``).

        `apply_labels` attaches `labels` to every campaign in `campaign_ids`; `delete_campaigns` deletes them (with
        the same data-loss fault as `DELETE /campaigns/{id}`: each deletion also removes the campaign e-mail whose id
        equals the campaign's). Missing ids, missing labels and an unknown action are refused with 422. The prose
        documentation differs: `Selected Campaigns have been deleted permanently`. `Selected Campaigns has been
        deleted permanently` (sic), with `__bench`. (See `x-doc-differences` for the rest.)

        Args:
            body (CampaignBulkActionInput): A bulk action on several campaigns.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _campaign_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def preview_html(
        self,
        *,
        body: CampaignPreviewInput | Unset = UNSET,
    ) -> PreviewCampaignHtmlResponse200:
        """Render a campaign as HTML (``POST /campaigns/email-preview-html``).

        Renders the e-mail of a stored campaign (`campaign_id`) or of an unsaved one (`campaign`) into the full HTML
        document a recipient would get, for the contact `contact_id` (default: the current user's contact). An empty
        body renders nothing (`preview_html: ""`). The prose documentation differs: the answer is the rendered
        document. Without `campaign_id` or `campaign` the answer is `preview_html: ""`; an unknown `campaign_id` is
        404. (See `x-doc-differences` for the rest.)

        Args:
            body (CampaignPreviewInput | Unset): The campaign to render: a stored one or an unsaved body.

        Returns:
            PreviewCampaignHtmlResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _preview_campaign_html._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = PreviewCampaignHtmlResponse200.from_dict(response.json())

            return response_200

    async def send_test_email(
        self,
        *,
        body: CampaignTestEmailInput,
    ) -> SendCampaignTestEmailResponse200:
        """Send a test e-mail of a campaign (``POST /campaigns/send-test-email``).

        Sends the campaign (by `campaign_id`, or an unsaved one in `campaign` with `test_campaign` `yes`) to one
        address (`email`, default: the current user's), rendered for the contact with that address or else the first
        subscribed contact. **This sends real e-mail.** `result` is `wp_mail`'s outcome: FluentCRM 2.9.84 claims
        success in `message` even when it is `false` (bug B3). The prose documentation differs: `result` is an object
        and the message says "may not be replaced in the test email". `result` is `wp_mail`'s boolean (`false` when
        mail failed, while the message still claims success) and the message says "may not replaced in test email".

        Args:
            body (CampaignTestEmailInput): What to send as a test e-mail, and where.

        Returns:
            SendCampaignTestEmailResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _send_campaign_test_email._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = SendCampaignTestEmailResponse200.from_dict(response.json())

            return response_200

    async def update_by_body(
        self,
        *,
        body: CampaignByBodyInput,
    ) -> UpdateCampaignByBodyResponse200:
        """Update a campaign named in the body (``POST /campaigns/update-single-campaign``).

        The same as `PUT /campaigns/{id}` with the id in `campaign_id`; without it the answer is 404. The prose
        documentation differs: the body fields besides `campaign_id` are optional. `title` is required and unique, as
        on `PUT /campaigns/{id}`; without `campaign_id` the answer is 404. (See `x-doc-differences` for the rest.)

        Args:
            body (CampaignByBodyInput): `CampaignInput` with the campaign's id in the body.

        Returns:
            UpdateCampaignByBodyResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_campaign_by_body._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = UpdateCampaignByBodyResponse200.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: int,
        *,
        with_: builtins.list[GetCampaignWithItem] | Unset = UNSET,
        view_campaign: GetCampaignViewCampaign | Unset = UNSET,
    ) -> GetCampaignResponse200Type0 | GetCampaignResponse200Type1:
        """Get one campaign (``GET /campaigns/{id}``).

        Returns the campaign with the site's current time (`server_time`) and the list of e-mail templates (`ID`,
        `post_title`) the editor offers. `with[]` loads relations (`subjects`, `template`); `viewCampaign` (any value)
        instead returns the campaign with one page of its e-mails.

        A missing id answers 404, but with `with[]` FluentCRM 2.9.84 crashes (500) because it reads the missing record
        anyway; an unknown relation name answers 423. The prose documentation differs: a missing campaign is 404. It
        is 404 without `with[]`, but 500 (a PHP fatal) with `with[]`; an unknown relation in `with[]` is 423. (See
        `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            with_ (list[GetCampaignWithItem] | Unset): Relations to load: `subjects` (A/B subject lines) or
                `template`.
            view_campaign (GetCampaignViewCampaign | Unset): Present (any value): answer `{campaign, emails}`
                instead.

        Returns:
            GetCampaignResponse200Type0 | GetCampaignResponse200Type1: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_campaign._get_kwargs(
                id=id,
                with_=with_,
                view_campaign=view_campaign,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> GetCampaignResponse200Type0 | GetCampaignResponse200Type1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = GetCampaignResponse200Type0.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = GetCampaignResponse200Type1.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

    async def update(
        self,
        id: int,
        *,
        body: CampaignInput,
    ) -> UpdateCampaignResponse200:
        """Update a campaign (``PUT /campaigns/{id}``).

        Saves the editor's fields (title, subject, pre-header, body, UTM fields, design, settings) and returns the
        campaign. `title` is required and must be unique; that check runs before the id is looked up, so an unknown id
        with a valid title is 404. `next_step` records the editor step; `2` also enforces the compliance rule. The
        prose documentation differs: the body fields are all optional. `title` is required and must be unique (422
        otherwise), even when only other fields change. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignInput): The editor fields `PUT /campaigns/{id}` saves. Only `title` is required; keys
                left out keep their stored values.

        Returns:
            UpdateCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_campaign._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = UpdateCampaignResponse200.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> DeleteCampaignResponse200:
        """Delete a campaign (``DELETE /campaigns/{id}``).

        Deletes the campaign with its e-mails, URL metrics and meta. The answer is `{"success": true}` without
        `__bench`.

        **Fault (data loss):** FluentCRM 2.9.84 also deletes the campaign e-mail whose *id* equals the campaign's id, even when that e-mail belongs to another campaign (bulk `delete_campaigns` does the same). A client that must not lose e-mails reads `GET /campaigns/emails/{id}/preview` with the campaign's id first: if it answers 200 with `info.campaign_id` different from the campaign being deleted, deleting would destroy that other campaign's e-mail, so keep (or archive) the campaign instead. The prose documentation differs: deleting removes the campaign and its data. It also removes the campaign e-mail whose id equals the campaign's id, whichever campaign owns it (data loss).

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            DeleteCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = DeleteCampaignResponse200.from_dict(response.json())

            return response_200

    async def duplicate(
        self,
        id: int,
    ) -> DuplicateCampaignResponse200:
        """Duplicate a campaign (``POST /campaigns/{id}/duplicate``).

        Copies the campaign into a new `draft`: title prefixed `[Duplicate] `, slug suffixed with `-<unix time>`, same
        content, settings, labels and A/B subjects. The copy is returned as freshly inserted (integer `created_by`, no
        `recipients_count`). The prose documentation differs: `created_by` is not shown. The copy is the freshly
        inserted model: `created_by` is an integer and `recipients_count`, `parent_id` and other unset columns are
        absent. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            DuplicateCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _duplicate_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = DuplicateCampaignResponse200.from_dict(response.json())

            return response_200

    async def link_report(
        self,
        id: int,
    ) -> GetCampaignLinkReportResponse200:
        """Get a campaign's clicked links (``GET /campaigns/{id}/link-report``).

        Each tracked URL of the campaign with its click count (a GROUP BY total, so a string of digits). An unknown
        campaign gives `links: []`. The prose documentation differs: links carry `url`, `total`, `unique`, next to
        `click_status` and `open_status`. Links carry `total` (a string of digits), `url` and `id`; there is no
        `unique`, `click_status` or `open_status`, and an unknown campaign gives `links: []`.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignLinkReportResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_campaign_link_report._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignLinkReportResponse200.from_dict(response.json())

            return response_200

    async def overview_stats(
        self,
        id: int,
    ) -> GetCampaignOverviewStatsResponse200:
        """Get a campaign's overview figures (``GET /campaigns/{id}/overview_stats``).

        How many e-mails were sent, the per-status counts and the analytics figures (`[]` until the campaign is
        archived). The prose documentation differs: `stat[].total` is an integer and `analytics` always an object.
        `stat[].total` is a string of digits and `analytics` is `[]` for a campaign not yet sent.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignOverviewStatsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_campaign_overview_stats._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignOverviewStatsResponse200.from_dict(response.json())

            return response_200

    async def pause(
        self,
        id: int,
    ) -> PauseCampaignResponse200:
        """Pause a sending campaign (``POST /campaigns/{id}/pause``).

        Pauses a campaign that is `working` (sending); its queued e-mails become `paused`. Any other state is refused
        with 422. The 200 example is the shape FluentCRM builds; no campaign was paused while recording.

        The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`) or to
        `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-scheduled`, or a
        `processing` campaign whose start is still in the future, back to `draft`; `pause` moves `working` to
        `paused`; `resume` moves `paused` to `working`. Every other transition is refused with 422. The prose
        documentation differs: the campaign in the answer has a few columns. It is the full campaign (every column and
        `settings`), with `__bench`.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            PauseCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _pause_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = PauseCampaignResponse200.from_dict(response.json())

            return response_200

    async def processing_stat(
        self,
        id: int,
    ) -> GetCampaignProcessingStatResponse200Type0 | GetCampaignProcessingStatResponse200Type1:
        """Poll a campaign's sending progress (``GET /campaigns/{id}/processing-stat``).

        The sending screen polls this route. For a campaign that is not `processing` it answers `{reload: true,
        campaign}`. **It is not read-only:** a `pending-scheduled` campaign due within six minutes is switched to
        `processing`, and for a `processing` campaign each call prepares and sends the next batch of e-mails,
        answering `{campaign, didRun, scheduling_method}`. The prose documentation differs: the answer is `{campaign,
        didRun, scheduling_method}`. For a campaign that is not `processing` it is `{reload: true, campaign}`.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignProcessingStatResponse200Type0 | GetCampaignProcessingStatResponse200Type1: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_campaign_processing_stat._get_kwargs(
                id=id,
            )
        )
        with parsing(response):

            def _parse_response_200(
                data: object,
            ) -> GetCampaignProcessingStatResponse200Type0 | GetCampaignProcessingStatResponse200Type1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = GetCampaignProcessingStatResponse200Type0.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = GetCampaignProcessingStatResponse200Type1.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

    async def resume(
        self,
        id: int,
    ) -> ResumeCampaignResponse200:
        """Resume a paused campaign (``POST /campaigns/{id}/resume``).

        Resumes a `paused` campaign: it becomes `working` and its paused e-mails are scheduled for now, so sending
        continues. Any other state is refused with 422. The 200 example is the shape FluentCRM builds; no campaign was
        resumed while recording.

        The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`) or to
        `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-scheduled`, or a
        `processing` campaign whose start is still in the future, back to `draft`; `pause` moves `working` to
        `paused`; `resume` moves `paused` to `working`. Every other transition is refused with 422. The prose
        documentation differs: the campaign in the answer has a few columns. It is the full campaign (every column and
        `settings`), with `__bench`.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            ResumeCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _resume_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = ResumeCampaignResponse200.from_dict(response.json())

            return response_200

    async def revenues(
        self,
        id: int,
    ) -> GetCampaignRevenuesResponse200:
        """Get a campaign's attributed revenue (``GET /campaigns/{id}/revenues``).

        Orders attributed to the campaign by a commerce integration, with column labels and the total. Without a
        commerce plugin (and for an unknown campaign) `orders` is `[]` and `total` 0. The prose documentation differs:
        `labels` has `id`, `title`, `status`, `date`, `total`. Without a commerce integration `labels` has `order`,
        `title`, `status`, `date`, `total`, and `orders` is `[]` with `total` 0.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignRevenuesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_campaign_revenues._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignRevenuesResponse200.from_dict(response.json())

            return response_200

    async def resync_revenues(
        self,
        id: int,
    ) -> MessageWithBench:
        """Recompute a campaign's revenue (``POST /campaigns/{id}/revenues/resync``).

        Asks the commerce integration to recompute the campaign's revenue. Without one the answer is 200 with `No
        revenue found for this campaign`, also for an unknown campaign. The prose documentation differs: the answer is
        `Revenue has been re-synced successfully` with a `total`. Without a commerce integration it is 200 `No revenue
        found for this campaign`, also for an unknown campaign.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _resync_campaign_revenues._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def schedule(
        self,
        id: int,
        *,
        body: CampaignScheduleInput | Unset = UNSET,
    ) -> ScheduleCampaignResponse200:
        """Schedule or send a campaign (``POST /campaigns/{id}/schedule``).

        Starts a `draft` campaign: with `scheduled_at` it becomes `pending-scheduled` (FluentCRM prepares the
        recipients shortly before that time); **without `scheduled_at` it becomes `processing` and sending starts at
        once**. Any e-mails already prepared are removed first. A campaign that is not a draft is refused with 422,
        and so is an empty or inverted date range.

        The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`) or to
        `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-scheduled`, or a
        `processing` campaign whose start is still in the future, back to `draft`; `pause` moves `working` to
        `paused`; `resume` moves `paused` to `working`. Every other transition is refused with 422. The prose
        documentation differs: the answer shows the requested `scheduled_at`. `scheduled_at` is read back from MySQL,
        which may print `0000-00-00 00:00:00` for a date it did not accept. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignScheduleInput | Unset): When to start sending. Without `scheduled_at` the campaign is
                sent at once.

        Returns:
            ScheduleCampaignResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _schedule_campaign._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = ScheduleCampaignResponse200.from_dict(response.json())

            return response_200

    async def share_url(
        self,
        id: int,
    ) -> GetCampaignShareUrlResponse200:
        """Get a campaign's public preview link (``GET /campaigns/{id}/share-url``).

        The web-preview URL of the campaign (`?fluentcrm=1&route=email_preview&fc_newsletter=<hash>`), which anyone
        with the link can open. The prose documentation differs: the link is `?fluentcrm=1&route=email&hash=...`. It
        is `?fluentcrm=1&route=email_preview&fc_newsletter=<hash>`. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignShareUrlResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_campaign_share_url._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignShareUrlResponse200.from_dict(response.json())

            return response_200

    async def status(
        self,
        id: int,
    ) -> GetCampaignStatusResponse200:
        """Get a campaign's sending status (``GET /campaigns/{id}/status``).

        The campaign (with `sent_by`), its e-mails counted per status, how many were sent, and (once archived) its
        analytics and per-subject analytics. `analytics` and `subject_analytics` are `[]` until the campaign is
        archived. The prose documentation differs: `stat[].total` is an integer. `stat[].total` is a string of digits
        (a GROUP BY count); `analytics` and `subject_analytics` are `[]` until the campaign is archived.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            GetCampaignStatusResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_campaign_status._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetCampaignStatusResponse200.from_dict(response.json())

            return response_200

    async def save_step(
        self,
        id: int,
        *,
        body: CampaignStepInput | CampaignStepInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Save the editor step (``POST /campaigns/{id}/step``).

        Stores the editor step the user reached (`next_step`) as campaign meta. The campaign is not looked up: an
        unknown id also answers 200. The prose documentation differs: the step is saved for the campaign. The campaign
        is not looked up: an unknown id also answers 200 `step saved`. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignStepInput | Unset): The editor step to remember for a campaign.
            body (CampaignStepInput | Unset): The editor step to remember for a campaign.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _save_campaign_step._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def rename(
        self,
        id: int,
        *,
        body: CampaignRenameInput | CampaignRenameInput | Unset = UNSET,
    ) -> UpdateCampaignTitleResponse200:
        """Rename a campaign (``PUT /campaigns/{id}/title``).

        Sets the title (sanitised, not validated: an empty or missing title stores `""`, and uniqueness is not
        checked) and, for a `scheduled` campaign, moves `scheduled_at` and its unsent e-mails to the new time. The
        prose documentation differs: `title` is required. It is not validated: a missing or empty title is stored as
        `""` and uniqueness is not checked. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start time.
            body (CampaignRenameInput | Unset): A new title, and for a scheduled campaign a new start time.

        Returns:
            UpdateCampaignTitleResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_campaign_title._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = UpdateCampaignTitleResponse200.from_dict(response.json())

            return response_200

    async def unschedule(
        self,
        id: int,
    ) -> MessageWithBench:
        """Cancel a scheduled campaign (``POST /campaigns/{id}/un-schedule``).

        Moves a `scheduled` or `pending-scheduled` campaign (or a `processing` one whose start is still ahead) back to
        `draft` and deletes its prepared e-mails. Any other state is refused with 422.

        The campaign state machine: `schedule` moves a `draft` to `pending-scheduled` (with `scheduled_at`) or to
        `processing` (without it: sending starts at once); `un-schedule` moves `scheduled`, `pending-scheduled`, or a
        `processing` campaign whose start is still in the future, back to `draft`; `pause` moves `working` to
        `paused`; `resume` moves `paused` to `working`. Every other transition is refused with 422. The prose
        documentation differs: the example bodies have no `__bench`. The server adds `__bench` (seconds spent) to the
        body.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _unschedule_campaign._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def unsubscribers(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ListCampaignUnsubscribersResponse200:
        """List who unsubscribed from a campaign (``GET /campaigns/{id}/unsubscribers``).

        One page of the unsubscribe events the campaign caused (URL-metric rows of type `unsubscribe` with their
        contact). An unknown campaign gives an empty page. The prose documentation differs: a campaign's unsubscribe
        events. An unknown campaign gives an empty page, not an error; the paginator carries page links.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ListCampaignUnsubscribersResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_campaign_unsubscribers._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ListCampaignUnsubscribersResponse200.from_dict(response.json())

            return response_200

    async def iterate_unsubscribers(
        self,
        id: int,
        *,
        per_page: int = 100,
    ) -> AsyncIterator[ListCampaignUnsubscribersResponse200UnsubscribesDataItem]:
        """Every item of ``unsubscribers()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.unsubscribers(
                id,
                page=page,
                per_page=per_page,
            )
            items = result.unsubscribes.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.unsubscribes.total:
                return
            page += 1

    async def update_labels(
        self,
        id: int,
        *,
        body: CampaignLabelsInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Detach labels from a campaign (``PUT /campaigns/{id}/update-labels``).

        With `action` `detach`, removes the given labels from the campaign. Any other action (including `attach`)
        answers the same 200 and changes nothing: labels are attached with the bulk action `apply_labels`. The prose
        documentation differs: `action` is `attach` or `detach`. Only `detach` changes anything; `attach` answers the
        same 200 and attaches nothing. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignLabelsInput | Unset): Labels to detach from a campaign.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_campaign_labels._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncCampaignsEmails:
    """``crm.campaigns.emails``: ``preview``, ``list``, ``delete_many``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def preview(
        self,
        id: int,
    ) -> PreviewCampaignEmailResponse200:
        """Preview one sent or prepared e-mail (``GET /campaigns/emails/{id}/preview``).

        One campaign e-mail: `info` is the row with its contact and campaign, `email` the message as rendered for that
        contact (addresses, subject, HTML body, clicks). The prose documentation differs: `campaign_id`,
        `subscriber_id` and `is_open` are integers. They are strings of digits; `info` also carries the contact and
        the campaign.

        Args:
            id (int): Integer id of the campaign e-mail (`fc_campaign_emails`). `0` crashes FluentCRM 2.9.84.

        Returns:
            PreviewCampaignEmailResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _preview_campaign_email._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = PreviewCampaignEmailResponse200.from_dict(response.json())

            return response_200

    async def list(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> ListCampaignEmailsResponse200:
        """List a campaign's e-mails (``GET /campaigns/{id}/emails``).

        One page of the campaign's e-mails with their contacts, and `failed_counts`, the number that failed.
        `filter_type` narrows to clicked, opened, unopened or failed e-mails; `search` matches the contacts. An
        unknown campaign gives an empty page, not 404. The prose documentation differs: `campaign_id`, `subscriber_id`
        and `is_open` are integers. They are strings of digits; `failed_counts` sits next to the paginator; an unknown
        campaign gives an empty page, not 404.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            filter_type (ListCampaignEmailsFilterType | Unset): `click`, `view`, `unopened` or `failed`;
                anything else lists all.
            search (str | Unset): Matches the contact's name or e-mail.

        Returns:
            ListCampaignEmailsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_campaign_emails._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
                filter_type=filter_type,
                search=search,
            )
        )
        with parsing(response):
            response_200 = ListCampaignEmailsResponse200.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
        filter_type: ListCampaignEmailsFilterType | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> AsyncIterator[CampaignEmail]:
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
                filter_type=filter_type,
                search=search,
            )
            items = result.emails.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.emails.total:
                return
            page += 1

    async def delete_many(
        self,
        id: int,
        *,
        body: CampaignEmailIdsInput,
    ) -> DeleteCampaignEmailsResponse200:
        """Delete some of a campaign's e-mails (``DELETE /campaigns/{id}/emails``).

        Deletes the listed e-mails of this campaign (ids of other campaigns are ignored) and stores the new count in
        `recipients_count`, which it returns. Without `email_ids` FluentCRM 2.9.84 crashes (500); the emulator answers
        422. The prose documentation differs: `email_ids` is required. Without it the server crashes (500) instead of
        refusing the request. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignEmailIdsInput): The e-mails of a campaign to delete.

        Returns:
            DeleteCampaignEmailsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_campaign_emails._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = DeleteCampaignEmailsResponse200.from_dict(response.json())

            return response_200


class AsyncCampaignsRecipients:
    """``crm.campaigns.recipients``: ``estimate``, ``list``, ``draft``, ``count``, ``subscribe``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def estimate(
        self,
        *,
        body: CampaignRecipientsInput | Unset = UNSET,
    ) -> EstimateCampaignContactsResponse200:
        """Count the contacts a selection reaches (``POST /campaigns/estimated-contacts``).

        Counts the contacts a recipient selection matches, without a campaign. An unknown `sending_filter` counts 0
        (and leaves out `execution_time`); an empty body counts all subscribed contacts. The prose documentation
        differs: the answer has `count` and `execution_time`. An unknown `sending_filter` answers `{count: 0}` without
        `execution_time`; `subscribers` is an array of `{list, tag}` rows, not an object. (See `x-doc-differences` for
        the rest.)

        Args:
            body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to include and
                exclude, or another filter. Every key is optional; an empty selection means every subscribed
                contact.

        Returns:
            EstimateCampaignContactsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _estimate_campaign_contacts._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = EstimateCampaignContactsResponse200.from_dict(response.json())

            return response_200

    async def list(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ListCampaignSegmentContactsResponse200:
        """List the contacts a campaign would reach (``GET /campaigns/{id}/contacts-by-segment``).

        One page of the contacts the campaign's stored selection matches, with their tags and lists. The prose
        documentation differs: contacts carry a few columns and their lists. Every contact column, `full_name`,
        `photo`, `tags` and `lists` with pivots; numeric columns as strings of digits. (See `x-doc-differences` for
        the rest.)

        **Fault (stored state):** a stored selection the free plugin cannot resolve (`subscribers: null`, which `POST /campaigns/{id}/draft-recipients` without a selection stores, or `sending_filter` `dynamic_segment`, a Pro feature) makes FluentCRM 2.9.84 crash here with 500 (`Call to a member function count() on null`, CampaignController.php:310 / Campaign.php:223) until a selection is stored again. The trigger is the stored campaign, not the request, so it is not in `x-fluentcrm-faults`; a client avoids it by always sending a `list_tag` selection with `subscribers` to `draft-recipients`. The emulator answers 422 `{"message": "The campaign has no recipient selection"}` instead.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ListCampaignSegmentContactsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_campaign_segment_contacts._get_kwargs(
                id=id,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ListCampaignSegmentContactsResponse200.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        id: int,
        *,
        per_page: int = 100,
    ) -> AsyncIterator[ContactListItem]:
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
            items = result.subscribers.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.subscribers.total:
                return
            page += 1

    async def draft(
        self,
        id: int,
        *,
        body: CampaignRecipientsInput | Unset = UNSET,
    ) -> DraftCampaignRecipientsResponse200:
        """Choose a campaign's recipients (``POST /campaigns/{id}/draft-recipients``).

        Stores the recipient selection in the campaign's settings, counts the matching contacts into
        `recipients_count`, removes any e-mails already prepared and puts the campaign back to `draft`. A selection
        that matches nobody is refused with 422; an empty body uses the default (all contacts). The prose
        documentation differs: `subscribers` is an object. `subscribers` is an array of `{list, tag}` rows, as the
        editor sends it. (See `x-doc-differences` for the rest.) Sending no `subscribers` stores `subscribers: null`,
        which later crashes the count and segment routes (see those operations).

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignRecipientsInput | Unset): A recipient selection: the lists and tags to include and
                exclude, or another filter. Every key is optional; an empty selection means every subscribed
                contact.

        Returns:
            DraftCampaignRecipientsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _draft_campaign_recipients._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = DraftCampaignRecipientsResponse200.from_dict(response.json())

            return response_200

    async def count(
        self,
        id: int,
    ) -> CountCampaignRecipientsResponse200:
        """Count a campaign's recipients (``GET /campaigns/{id}/estimated-recipients-count``).

        Counts the contacts the campaign's stored selection matches now. The prose documentation differs: the example
        bodies have no `__bench`. The server adds `__bench` (seconds spent) to the body.

        **Fault (stored state):** a stored selection the free plugin cannot resolve (`subscribers: null`, which `POST /campaigns/{id}/draft-recipients` without a selection stores, or `sending_filter` `dynamic_segment`, a Pro feature) makes FluentCRM 2.9.84 crash here with 500 (`Call to a member function count() on null`, CampaignController.php:310 / Campaign.php:223) until a selection is stored again. The trigger is the stored campaign, not the request, so it is not in `x-fluentcrm-faults`; a client avoids it by always sending a `list_tag` selection with `subscribers` to `draft-recipients`. The emulator answers 422 `{"message": "The campaign has no recipient selection"}` instead.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).

        Returns:
            CountCampaignRecipientsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _count_campaign_recipients._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = CountCampaignRecipientsResponse200.from_dict(response.json())

            return response_200

    async def subscribe(
        self,
        id: int,
        *,
        body: CampaignSubscribeInput | Unset = UNSET,
    ) -> SubscribeCampaignRecipientsResponse200:
        """Add recipients page by page (broken) (``POST /campaigns/{id}/subscribe``).

        Meant to turn the recipient selection into campaign e-mails one page at a time. **Fault:** in FluentCRM 2.9.84
        it never adds anyone and always answers 422 `Sorry, No subscribers found based on your filters`, even for a
        selection that `draft-recipients` counts; use `draft-recipients` and `schedule` instead. Even so, the first
        page (`page` 1 or none) is not harmless: before it counts, it deletes the campaign's prepared e-mails and
        stores the selection in the campaign's `settings` (a later crash or 422 does not undo that). The 200 shape is
        FluentCRM's success answer, never observed. The prose documentation does not describe this route.

        Args:
            id (int): Integer id of the campaign. A value that is not a sequence of digits matches no route (404
                `rest_no_route`); `0` crashes FluentCRM 2.9.84 (see the 500 response).
            body (CampaignSubscribeInput | Unset): A recipient selection and the page of it to add.

        Returns:
            SubscribeCampaignRecipientsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _subscribe_campaign_recipients._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = SubscribeCampaignRecipientsResponse200.from_dict(response.json())

            return response_200


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


class AsyncDocs:
    """``crm.docs``: ``list``, ``addons``, ``get``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
    ) -> DocsIndexResponse:
        """FluentCRM's online documentation (``GET /docs``).

        Fetches the articles of FluentCRM's documentation from fluentcrm.com (cached for a week) for the in-app help.
        When fluentcrm.com cannot be reached the list is empty; that is not an error.

        The prose documentation shows a body with `docs` only; the server adds `__bench`.

        Returns:
            DocsIndexResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_docs._get_kwargs())
        with parsing(response):
            response_200 = DocsIndexResponse.from_dict(response.json())

            return response_200

    async def addons(
        self,
        *,
        with_: builtins.list[GetAddonsWithItem] | Unset = UNSET,
    ) -> AddonsResponse:
        """Companion plugins (``GET /docs/addons``).

        Lists the companion plugins the admin screens recommend (Fluent Forms, Fluent SMTP, Fluent Support, Fluent
        Connect), whether each is active, and where to get or configure it. `with[]=experimental_features` adds the
        site's experimental settings.

        The prose documentation says: Three companion plugins (Fluent Forms, Fluent SMTP, Fluent Support). The server
        differs: A fourth, `fluentconnect` (Fluent Connect), is listed too, and the body carries `__bench`.

        Args:
            with_ (list[GetAddonsWithItem] | Unset): `experimental_features` adds the experimental settings.

        Returns:
            AddonsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_addons._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = AddonsResponse.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: str,
    ) -> DocFetched | DocUnavailable:
        """One documentation article (``GET /docs/{id}``).

        Fetches one article from fluentcrm.com by its id. When it cannot be fetched the answer is still 200, with an
        apology in `content` and `is_error: true`.

        The id `0` crashes FluentCRM 2.9.84 (500): the framework drops a path value of `"0"` before calling the
        controller. `00` and other ids are served normally. The emulator answers 400 for `0`.

        The prose documentation says: Any integer id is accepted. The server differs: The id `0` crashes the server
        (500).

        Args:
            id (str): The article's id on fluentcrm.com.

        Returns:
            DocFetched | DocUnavailable: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_doc._get_kwargs(
                id=id,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> DocFetched | DocUnavailable:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_doc_response_doc_fetched = DocFetched.from_dict(data)

                    return componentsschemas_doc_response_doc_fetched
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_doc_response_doc_unavailable = DocUnavailable.from_dict(data)

                return componentsschemas_doc_response_doc_unavailable

            response_200 = _parse_response_200(response.json())

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
        subscriber_id: str,
        *,
        per_page: int = 100,
    ) -> AsyncIterator[FunnelSubscriber]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                subscriber_id,
                page=page,
                per_page=per_page,
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
        id: int,
        *,
        per_page: int = 100,
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
                id,
                page=page,
                per_page=per_page,
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


class AsyncImports:
    """``crm.imports``: ``upload_csv``, ``import_csv``, ``import_users``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm
        self.drivers = AsyncImportsDrivers(crm)

    async def upload_csv(
        self,
        *,
        body: CsvUploadInput,
    ) -> CsvUploadResponse:
        """Stage a CSV file for import (``POST /import/csv-upload``).

        Stores a CSV file on the server and proposes a mapping of its columns, the first step of a CSV import. Pass
        the returned `file` and a (possibly edited) `map` to `POST /import/csv-import`. With `type=company` the
        columns are mapped to company fields instead (for the company import of the company module).

        A part that is not a CSV file (a name without a `.csv` or `.txt` extension, or binary content) is refused with
        422 `{"file": {"mimetypes": "The file must be a valid CSV."}}`. A request without a file is not refused: the
        answer is 200 with `file: null`, no headers and an empty map. The answer has no `__bench`.

        The prose documentation says: `file` is required. The server differs: Without a file the server answers 200
        with `file: null`, no headers and an empty map. The prose documentation says: A file that is not a CSV gives
        422 `{"message": "The file must be a valid CSV."}`. The server differs: The 422 body is a validation map:
        `{"file": {"mimetypes": "The file must be a valid CSV."}}`.

        Args:
            body (CsvUploadInput): The CSV file to stage for an import, as `multipart/form-data`.

        Returns:
            CsvUploadResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _upload_import_csv._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CsvUploadResponse.from_dict(response.json())

            return response_200

    async def import_csv(
        self,
        *,
        body: CsvImportInput,
    ) -> CsvImportResponse:
        """Import contacts from a staged CSV file (``POST /import/csv-import``).

        Imports one page (500 rows) of a file staged with `POST /import/csv-upload`, mapping columns as `map` says.
        Rows with an invalid e-mail are reported in `invalid_contacts`, and a repeated e-mail is dropped silently. A
        contact whose e-mail already exists is updated only with `update: true` (the string `"yes"` does not update).
        Call again with the next `importing_page` while `has_more` is true; once the last page is done the server
        deletes the staged file, so importing it again fails.

        Errors: a missing `file` gives 422 `The array can not be empty`; a `file` that is not staged (or was already
        imported) and a `map` that is not a list give 422 `Expected data must be a string or stringable`; a `map`
        without an `email` column gives 422 `{"email": "The email field is required."}`.

        The prose documentation says: Records are processed 100 per request. The server differs: A page holds 500 rows
        (`total_page` counts pages of 500). The prose documentation says: A missing `email` mapping gives 422
        `{"message": "The email field is required."}`. The server differs: The body is `{"email": "The email field is
        required."}`.

        Args:
            body (CsvImportInput): Import one page (500 rows) of a staged CSV file. Repeat with `importing_page`
                increased while `has_more` is true.

        Returns:
            CsvImportResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _import_csv._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CsvImportResponse.from_dict(response.json())

            return response_200

    async def import_users(
        self,
        *,
        body: UserImportInput | Unset = UNSET,
    ) -> UserImportProgress:
        """Import WordPress users as contacts (``POST /import/users``).

        Imports one page (100 users) of the WordPress users with the given `roles` (every role when `roles` is empty
        or missing) as contacts with source `wp_users`, linked to their user. Existing contacts are updated only with
        `update: true`. Call again with the next `page` while `has_more` is true.

        FluentCRM 2.9.84 sets `has_more` whenever the page held users, so it is `true` even when that page finished
        the import (1 user of 1); only the following, empty page answers `false`.

        The prose documentation says: `has_more` tells whether another page has to be imported. The server differs:
        `has_more` is `true` for every page that held users, the last one included; the next, empty page says `false`.
        The prose documentation says: `roles` and `new_status` are required. The server differs: Without `roles` users
        of every role are imported; an empty body is accepted.

        Args:
            body (UserImportInput | Unset): Import one page (100 users) of WordPress users with the given roles
                as contacts.

        Returns:
            UserImportProgress: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _import_users._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = UserImportProgress.from_dict(response.json())

            return response_200


class AsyncImportsDrivers:
    """``crm.imports.drivers``: ``list``, ``get``, ``run``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
    ) -> ImportDriversResponse:
        """Import sources (``GET /import/drivers``).

        Lists the sources contacts can be imported from: `csv` (a CSV file) and `users` (WordPress users) on the free
        plugin, and more (FluentCart, LMS and membership plugins) where those are installed.

        Returns:
            ImportDriversResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_import_drivers._get_kwargs())
        with parsing(response):
            response_200 = ImportDriversResponse.from_dict(response.json())

            return response_200

    async def get(
        self,
        driver: str,
        *,
        summary: str | Unset = UNSET,
        configroles: builtins.list[str] | Unset = UNSET,
    ) -> UserImportDriver | UserImportSummary:
        """An import source's form, or a preview (``GET /import/drivers/{driver}``).

        For `users`, returns the form of the WordPress-user import (the roles to choose from and the wizard's button
        labels), or, with `summary=1`, a preview: up to five users with the roles in `config[roles][]` (every role
        when none is given) and their total, without `__bench`. Any other driver, `csv` included, gives 422 `Sorry no
        driver found for this import` on the free plugin.

        The prose documentation says: `csv` is an example of a driver this route serves. The server differs: `csv`
        gives 422 `Sorry no driver found for this import`; only `users` is served.

        Args:
            driver (str): The import driver. Only `users` (WordPress users) exists on the free plugin; `csv` is
                listed by `GET /import/drivers` but served by the `/import/csv-*` routes, so here it is unknown like
                any other name (422).
            summary (str | Unset): Any non-empty value returns the preview instead of the form.
            configroles (list[str] | Unset): The roles to preview (with `summary`).

        Returns:
            UserImportDriver | UserImportSummary: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_import_driver._get_kwargs(
                driver=driver,
                summary=summary,
                configroles=configroles,
            )
        )
        with parsing(response):

            def _parse_response_200(data: object) -> UserImportDriver | UserImportSummary:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_type_0 = UserImportDriver.from_dict(data)

                    return response_200_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = UserImportSummary.from_dict(data)

                return response_200_type_1

            response_200 = _parse_response_200(response.json())

            return response_200

    async def run(
        self,
        driver: str,
        *,
        body: ImportDriverRunInput,
    ) -> UserImportProgress:
        """Import one page through an import source (``POST /import/drivers/{driver}``).

        Imports one page (100 users) through a driver; on the free plugin only `users`, which works like `POST
        /import/users` but reads its settings from `config` (the status under `status`) and the page from
        `importing_page`, and answers without `message`. `has_more` has the same flaw: it is `true` for the last page
        that held users. Another driver gives 422.

        FluentCRM 2.9.84 crashes (500) when `importing_page` is missing (it subtracts from an empty string) and when
        `config` is missing; the emulator answers 400 for both.

        The prose documentation says: `importing_page` is optional; call repeatedly with an incrementing page. The
        server differs: Without `importing_page` the server crashes with 500. The prose documentation says: `has_more`
        is `true` if more batches remain. The server differs: `has_more` is `true` for every page that held users, the
        last one included.

        Args:
            driver (str): The import driver. Only `users` (WordPress users) exists on the free plugin; `csv` is
                listed by `GET /import/drivers` but served by the `/import/csv-*` routes, so here it is unknown like
                any other name (422).
            body (ImportDriverRunInput): One page of an import through a driver (only `users` exists on the free
                plugin).

        Returns:
            UserImportProgress: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _run_import_driver._get_kwargs(
                driver=driver,
                body=body,
            )
        )
        with parsing(response):
            response_200 = UserImportProgress.from_dict(response.json())

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


class AsyncMigrators:
    """``crm.migrators``: ``list``, ``verify_credentials``, ``list_tag_mappings``, ``summary``, ``run_import``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
    ) -> MigratorDriversResponse:
        """Services contacts can be migrated from (``GET /migrators``).

        Lists the hosted e-mail services FluentCRM can copy contacts, tags and lists from (Mailchimp, ConvertKit,
        MailerLite, Drip, ActiveCampaign), with what each can carry over and the credentials it needs. The driver keys
        are case-sensitive and are what the other `/migrators` routes take as `driver`.

        The prose documentation says: `credentials` maps each credential to its form field (`label`, `type`,
        `placeholder`). The server differs: `credentials` maps each credential to an empty default string; the form
        fields are in `credential_fields`, next to `supports`, `refresh_on_list_change` and `doc_url`.

        Returns:
            MigratorDriversResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_migrators._get_kwargs())
        with parsing(response):
            response_200 = MigratorDriversResponse.from_dict(response.json())

            return response_200

    async def verify_credentials(
        self,
        *,
        body: MigratorInput,
    ) -> MessageWithBench:
        """Check an account's credentials (``POST /migrators/verify-cred``).

        Asks the remote service whether `credential` opens the account, before a migration. Answers `Your provided API
        key is valid` when it does; a refusal, an unreachable service and an unknown `driver` give 422 with the
        reason. A Mailchimp key without its data-centre suffix gives 423.

        The prose documentation says: Invalid credentials give 422. The server differs: A Mailchimp key without its
        `-<datacenter>` suffix (or an empty one) gives 423 with the client library's message.

        Args:
            body (MigratorInput): Which migrator to use and the account to read from. The remaining keys
                (`map_settings`, `tags`, `lists`,
                `import_page`, ...) depend on the migrator and are passed to it unchanged.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _verify_migrator_credentials._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def list_tag_mappings(
        self,
        *,
        driver: GetMigratorListTagMappingsDriver,
        credential: GetMigratorListTagMappingsCredential | Unset = UNSET,
    ) -> MigratorMappingsResponse:
        """Remote tags, lists and fields to map (``GET /migrators/list-tag-mappings``).

        Reads the tags (and lists, for Mailchimp) and contact fields of the remote account, with the FluentCRM fields
        they can be mapped to, so that the migration can be configured. The driver and the credentials are query
        parameters (`credential[api_key]=...`). The shape of `options` differs per service; where the service cannot
        be reached some migrators still answer 200 with empty or blank entries, others 422.

        The prose documentation says: `options` holds `lists` and `tags` as `{id, name}` pairs. The server differs:
        `options` holds `tags` (and `lists` for Mailchimp) as mapping rows, plus `contact_fields`, `contact_fillables`
        and, for some services, `all_ready`.

        Args:
            driver (GetMigratorListTagMappingsDriver): A key of `GET /migrators`.
            credential (GetMigratorListTagMappingsCredential | Unset): The account's credentials, as
                `credential[<key>]=<value>`.

        Returns:
            MigratorMappingsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_migrator_list_tag_mappings._get_kwargs(
                driver=driver,
                credential=credential,
            )
        )
        with parsing(response):
            response_200 = MigratorMappingsResponse.from_dict(response.json())

            return response_200

    async def summary(
        self,
        *,
        body: MigratorInput,
    ) -> MigratorSummaryResponse:
        """Preview a migration (``POST /migrators/summary``).

        Counts what a migration with the given `map_settings` would import from the remote account and says so in a
        sentence. Nothing is imported.

        The prose documentation says: `import_summary` holds `total_contacts` and the selected `lists` and `tags` with
        their counts. The server differs: `import_summary` holds `subscribed_count`, `unsubscribed_count`, `all_count`
        and a `message`.

        Args:
            body (MigratorInput): Which migrator to use and the account to read from. The remaining keys
                (`map_settings`, `tags`, `lists`,
                `import_page`, ...) depend on the migrator and are passed to it unchanged.

        Returns:
            MigratorSummaryResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_migrator_import_summary._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MigratorSummaryResponse.from_dict(response.json())

            return response_200

    async def run_import(
        self,
        *,
        body: MigratorInput,
    ) -> MigratorImportResponse:
        """Migrate one batch of contacts (``POST /migrators/import``).

        Copies one batch of contacts from the remote account into FluentCRM as `map_settings` says (tags and lists are
        created as needed). Call again while `import_info.has_more` is true. Services that need a tag selection answer
        422 `No Tag found based on your selection` without one.

        The prose documentation says: `import_info` holds `inserted`, `updated`, `skipped`, `total` and a `message`.
        The server differs: `import_info` holds `completed`, `total` (`null` when the service reported nothing) and
        `has_more`.

        Args:
            body (MigratorInput): Which migrator to use and the account to read from. The remaining keys
                (`map_settings`, `tags`, `lists`,
                `import_page`, ...) depend on the migrator and are passed to it unchanged.

        Returns:
            MigratorImportResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _run_migrator_import._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MigratorImportResponse.from_dict(response.json())

            return response_200


class AsyncReports:
    """``crm.reports``: ``dashboard_stats``, ``subscriber_growth``, ``email_sent_stats``, ``email_open_stats``, ``email_click_stats``, ``options``, ``ajax_options``, ``taxonomy_terms``, ``cascade_selections``, ``advanced_providers``, ``ping``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm
        self.emails = AsyncReportsEmails(crm)

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

    async def options(
        self,
        *,
        fields: str,
        with_count: builtins.list[GetReportOptionsWithCountItem] | Unset = UNSET,
    ) -> ReportOptionsResponse:
        """Option lists for the admin screens (``GET /reports/options``).

        Returns the option lists named in `fields` (comma-separated): `lists`, `tags`, `campaigns`, `statuses`,
        `editable_statuses`, `contact_types`, `email_sequences`, `automation_funnels`, `segments`, `countries`,
        `custom_fields`, `profile_sections`, `sampleCsv`, `user_roles_options`, and more on sites with add-ons. Names
        the server does not know are skipped without an error; when none is known, `options` is the empty JSON array
        `[]`. `with_count[]=lists` adds to each list the number of its subscribed contacts.

        Without `fields` (or with `fields=0`, which PHP counts as empty) the server answers 422 `Missing requested
        fields field.`. `fields` must be one string: sent as an array (`fields[]=lists`), FluentCRM 2.9.84 crashes
        (500).

        The prose documentation says: `options` is an object keyed by the requested fields. The server differs: When
        no requested field is known, `options` is the empty JSON array `[]`. The prose documentation says: A status
        option is `{id, title}`. The server differs: Status, type and role options also carry `slug`.

        Args:
            fields (str): Not empty and not `0` (PHP counts both as missing).
            with_count (list[GetReportOptionsWithCountItem] | Unset): `lists` adds `subscribersCount` to each
                list.

        Returns:
            ReportOptionsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_report_options._get_kwargs(
                fields=fields,
                with_count=with_count,
            )
        )
        with parsing(response):
            response_200 = ReportOptionsResponse.from_dict(response.json())

            return response_200

    async def ajax_options(
        self,
        *,
        option_key: str | Unset = UNSET,
        sub_option_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        values: builtins.list[str] | Unset = UNSET,
    ) -> IdTitleOptionsResponse:
        """Search records for a selector (``GET /reports/ajax-options``).

        Searches one kind of record for the searchable drop-downs of the admin screens and answers `{id, title}`
        choices. `option_key` picks the kind: `campaigns` (titles suffixed with ` - <id>`, integer ids), `post_type`
        (posts of the type in `sub_option_key`, ids as numeric strings), `users` (WordPress users), and more kinds
        that add-ons register. An unknown or missing `option_key`, or one sent as an array, gives an empty list.

        The prose documentation says: `option_key` is required. The server differs: Without `option_key` the server
        answers 200 with an empty `options` list.

        Args:
            option_key (str | Unset): The kind of record to search.
            sub_option_key (str | Unset): For `post_type`, the post type (`post`, `page`, ...).
            search (str | Unset): Text the titles must contain.
            values (list[str] | Unset): Ids that must be among the choices even if they do not match `search`
                (already selected values).

        Returns:
            IdTitleOptionsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_ajax_options._get_kwargs(
                option_key=option_key,
                sub_option_key=sub_option_key,
                search=search,
                values=values,
            )
        )
        with parsing(response):
            response_200 = IdTitleOptionsResponse.from_dict(response.json())

            return response_200

    async def taxonomy_terms(
        self,
        *,
        taxonomy: str | Unset = "category",
    ) -> TaxonomyTermsResponse:
        """Terms of a WordPress taxonomy (``GET /reports/taxonomy-terms``).

        Lists the terms of a WordPress taxonomy (post categories, tags, product categories, ...) as `{id, title}`
        choices, `id` being the term id as a numeric string. A taxonomy that does not exist gives an empty list.
        Without `taxonomy`, and when it is sent as an array, the server lists the terms of `category`.

        The prose documentation says: `taxonomy` is required. The server differs: Without `taxonomy` the server lists
        the terms of `category`.

        Args:
            taxonomy (str | Unset): The taxonomy's name. Default: 'category'.

        Returns:
            TaxonomyTermsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_taxonomy_terms._get_kwargs(
                taxonomy=taxonomy,
            )
        )
        with parsing(response):
            response_200 = TaxonomyTermsResponse.from_dict(response.json())

            return response_200

    async def cascade_selections(
        self,
        *,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
    ) -> CascadeSelectionsResponse:
        """Choices of a cascading selector (``GET /reports/cascade_selections``).

        Returns one page of the choices a `provider` offers for the cascading drop-downs of segment and automation
        conditions. Every provider comes from an add-on; on the free plugin no provider answers, so `options` is
        empty, whatever `provider` is or whether it is sent, and `has_more` is nevertheless `true`.

        The prose documentation says: `provider` is required. The server differs: Without `provider` the server
        answers 200 with no options.

        Args:
            provider (str | Unset): The provider registered by an add-on.
            search (str | Unset): Text to filter the choices by, passed to the provider.

        Returns:
            CascadeSelectionsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_cascade_selections._get_kwargs(
                provider=provider,
                search=search,
            )
        )
        with parsing(response):
            response_200 = CascadeSelectionsResponse.from_dict(response.json())

            return response_200

    async def advanced_providers(
        self,
    ) -> AdvancedProvidersResponse:
        """Advanced report providers (``GET /reports/advanced-providers``).

        Lists the advanced report providers that add-ons register (commerce and LMS reports of FluentCRM Pro). The
        free plugin registers none, so `providers` is the empty JSON array `[]`.

        The prose documentation says: The body holds only `providers`. The server differs: The body also holds
        `__bench`.

        Returns:
            AdvancedProvidersResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_get_advanced_report_providers._get_kwargs())
        with parsing(response):
            response_200 = AdvancedProvidersResponse.from_dict(response.json())

            return response_200

    async def ping(
        self,
    ) -> MessageWithBench:
        """Check that the API answers (``GET /reports/ping``).

        Answers `pong`. The admin screens call it to see whether the REST API is reachable and the user is signed in;
        it reads nothing and changes nothing.

        The prose documentation says: The body holds only `message`. The server differs: The body also holds
        `__bench`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_ping_reports._get_kwargs())
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncReportsEmails:
    """``crm.reports.emails``: ``list``, ``delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        status: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
    ) -> ReportEmailsResponse:
        """Campaign e-mail history (``GET /reports/emails``).

        Pages through every campaign e-mail (the `fc_campaign_emails` table), latest `scheduled_at` first, each with
        its contact and its campaign; `status` keeps one delivery state only. When the request carries `page=1` the
        answer also counts the e-mails of each status over the whole table (`statuses`, numeric strings); without
        `page`, or for any other page, `statuses` is `null`.

        `per_page=0` crashes FluentCRM 2.9.84 (500, a division by zero in the paginator); a negative `per_page` is
        echoed and gives an empty page. The emulator answers 400 for both.

        The prose documentation says: `campaign_id`, `subscriber_id`, `is_open` and `click_counter` are integers, and
        `statuses` counts are integers. The server differs: They are numeric strings (`"1"`), as are the `statuses`
        counts; only `id` is an integer. The prose documentation says: `statuses` is an object of counts on page 1,
        `null` otherwise. The server differs: On page 1 of an empty table (or a status that matches nothing)
        `statuses` is the empty JSON array `[]`. The prose documentation says: The body holds `emails` and `statuses`.
        The server differs: The body also holds `__bench`.

        Args:
            status (str | Unset): Only e-mails with this delivery status (`draft`, `pending`, `scheduled`,
                `sending`, `sent`, `failed`).
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.

        Returns:
            ReportEmailsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_report_emails._get_kwargs(
                status=status,
                page=page,
                per_page=per_page,
            )
        )
        with parsing(response):
            response_200 = ReportEmailsResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        status: str | Unset = UNSET,
    ) -> AsyncIterator[ReportEmail]:
        """Every item of ``list()``, fetching page after page until all ``total`` items were seen.

        Filters are passed on to each page request; ``per_page`` sets how many items one request fetches.
        """

        page = 1
        seen = 0
        while True:
            result = await self.list(
                page=page,
                per_page=per_page,
                status=status,
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
        *,
        body: ReportEmailsDeleteInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Delete campaign e-mails (``DELETE /reports/emails``).

        Deletes the campaign e-mails whose ids are in `email_ids`, whichever campaign they belong to. Ids that match
        nothing, an empty list and a missing `email_ids` are not errors: the answer is the same confirmation. An
        `email_ids` that is not a list crashes FluentCRM 2.9.84 (500); the emulator answers 400.

        The prose documentation says: The answer is `Selected emails have been deleted`. The server differs: The
        answer is `Selected emails has been deleted`, with `__bench`. The prose documentation says: `email_ids` is
        required. The server differs: Without `email_ids` (or with an empty body) the server answers the same 200 and
        deletes nothing.

        Args:
            body (ReportEmailsDeleteInput | Unset): The e-mails to delete, by id, from any campaign.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_report_emails._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncSettings:
    """``crm.settings``: ``get``, ``update``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm
        self.activity_logs = AsyncSettingsActivityLogs(crm)
        self.auto_subscribe = AsyncSettingsAutoSubscribe(crm)
        self.bounce_handlers = AsyncSettingsBounceHandlers(crm)
        self.compliance = AsyncSettingsCompliance(crm)
        self.cron = AsyncSettingsCron(crm)
        self.diagnostics = AsyncSettingsDiagnostics(crm)
        self.double_optin = AsyncSettingsDoubleOptin(crm)
        self.experiments = AsyncSettingsExperiments(crm)
        self.integrations = AsyncSettingsIntegrations(crm)
        self.old_logs = AsyncSettingsOldLogs(crm)
        self.rest_keys = AsyncSettingsRestKeys(crm)
        self.setup = AsyncSettingsSetup(crm)
        self.system_logs = AsyncSettingsSystemLogs(crm)

    async def get(
        self,
        *,
        settings_keys: builtins.list[str] | Unset = UNSET,
    ) -> GlobalSettingsResponse:
        """Read entries of the global settings (``GET /setting``).

        Returns the entries of FluentCRM's global settings option named by `settings_keys[]`. `email_settings` is
        computed on every read and always has all its keys (defaults until saved); every other name is answered only
        when an entry of that name is stored, as it was saved. Unknown names are left out, and a request without
        `settings_keys[]` gets only `__bench`.

        Args:
            settings_keys (list[str] | Unset): Names of the entries to return, such as `email_settings`,
                `business_settings`, `campaign` or `email`.

        Returns:
            GlobalSettingsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_global_settings._get_kwargs(
                settings_keys=settings_keys,
            )
        )
        with parsing(response):
            response_200 = GlobalSettingsResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        *,
        body: GlobalSettingsInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Merge entries into the global settings (``PUT /setting``).

        Stores each entry of `settings` under its name in the global settings option, replacing that entry as a whole
        and keeping the others. Nothing is checked except that an `email_settings.email_footer` must contain
        `##crm.unsubscribe_url##` or `##crm.manage_subscription_url##` (422 otherwise, and nothing is stored). A body
        without `settings` stores nothing and still answers `Settings Updated`; a `settings` that is a string is
        stored under the entry name `0`.

        Args:
            body (GlobalSettingsInput | Unset): Entries to merge into the global settings option. Each key of
                `settings` replaces the stored entry of that name
                as a whole; keys not sent stay as they are. An `email_settings.email_footer` without an unsubscribe
                or
                subscription-management link is refused with 422.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_global_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncSettingsActivityLogs:
    """``crm.settings.activity_logs``: ``list``, ``clear``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
    ) -> ActivityLogsResponse:
        """List the activity log (``GET /setting/activity-logs``).

        One page of the activity log, newest first; `search` matches the action or the description. Until the
        `activity_log` experiment was first switched on, the table does not exist and the answer is 423 with the SQL
        error. `per_page` is echoed as sent, as on the system log.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Text to find in the action or description.

        Returns:
            ActivityLogsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_activity_logs._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
            )
        )
        with parsing(response):
            response_200 = ActivityLogsResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
    ) -> AsyncIterator[ActivityLogEntry]:
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
            )
            items = result.logs.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.logs.total:
                return
            page += 1

    async def clear(
        self,
    ) -> MessageWithBench:
        """Delete the whole activity log (``GET /setting/activity-logs/reset``).

        Deletes every activity log row, although the method is GET. Answers 423 while the activity log was never
        enabled (its table does not exist).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_clear_activity_logs._get_kwargs())
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncSettingsAutoSubscribe:
    """``crm.settings.auto_subscribe``: ``get``, ``update``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def get(
        self,
        *,
        with_: builtins.list[GetAutoSubscribeSettingsWithItem] | Unset = UNSET,
    ) -> AutoSubscribeResponse:
        """Read the automatic-subscription settings (``GET /setting/auto_subscribe_settings``).

        Returns how WordPress users and commenters become contacts: sign-up, comment-form and user-sync settings and
        the role-based tagging (each with FluentCRM's defaults until saved). `with[]=fields` adds the four form
        sections the admin screen draws. With WooCommerce active two more keys (`woo_checkout_*`) appear.

        Args:
            with_ (list[GetAutoSubscribeSettingsWithItem] | Unset): `fields` adds the form sections.

        Returns:
            AutoSubscribeResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_auto_subscribe_settings._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = AutoSubscribeResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        *,
        body: AutoSubscribeInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Store the automatic-subscription settings (``POST /setting/auto_subscribe_settings``).

        Stores `registration_setting`, `comment_settings` and `user_syncing_settings` as sent, each replacing the
        stored object; one left out is stored empty and reads back as its defaults. `role_based_tagging_settings` is
        only saved by FluentCRM Pro. Nothing is validated.

        Args:
            body (AutoSubscribeInput | Unset): The three settings objects the free plugin saves. Each one is
                stored as sent, replacing the stored object; one
                that is left out is stored as an empty object, which reads back as the defaults.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_auto_subscribe_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncSettingsBounceHandlers:
    """``crm.settings.bounce_handlers``: ``get``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def get(
        self,
    ) -> BounceConfigsResponse:
        """Read the bounce-handler webhook URLs (``GET /setting/bounce_configs``).

        Returns, for each supported e-mail service, the webhook URL that reports bounces and complaints back to this
        site, and whether FluentSMTP is installed (`false` when not). The URLs carry the site's secret bounce key.

        Not a pure read: the first call on a site creates that key and stores it.

        Returns:
            BounceConfigsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_get_bounce_configs._get_kwargs())
        with parsing(response):
            response_200 = BounceConfigsResponse.from_dict(response.json())

            return response_200


class AsyncSettingsCompliance:
    """``crm.settings.compliance``: ``get``, ``update``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def get(
        self,
    ) -> GetComplianceSettingsResponse200:
        """Read the compliance settings (``GET /setting/compliance``).

        Returns the six privacy and compliance switches, each `yes` or `no`, defaults included.

        Returns:
            GetComplianceSettingsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_get_compliance_settings._get_kwargs())
        with parsing(response):
            response_200 = GetComplianceSettingsResponse200.from_dict(response.json())

            return response_200

    async def update(
        self,
        *,
        body: ComplianceSettingsInput | ComplianceSettingsInput | Unset = UNSET,
    ) -> ComplianceSaveResponse:
        """Store the compliance settings (``POST /setting/compliance``).

        Replaces the stored switches with the known keys sent at the top level of the body (unknown keys are dropped,
        values are stored as text) and echoes what was stored. A key left out falls back to its default on the next
        read. Nothing is validated.

        Args:
            body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level of the
                body. The stored option is replaced by the known keys
                that were sent: a key left out falls back to its default.
            body (ComplianceSettingsInput | Unset): The compliance switches to store, at the top level of the
                body. The stored option is replaced by the known keys
                that were sent: a key left out falls back to its default.

        Returns:
            ComplianceSaveResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_compliance_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = ComplianceSaveResponse.from_dict(response.json())

            return response_200


class AsyncSettingsCron:
    """``crm.settings.cron``: ``status``, ``run``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def status(
        self,
    ) -> CronStatus:
        """Read the state of the background tasks (``GET /setting/cron_status``).

        Lists FluentCRM's three recurring tasks (every minute, every five minutes, hourly) with when they run next and
        whether they are overdue, and the PHP limits of the server.

        The second task is labelled with the hourly hook's name although it is the five-minute task; to run it with
        `POST /setting/run_cron`, use `fluentcrm_scheduled_five_minute_tasks`. The prose documentation repeats the
        wrong name and shows `usage_percent` as a number; the server sends a string.

        Returns:
            CronStatus: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_get_cron_status._get_kwargs())
        with parsing(response):
            response_200 = CronStatus.from_dict(response.json())

            return response_200

    async def run(
        self,
        *,
        body: RunCronInput | RunCronInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Run a background task now (``POST /setting/run_cron``).

        Runs one of the three recurring tasks at once, as WordPress's cron would: sending due e-mails, processing
        scheduled campaigns or running automations. Any other hook name, or none, is refused with 422.

        Args:
            body (RunCronInput): The background task to run now.
            body (RunCronInput): The background task to run now.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _run_cron_task._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncSettingsDiagnostics:
    """``crm.settings.diagnostics``: ``echo_get``, ``echo_put``, ``echo_post``, ``echo_delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def echo_get(
        self,
        *,
        probe: str | Unset = UNSET,
    ) -> RequestEchoResponse:
        """Echo the request (GET) (``GET /setting/test``).

        A diagnostic that changes nothing: it answers `Valid` with every parameter FluentCRM read from the request, so
        a client can check that its requests arrive and how they are parsed. Query values arrive as strings, `b[]=x`
        as an array. The four methods of `/setting/test` behave alike.

        Args:
            probe (str | Unset): Any parameter; it is echoed back in `params`.

        Returns:
            RequestEchoResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _echo_test_get._get_kwargs(
                probe=probe,
            )
        )
        with parsing(response):
            response_200 = RequestEchoResponse.from_dict(response.json())

            return response_200

    async def echo_put(
        self,
        *,
        body: EchoTestPutBody | Unset = UNSET,
    ) -> RequestEchoResponse:
        """Echo the request (PUT) (``PUT /setting/test``).

        The diagnostic echo with a body. JSON values keep their types.

        Args:
            body (EchoTestPutBody | Unset):

        Returns:
            RequestEchoResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _echo_test_put._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = RequestEchoResponse.from_dict(response.json())

            return response_200

    async def echo_post(
        self,
        *,
        body: EchoTestPostDataBody | EchoTestPostJsonBody | Unset = UNSET,
    ) -> RequestEchoResponse:
        """Echo the request (POST) (``POST /setting/test``).

        The diagnostic echo with a body. Form values arrive as strings, `arr[0]=p` as an array.

        Args:
            body (EchoTestPostDataBody | Unset):
            body (EchoTestPostJsonBody | Unset):

        Returns:
            RequestEchoResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _echo_test_post._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = RequestEchoResponse.from_dict(response.json())

            return response_200

    async def echo_delete(
        self,
        *,
        probe: str | Unset = UNSET,
    ) -> RequestEchoResponse:
        """Echo the request (DELETE) (``DELETE /setting/test``).

        The diagnostic echo; nothing is deleted.

        Args:
            probe (str | Unset): Any parameter; it is echoed back in `params`.

        Returns:
            RequestEchoResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _echo_test_delete._get_kwargs(
                probe=probe,
            )
        )
        with parsing(response):
            response_200 = RequestEchoResponse.from_dict(response.json())

            return response_200


class AsyncSettingsDoubleOptin:
    """``crm.settings.double_optin``: ``get``, ``update``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def get(
        self,
        *,
        list_id: int | Unset = UNSET,
        with_: builtins.list[GetDoubleOptinSettingsWithItem] | Unset = UNSET,
    ) -> DoubleOptinResponse:
        """Read the double opt-in settings (``GET /setting/double-optin``).

        Returns the double opt-in e-mail and the after-confirmation behaviour: the global settings, or with `list_id`
        those of one list (the global ones when the list has none of its own, which is also what an unknown list id
        gets). With `list_id` the answer also says whether the list follows the global settings
        (`global_double_optin`, `yes` by default). `with[]=settings_fields` adds the description of the form.

        Args:
            list_id (int | Unset): A list whose own settings to read.
            with_ (list[GetDoubleOptinSettingsWithItem] | Unset): `settings_fields` adds the form description.

        Returns:
            DoubleOptinResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_double_optin_settings._get_kwargs(
                list_id=list_id,
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = DoubleOptinResponse.from_dict(response.json())

            return response_200

    async def update(
        self,
        *,
        body: DoubleOptinSaveInput,
    ) -> MessageWithBench:
        """Store the double opt-in settings (``PUT /setting/double-optin``).

        Stores `settings` as sent, globally or with `list_id` for one list (plus that list's `global_double_optin`).
        `email_subject`, `email_body` and `after_confirm_message` are required (422 with one message per field), and
        the body must contain `#activate_link#` or `{{crm.activate_button` (422 otherwise). Settings stored for a list
        outlive the list.

        Without a `settings` object FluentCRM 2.9.84 crashes (500); the emulator answers 422 (`settings` required)
        instead.

        Args:
            body (DoubleOptinSaveInput): What `PUT /setting/double-optin` reads: the `settings` object, and
                optionally the list it belongs to. Without
                `settings` FluentCRM 2.9.84 crashes (500).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_double_optin_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncSettingsExperiments:
    """``crm.settings.experiments``: ``get``, ``update``, ``list_archive_campaigns``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def get(
        self,
    ) -> GetExperimentalSettingsResponse200:
        """Read the experimental feature switches (``GET /setting/experiments``).

        Returns the seventeen switches of the experimental-features screen, defaults included. `company_module`,
        `event_tracking` and `activity_log` turn whole features on (companies, event tracking, the activity log).

        Returns:
            GetExperimentalSettingsResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_get_experimental_settings._get_kwargs())
        with parsing(response):
            response_200 = GetExperimentalSettingsResponse200.from_dict(response.json())

            return response_200

    async def update(
        self,
        *,
        body: ExperimentalSettingsInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Store the experimental feature switches (``POST /setting/experiments``).

        Replaces the stored switches with the known keys sent at the top level of the body; unknown keys are dropped
        and a key left out falls back to its default. Every value except `campaign_ids` is stored as text, so
        `campaign_max_number` reads back as a string after any save. Switching `company_module`, `event_tracking` or
        `activity_log` to `yes` creates that feature's table; switching it off later keeps the table.

        The prose documentation accepts any further string key (`frontend_portal`, for instance); the server drops
        every key it does not know, and does not say so.

        Args:
            body (ExperimentalSettingsInput | Unset): The switches to store, at the top level of the body. The
                stored option is replaced by the known keys that were
                sent (a key left out falls back to its default); unknown keys are ignored.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_experimental_settings._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def list_archive_campaigns(
        self,
    ) -> ExperimentCampaigns:
        """List every campaign for the campaign archive (``GET /setting/experiments/campaigns``).

        Every e-mail campaign as a plain table row, newest first and unpaginated, to choose the archive's
        `campaign_ids` from.

        Returns:
            ExperimentCampaigns: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_archive_campaigns._get_kwargs())
        with parsing(response):
            response_200 = ExperimentCampaigns.from_dict(response.json())

            return response_200


class AsyncSettingsIntegrations:
    """``crm.settings.integrations``: ``list``, ``save``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        with_: builtins.list[ListIntegrationsWithItem] | Unset = UNSET,
    ) -> IntegrationsResponse:
        """List the deep-integration providers (``GET /setting/integrations``).

        Lists the deep integrations (e-commerce and membership plugins) that add-ons register, with their settings;
        `with[]=fields` also asks for their form fields. The free plugin registers none.

        Args:
            with_ (list[ListIntegrationsWithItem] | Unset): `fields` adds each provider's form fields.

        Returns:
            IntegrationsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_integrations._get_kwargs(
                with_=with_,
            )
        )
        with parsing(response):
            response_200 = IntegrationsResponse.from_dict(response.json())

            return response_200

    async def save(
        self,
        *,
        body: IntegrationSaveInput | IntegrationSaveInput | Unset = UNSET,
    ) -> SaveIntegrationResponse200:
        """Save or synchronise a deep integration (``POST /setting/integrations``).

        Hands the request to the add-on that registered `provider`: `action=sync` synchronises, anything else saves
        its settings, and the add-on's answer is returned as it is. Without such an add-on (always on the free plugin)
        the answer is 422 `Sorry, the provided provider does not exist`.

        Args:
            body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its settings. An add-
                on handles the request; without one every
                provider is unknown (422).
            body (IntegrationSaveInput | Unset): The provider to save or synchronise, and its settings. An add-
                on handles the request; without one every
                provider is unknown (422).

        Returns:
            SaveIntegrationResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _save_integration._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = SaveIntegrationResponse200.from_dict(response.json())

            return response_200


class AsyncSettingsOldLogs:
    """``crm.settings.old_logs``: ``count``, ``delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def count(
        self,
        *,
        days_before: int,
        selected_logs: builtins.list[CountOldLogsSelectedLogsItem],
    ) -> OldLogCounts:
        """Count log rows older than a number of days (``GET /setting/old_logs``).

        Counts, for each selected log, the rows created before midnight `days_before` days ago. Both parameters are
        required and `days_before` must be a number of at least 7 (422). Counting `activity_logs` before the
        `activity_log` experiment was ever switched on fails with 423, because its table does not exist yet.

        A `selected_logs` that is a single string instead of an array, and a `days_before` so large that the cut-off
        date overflows, crash FluentCRM 2.9.84 (500); the emulator answers 400 instead.

        Args:
            days_before (int): Age limit in days, at least 7. Close to 106751991167300 days (2^63 seconds) the
                cut-off date overflows PHP's integers and FluentCRM 2.9.84 crashes (500); the emulator answers 400.
            selected_logs (list[CountOldLogsSelectedLogsItem]): The logs to count.

        Returns:
            OldLogCounts: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _count_old_logs._get_kwargs(
                days_before=days_before,
                selected_logs=selected_logs,
            )
        )
        with parsing(response):
            response_200 = OldLogCounts.from_dict(response.json())

            return response_200

    async def delete(
        self,
        *,
        body: OldLogsInput,
    ) -> OldLogsDeleteResponse:
        """Delete log rows older than a number of days (``DELETE /setting/old_logs``).

        Deletes up to 10,000 rows of each selected log created before midnight `days_before` days ago (sent campaign
        e-mails, clicks, opens, system or activity logs), and says in `has_more` whether older rows remain. The same
        validation as the count applies. Irreversible.

        Args:
            body (OldLogsInput): Which logs, older than how many days. Both are required; `days_before` must be
                a number of at least 7. An
                unknown log name is ignored.

        Returns:
            OldLogsDeleteResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_old_logs._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = OldLogsDeleteResponse.from_dict(response.json())

            return response_200


class AsyncSettingsRestKeys:
    """``crm.settings.rest_keys``: ``list``, ``create``, ``delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
    ) -> RestKeysResponse:
        """List REST API keys and who may get one (``GET /setting/rest-keys``).

        Lists the users who may be given a REST key (non-administrators with FluentCRM access, through FluentCRM Pro's
        manager roles) and the WordPress application passwords FluentCRM created for them. Both lists are empty on the
        free plugin.

        Returns:
            RestKeysResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_rest_keys._get_kwargs())
        with parsing(response):
            response_200 = RestKeysResponse.from_dict(response.json())

            return response_200

    async def create(
        self,
        *,
        body: RestKeyCreateInput | RestKeyCreateInput | Unset = UNSET,
    ) -> RestKeyCreateResponse:
        """Create a REST API key for a manager (``POST /setting/rest-keys``).

        Creates a WordPress application password named `api_name` for the user `api_user_id` and returns it once, in
        `item.info.api_password`. The user must have FluentCRM access (a manager role of FluentCRM Pro); anyone else,
        including every user of the free plugin, is refused with 422.

        Args:
            body (RestKeyCreateInput): A name for the new application password and the user it belongs to, who
                must have FluentCRM access.
            body (RestKeyCreateInput): A name for the new application password and the user it belongs to, who
                must have FluentCRM access.

        Returns:
            RestKeyCreateResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_rest_key._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = RestKeyCreateResponse.from_dict(response.json())

            return response_200

    async def delete(
        self,
        *,
        body: RestKeyDeleteInput,
    ) -> MessageWithBench:
        """Revoke a REST API key (``DELETE /setting/rest-keys``).

        Revokes the application password `uuid` of the manager `user_id`. The user must have FluentCRM access (422
        otherwise), and an unknown uuid is refused with 422 `Something is wrong`.

        Args:
            body (RestKeyDeleteInput): The user and the uuid of the application password to revoke.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_rest_key._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200


class AsyncSettingsSetup:
    """``crm.settings.setup``: ``complete_installation``, ``install_fluent_support``, ``install_fluent_connect``, ``install_fluent_forms``, ``install_fluent_smtp``, ``reset_database``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def complete_installation(
        self,
        *,
        body: CompleteInstallationInput | CompleteInstallationInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Finish the set-up wizard (``POST /setting/complete-installation``).

        Ends FluentCRM's set-up wizard. Every choice is optional and `no` by default, and with none the call changes
        nothing. `install_fluentform=yes` and `install_fluentcart=yes` download and activate plugins from
        wordpress.org, `optin_email` sends that address to the plugin vendor, and `share_essentials=yes` stores the
        consent to share usage data. The answer is the same whatever happened.

        Args:
            body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional: with none,
                the call only answers. `install_fluentform` and
                `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address to the
                plugin vendor,
                and `share_essentials` stores the consent.
            body (CompleteInstallationInput | Unset): Choices of the set-up wizard. All are optional: with none,
                the call only answers. `install_fluentform` and
                `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address to the
                plugin vendor,
                and `share_essentials` stores the consent.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _complete_installation._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def install_fluent_support(
        self,
    ) -> PluginInstallResponse:
        """Install Fluent Support (``POST /setting/install-fluent-support``).

        Downloads Fluent Support from wordpress.org, installs and activates it (needs the `install_plugins`
        capability). The message always says the plugin was installed and activated, even when the download failed or
        was blocked; only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed:
        false`.

        The prose documentation shows only the successful case; the server claims success also when nothing was
        installed.

        Returns:
            PluginInstallResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_install_fluent_support._get_kwargs())
        with parsing(response):
            response_200 = PluginInstallResponse.from_dict(response.json())

            return response_200

    async def install_fluent_connect(
        self,
    ) -> PluginInstallResponse:
        """Install FluentConnect (``POST /setting/install-fluentconnect``).

        Downloads FluentConnect from wordpress.org, installs and activates it (needs the `install_plugins`
        capability). The message always says the plugin was installed and activated, even when the download failed or
        was blocked; only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed:
        false`.

        The prose documentation shows only the successful case; the server claims success also when nothing was
        installed.

        Returns:
            PluginInstallResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_install_fluent_connect._get_kwargs())
        with parsing(response):
            response_200 = PluginInstallResponse.from_dict(response.json())

            return response_200

    async def install_fluent_forms(
        self,
    ) -> PluginInstallResponse:
        """Install Fluent Forms (``POST /setting/install-fluentform``).

        Downloads Fluent Forms from wordpress.org, installs and activates it. The message always says the plugin was
        installed and activated, even when the download failed or was blocked; only `is_installed` tells. A site that
        blocks outgoing HTTP answers 200 with `is_installed: false`.

        The prose documentation shows only the successful case; the server claims success also when nothing was
        installed.

        Returns:
            PluginInstallResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_install_fluent_forms._get_kwargs())
        with parsing(response):
            response_200 = PluginInstallResponse.from_dict(response.json())

            return response_200

    async def install_fluent_smtp(
        self,
    ) -> PluginInstallResponse:
        """Install FluentSMTP (``POST /setting/install-fluentsmtp``).

        Downloads FluentSMTP from wordpress.org, installs and activates it (needs the `install_plugins` capability).
        The message always says the plugin was installed and activated, even when the download failed or was blocked;
        only `is_installed` tells. A site that blocks outgoing HTTP answers 200 with `is_installed: false`.

        The prose documentation shows only the successful case; the server claims success also when nothing was
        installed.

        Returns:
            PluginInstallResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_install_fluent_smtp._get_kwargs())
        with parsing(response):
            response_200 = PluginInstallResponse.from_dict(response.json())

            return response_200

    async def reset_database(
        self,
    ) -> ResetDatabaseResponse200:
        """Drop and recreate every FluentCRM table (``POST /setting/reset_db``).

        A development tool: on a site whose `wp-config.php` defines `FLUENTCRM_IS_DEV_FEATURES`, it drops every
        FluentCRM table (contacts, lists, tags, campaigns, automations, meta, ...) and creates them empty again,
        answering with the list of tables. Everywhere else it refuses with 422 and changes nothing.

        Returns:
            ResetDatabaseResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_reset_database._get_kwargs())
        with parsing(response):
            response_200 = ResetDatabaseResponse200.from_dict(response.json())

            return response_200


class AsyncSettingsSystemLogs:
    """``crm.settings.system_logs``: ``list``, ``clear``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        per_page: int | Unset = 15,
        page: int | Unset = 1,
        search: str | Unset = UNSET,
    ) -> SystemLogsResponse:
        """List the system log (``GET /setting/system-logs``).

        One page of FluentCRM's system log (errors and notices of background work), newest first; `search` matches the
        title or the description. `per_page` defaults to 20 and is echoed as sent, so it is a string whenever it was
        given.

        The prose documentation types `per_page` as an integer and the dates as RFC 3339 date-times.

        Args:
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            search (str | Unset): Text to find in the title or description.

        Returns:
            SystemLogsResponse: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_system_logs._get_kwargs(
                per_page=per_page,
                page=page,
                search=search,
            )
        )
        with parsing(response):
            response_200 = SystemLogsResponse.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
    ) -> AsyncIterator[SystemLogEntry]:
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
            )
            items = result.logs.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.logs.total:
                return
            page += 1

    async def clear(
        self,
    ) -> MessageWithBench:
        """Delete the whole system log (``GET /setting/system-logs/reset``).

        Deletes every system log line, although the method is GET. There is no filter and no confirmation; to delete
        only old lines, use `DELETE /setting/old_logs`.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_clear_system_logs._get_kwargs())
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

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


class AsyncTemplates:
    """``crm.templates``: ``list``, ``create``, ``list_all``, ``built_in``, ``bulk_action``, ``duplicate``, ``set_global_style``, ``smartcodes``, ``get``, ``update``, ``delete``."""

    def __init__(self, crm: AsyncFluentCRM) -> None:
        self._crm = crm

    async def list(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 15,
        search: str | Unset = UNSET,
        types: builtins.list[ListTemplatesTypesItem] | Unset = UNSET,
        order: ListTemplatesOrder | Unset = UNSET,
        order_by: ListTemplatesOrderBy | Unset = UNSET,
    ) -> ListTemplatesResponse200:
        """List e-mail templates (``GET /templates``).

        One page of the site's e-mail templates (WordPress posts of type `fc_template`) with their `design_template`,
        newest first. `search` matches the title, `types[]` the post status (default `publish` and `draft`). `orderBy`
        names a column of `wp_posts`: an unknown one answers 423 with the SQL. The prose documentation differs:
        `next_page_url` is an absolute path with the query. Page links keep only `page`, and
        `prev_page_url`/`next_page_url` are `null` at the ends. (See `x-doc-differences` for the rest.)

        Args:
            page (int | Unset): 1-based page number. 0 or a non-number is served as page 1; a page past the end
                returns an empty page. Default: 1.
            per_page (int | Unset): Page size. There is no upper limit (1000 works). FluentCRM 2.9.84 answers
                500 for 0 or a non-number and 423 (an SQL error) for a negative value; the emulator answers 400
                `rest_invalid_param` for all of these. Default: 15.
            search (str | Unset): Part of the title.
            types (list[ListTemplatesTypesItem] | Unset): Post statuses to include.
            order (ListTemplatesOrder | Unset):
            order_by (ListTemplatesOrderBy | Unset): Column (default `ID`).

        Returns:
            ListTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _list_templates._get_kwargs(
                page=page,
                per_page=per_page,
                search=search,
                types=types,
                order=order,
                order_by=order_by,
            )
        )
        with parsing(response):
            response_200 = ListTemplatesResponse200.from_dict(response.json())

            return response_200

    async def iterate(
        self,
        *,
        per_page: int = 100,
        search: str | Unset = UNSET,
        types: builtins.list[ListTemplatesTypesItem] | Unset = UNSET,
        order: ListTemplatesOrder | Unset = UNSET,
        order_by: ListTemplatesOrderBy | Unset = UNSET,
    ) -> AsyncIterator[TemplatePost]:
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
                types=types,
                order=order,
                order_by=order_by,
            )
            items = result.templates.data
            for item in items:
                yield item
            seen += len(items)
            if not items or seen >= result.templates.total:
                return
            page += 1

    async def create(
        self,
        *,
        body: TemplateInput,
    ) -> CreateTemplateResponse200:
        """Create an e-mail template (``POST /templates``).

        Creates a template (a draft `fc_template` post) from `template`: title, HTML body, excerpt, subject, edit
        type, design and settings. Everything is optional: an empty `template` gets the title `Email Template @
        <time>`. With `template_id` the call updates that template instead (see `PUT /templates/{id}`). Without a
        `template` key FluentCRM 2.9.84 crashes (500); the emulator answers 422. The prose documentation differs:
        `template` holds the content. Without a `template` object the server crashes (500); with `template_id` the
        call updates that template. (See `x-doc-differences` for the rest.)

        Args:
            body (TemplateInput): A template's content, wrapped in `template`.

        Returns:
            CreateTemplateResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _create_template._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = CreateTemplateResponse200.from_dict(response.json())

            return response_200

    async def list_all(
        self,
    ) -> ListAllTemplatesResponse200:
        """List published templates with smart codes (``GET /templates/all``).

        Every published template (no paging; drafts are left out) and the smart codes an e-mail may use, for the
        campaign editor. The prose documentation differs: the example bodies have no `__bench`. The server adds
        `__bench` (seconds spent) to the body.

        Returns:
            ListAllTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_all_templates._get_kwargs())
        with parsing(response):
            response_200 = ListAllTemplatesResponse200.from_dict(response.json())

            return response_200

    async def built_in(
        self,
    ) -> ListBuiltInTemplatesResponse200:
        """List FluentCRM's ready-made templates (``GET /templates/built-in-templates``).

        Templates FluentCRM fetches from fluentcrm.com and caches for a day. When the remote call fails (or outgoing
        HTTP is blocked) the list is `[]`. The items are whatever the remote service publishes. The prose
        documentation differs: the list of FluentCRM's ready-made templates. When the remote catalogue cannot be
        fetched the list is `[]` (cached for a day).

        Returns:
            ListBuiltInTemplatesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_list_built_in_templates._get_kwargs())
        with parsing(response):
            response_200 = ListBuiltInTemplatesResponse200.from_dict(response.json())

            return response_200

    async def bulk_action(
        self,
        *,
        body: TemplateBulkActionInput,
    ) -> MessageWithBench:
        """Change the status of, or delete, several templates (``POST /templates/do-bulk-action``).

        `change_template_status` sets `status` on every template in `template_ids` (422 without a status);
        `delete_templates` deletes them for good. Unlike campaigns, an unknown action is answered 200 `invalid bulk
        action`, and missing ids are not refused. The prose documentation differs: the route answers 422 for what it
        refuses. An unknown action is 200 `invalid bulk action`; only a missing `status` is 422.

        Args:
            body (TemplateBulkActionInput): A bulk action on several templates.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _template_bulk_action._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def duplicate(
        self,
        id: int,
    ) -> DuplicateTemplateResponse200:
        """Duplicate an e-mail template (``POST /templates/duplicate/{id}``).

        Copies a template into a new draft titled `[Duplicate] <title>` with the same content and settings. The prose
        documentation differs: the example bodies have no `__bench`. The server adds `__bench` (seconds spent) to the
        body.

        Args:
            id (int): Integer id (`ID`) of the template. A value that is not a sequence of digits matches no
                route (404 `rest_no_route`).

        Returns:
            DuplicateTemplateResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _duplicate_template._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = DuplicateTemplateResponse200.from_dict(response.json())

            return response_200

    async def set_global_style(
        self,
        *,
        body: GlobalStyleInput | Unset = UNSET,
    ) -> MessageWithBench:
        """Set the global e-mail style (``POST /templates/set-global-style``).

        Replaces the site-wide default design options (`config`: option → value, sanitised as text) that templates and
        campaigns inherit. This is a site setting. The prose documentation differs: `Global style settings have been
        updated`. `Global style settings has been updated` (sic), with `__bench`.

        Args:
            body (GlobalStyleInput | Unset): The site-wide default design options.

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _set_template_global_style._get_kwargs(
                body=body,
            )
        )
        with parsing(response):
            response_200 = MessageWithBench.from_dict(response.json())

            return response_200

    async def smartcodes(
        self,
    ) -> GetTemplateSmartcodesResponse200:
        """List smart codes (``GET /templates/smartcodes``).

        The smart codes an e-mail may use, grouped: contact fields, custom fields (from the site's field definitions)
        and general codes. The prose documentation differs: the example bodies have no `__bench`. The server adds
        `__bench` (seconds spent) to the body.

        Returns:
            GetTemplateSmartcodesResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(_get_template_smartcodes._get_kwargs())
        with parsing(response):
            response_200 = GetTemplateSmartcodesResponse200.from_dict(response.json())

            return response_200

    async def get(
        self,
        id: int,
    ) -> GetTemplateResponse200:
        """Get an e-mail template (``GET /templates/{id}``).

        The editable content of a template (without its id). For an id that names no template the answer is still 200,
        with a blank template: empty title and body, `design_template` `simple` and the default design settings. The
        prose documentation differs: a template by id. An unknown id answers 200 with a blank default template, not
        404. (See `x-doc-differences` for the rest.)

        Args:
            id (int): Integer id (`ID`) of the template. A value that is not a sequence of digits matches no
                route (404 `rest_no_route`).

        Returns:
            GetTemplateResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _get_template._get_kwargs(
                id=id,
            )
        )
        with parsing(response):
            response_200 = GetTemplateResponse200.from_dict(response.json())

            return response_200

    async def update(
        self,
        id: int,
        *,
        body: TemplateInput,
    ) -> UpdateTemplateResponse200:
        """Update an e-mail template (``PUT /templates/{id}``).

        Replaces the content of a template from `template`. An empty title or subject becomes `Email template created
        at <time>`. A custom footer (`settings.footer_settings.custom_footer` `yes`) must contain an unsubscribe or
        manage-subscription link (422). The answer's `template_id` is the id from the URL, as a string. The prose
        documentation differs: `template_id` is an integer. `template_id` is the id from the URL, as a string.

        Args:
            id (int): Integer id (`ID`) of the template. A value that is not a sequence of digits matches no
                route (404 `rest_no_route`).
            body (TemplateInput): A template's content, wrapped in `template`.

        Returns:
            UpdateTemplateResponse200: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _update_template._get_kwargs(
                id=id,
                body=body,
            )
        )
        with parsing(response):
            response_200 = UpdateTemplateResponse200.from_dict(response.json())

            return response_200

    async def delete(
        self,
        id: int,
    ) -> MessageWithBench:
        """Delete an e-mail template (``DELETE /templates/{id}``).

        Deletes the template for good (not to the trash). The prose documentation differs: the example bodies have no
        `__bench`. The server adds `__bench` (seconds spent) to the body.

        Args:
            id (int): Integer id (`ID`) of the template. A value that is not a sequence of digits matches no
                route (404 `rest_no_route`).

        Returns:
            MessageWithBench: the parsed body of the 200 response.

        Raises:
            FluentCRMError: a subclass matching the failure (``NotFoundError``, ``ValidationError``, ``QueryError``...).
        """

        response = await self._crm._send(
            _delete_template._get_kwargs(
                id=id,
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
        self._settings: ClientSettings = resolve_settings(base_url, username, app_password, timeout, retry)
        #: The generated low-level client, for the functions in ``fluentcrm_client.api`` (same auth and retries).
        self.client: Client
        self.client, self._http = async_client(self._settings, transport)
        self.bounce_handler = AsyncBounceHandler(self)
        self.campaigns = AsyncCampaigns(self)
        self.companies = AsyncCompanies(self)
        self.contacts = AsyncContacts(self)
        self.custom_fields = AsyncCustomFields(self)
        self.docs = AsyncDocs(self)
        self.forms = AsyncForms(self)
        self.funnels = AsyncFunnels(self)
        self.imports = AsyncImports(self)
        self.labels = AsyncLabels(self)
        self.lists = AsyncLists(self)
        self.migrators = AsyncMigrators(self)
        self.reports = AsyncReports(self)
        self.settings = AsyncSettings(self)
        self.tags = AsyncTags(self)
        self.templates = AsyncTemplates(self)
        self.users = AsyncUsers(self)
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
