"""Contains all the data models used in inputs/outputs"""

from .activity_log_entry import ActivityLogEntry
from .activity_logs_response import ActivityLogsResponse
from .activity_logs_response_logs import ActivityLogsResponseLogs
from .addon import Addon
from .addons_response import AddonsResponse
from .addons_response_addons import AddonsResponseAddons
from .addons_response_experimental_features import AddonsResponseExperimentalFeatures
from .advanced_providers_response import AdvancedProvidersResponse
from .advanced_providers_response_providers_type_0_item import AdvancedProvidersResponseProvidersType0Item
from .advanced_providers_response_providers_type_1 import AdvancedProvidersResponseProvidersType1
from .advanced_providers_response_providers_type_1_additional_property import (
    AdvancedProvidersResponseProvidersType1AdditionalProperty,
)
from .auto_subscribe_input import AutoSubscribeInput
from .auto_subscribe_input_comment_settings import AutoSubscribeInputCommentSettings
from .auto_subscribe_input_registration_setting import AutoSubscribeInputRegistrationSetting
from .auto_subscribe_input_user_syncing_settings import AutoSubscribeInputUserSyncingSettings
from .auto_subscribe_response import AutoSubscribeResponse
from .bounce_configs_response import BounceConfigsResponse
from .bounce_configs_response_bounce_settings import BounceConfigsResponseBounceSettings
from .bounce_configs_response_fluentsmtp_info_type_1 import BounceConfigsResponseFluentsmtpInfoType1
from .bounce_event_type_1_item import BounceEventType1Item
from .bounce_handled import BounceHandled
from .bounce_handled_success import BounceHandledSuccess
from .bounce_handler_info import BounceHandlerInfo
from .bounce_rejected import BounceRejected
from .bulk_add_update_input import BulkAddUpdateInput
from .bulk_add_update_input_contacts_item import BulkAddUpdateInputContactsItem
from .bulk_add_update_response import BulkAddUpdateResponse
from .bulk_add_update_response_invalids_item_type_0 import BulkAddUpdateResponseInvalidsItemType0
from .bulk_contact_result import BulkContactResult
from .campaign_row import CampaignRow
from .campaign_row_settings_type_0 import CampaignRowSettingsType0
from .cascade_selections_response import CascadeSelectionsResponse
from .cascade_selections_response_options_item import CascadeSelectionsResponseOptionsItem
from .comment_subscribe_settings import CommentSubscribeSettings
from .complete_installation_input import CompleteInstallationInput
from .compliance_save_response import ComplianceSaveResponse
from .compliance_save_response_settings_type_0 import ComplianceSaveResponseSettingsType0
from .compliance_settings import ComplianceSettings
from .compliance_settings_input import ComplianceSettingsInput
from .contact import Contact
from .contact_bulk_delete_input import ContactBulkDeleteInput
from .contact_commerce_stat_type_1 import ContactCommerceStatType1
from .contact_create_response import ContactCreateResponse
from .contact_fields import ContactFields
from .contact_find_response import ContactFindResponse
from .contact_form_input import ContactFormInput
from .contact_form_input_custom_values import ContactFormInputCustomValues
from .contact_form_input_force_update import ContactFormInputForceUpdate
from .contact_index_response import ContactIndexResponse
from .contact_input import ContactInput
from .contact_input_custom_values import ContactInputCustomValues
from .contact_input_fields import ContactInputFields
from .contact_input_force_update import ContactInputForceUpdate
from .contact_list import ContactList
from .contact_list_item import ContactListItem
from .contact_page import ContactPage
from .contact_pivot import ContactPivot
from .contact_record import ContactRecord
from .contact_stats import ContactStats
from .contact_status_input import ContactStatusInput
from .contact_tag import ContactTag
from .contact_type_input import ContactTypeInput
from .contact_update_fields import ContactUpdateFields
from .contact_update_fields_custom_values import ContactUpdateFieldsCustomValues
from .contact_update_form_input import ContactUpdateFormInput
from .contact_update_form_input_custom_values import ContactUpdateFormInputCustomValues
from .contact_update_response import ContactUpdateResponse
from .count_old_logs_selected_logs_item import CountOldLogsSelectedLogsItem
from .created_list import CreatedList
from .created_tag import CreatedTag
from .critical_error import CriticalError
from .critical_error_data import CriticalErrorData
from .cron_event import CronEvent
from .cron_status import CronStatus
from .cron_status_server import CronStatusServer
from .csv_column_map import CsvColumnMap
from .csv_import_input import CsvImportInput
from .csv_import_input_delimiter import CsvImportInputDelimiter
from .csv_import_input_double_optin_email import CsvImportInputDoubleOptinEmail
from .csv_import_input_force_update_status import CsvImportInputForceUpdateStatus
from .csv_import_response import CsvImportResponse
from .csv_import_response_invalid_contacts_item import CsvImportResponseInvalidContactsItem
from .csv_import_response_result import CsvImportResponseResult
from .csv_import_response_result_skips_item import CsvImportResponseResultSkipsItem
from .csv_import_response_skipped_contacts_item import CsvImportResponseSkippedContactsItem
from .csv_upload_input import CsvUploadInput
from .csv_upload_input_delimiter import CsvUploadInputDelimiter
from .csv_upload_input_type import CsvUploadInputType
from .csv_upload_response import CsvUploadResponse
from .csv_upload_response_fields import CsvUploadResponseFields
from .custom_field_definition import CustomFieldDefinition
from .custom_field_group import CustomFieldGroup
from .custom_field_input import CustomFieldInput
from .custom_field_input_field_key import CustomFieldInputFieldKey
from .custom_field_input_type import CustomFieldInputType
from .custom_field_type import CustomFieldType
from .custom_fields_response import CustomFieldsResponse
from .custom_fields_response_field_types import CustomFieldsResponseFieldTypes
from .custom_fields_save_request import CustomFieldsSaveRequest
from .custom_fields_save_response import CustomFieldsSaveResponse
from .custom_values_type_0 import CustomValuesType0
from .dashboard_counters import DashboardCounters
from .dashboard_onboarding import DashboardOnboarding
from .dashboard_onboarding_steps_item import DashboardOnboardingStepsItem
from .dashboard_quick_link import DashboardQuickLink
from .dashboard_recommendation import DashboardRecommendation
from .dashboard_route import DashboardRoute
from .dashboard_sales_figure import DashboardSalesFigure
from .dashboard_stat_card import DashboardStatCard
from .dashboard_stats import DashboardStats
from .dashboard_stats_ff_config import DashboardStatsFfConfig
from .dashboard_system_tip import DashboardSystemTip
from .doc_article import DocArticle
from .doc_article_category import DocArticleCategory
from .doc_fetched import DocFetched
from .doc_unavailable import DocUnavailable
from .docs_index_response import DocsIndexResponse
from .double_optin_response import DoubleOptinResponse
from .double_optin_response_settings_fields import DoubleOptinResponseSettingsFields
from .double_optin_save_input import DoubleOptinSaveInput
from .double_optin_settings import DoubleOptinSettings
from .double_optin_settings_input import DoubleOptinSettingsInput
from .double_optin_settings_input_after_confirmation_type import DoubleOptinSettingsInputAfterConfirmationType
from .double_optin_settings_input_design_template import DoubleOptinSettingsInputDesignTemplate
from .double_optin_settings_input_tag_redirects_item import DoubleOptinSettingsInputTagRedirectsItem
from .double_optin_settings_tag_redirects_item import DoubleOptinSettingsTagRedirectsItem
from .echo_test_post_data_body import EchoTestPostDataBody
from .echo_test_post_json_body import EchoTestPostJsonBody
from .echo_test_put_body import EchoTestPutBody
from .email_design_template import EmailDesignTemplate
from .email_design_template_config import EmailDesignTemplateConfig
from .email_settings import EmailSettings
from .experiment_campaigns import ExperimentCampaigns
from .experimental_settings import ExperimentalSettings
from .experimental_settings_input import ExperimentalSettingsInput
from .experimental_settings_input_campaign_status import ExperimentalSettingsInputCampaignStatus
from .form_field_description import FormFieldDescription
from .form_field_description_dependency import FormFieldDescriptionDependency
from .form_field_description_field_option_selector import FormFieldDescriptionFieldOptionSelector
from .form_field_description_options_type_0_item import FormFieldDescriptionOptionsType0Item
from .form_field_description_options_type_1 import FormFieldDescriptionOptionsType1
from .form_field_description_remote_field import FormFieldDescriptionRemoteField
from .form_field_description_selector_options_item import FormFieldDescriptionSelectorOptionsItem
from .get_addons_with_item import GetAddonsWithItem
from .get_auto_subscribe_settings_with_item import GetAutoSubscribeSettingsWithItem
from .get_compliance_settings_response_200 import GetComplianceSettingsResponse200
from .get_contact_custom_fields_with_item import GetContactCustomFieldsWithItem
from .get_contact_with_item import GetContactWithItem
from .get_double_optin_settings_with_item import GetDoubleOptinSettingsWithItem
from .get_experimental_settings_response_200 import GetExperimentalSettingsResponse200
from .get_migrator_list_tag_mappings_credential import GetMigratorListTagMappingsCredential
from .get_migrator_list_tag_mappings_driver import GetMigratorListTagMappingsDriver
from .get_report_options_with_count_item import GetReportOptionsWithCountItem
from .global_settings_input import GlobalSettingsInput
from .global_settings_input_settings import GlobalSettingsInputSettings
from .global_settings_input_settings_email_settings import GlobalSettingsInputSettingsEmailSettings
from .global_settings_response import GlobalSettingsResponse
from .global_settings_response_business_settings import GlobalSettingsResponseBusinessSettings
from .global_settings_response_campaign import GlobalSettingsResponseCampaign
from .global_settings_response_campaign_from import GlobalSettingsResponseCampaignFrom
from .global_settings_response_email import GlobalSettingsResponseEmail
from .id_title_option import IdTitleOption
from .id_title_options_response import IdTitleOptionsResponse
from .import_csv_response_422_type_1 import ImportCsvResponse422Type1
from .import_driver import ImportDriver
from .import_driver_run_input import ImportDriverRunInput
from .import_driver_run_input_config import ImportDriverRunInputConfig
from .import_driver_run_input_config_double_optin_email import ImportDriverRunInputConfigDoubleOptinEmail
from .import_driver_run_input_config_import_silently import ImportDriverRunInputConfigImportSilently
from .import_drivers_response import ImportDriversResponse
from .import_drivers_response_drivers import ImportDriversResponseDrivers
from .import_status_input import ImportStatusInput
from .import_update_input_type_1 import ImportUpdateInputType1
from .imported_contact import ImportedContact
from .integration_save_input import IntegrationSaveInput
from .integration_save_input_action import IntegrationSaveInputAction
from .integrations_response import IntegrationsResponse
from .integrations_response_integrations_item import IntegrationsResponseIntegrationsItem
from .list_contacts_sort_by import ListContactsSortBy
from .list_contacts_sort_type import ListContactsSortType
from .list_create_response import ListCreateResponse
from .list_delete_response import ListDeleteResponse
from .list_index_response import ListIndexResponse
from .list_index_response_pagination import ListIndexResponsePagination
from .list_input import ListInput
from .list_integrations_with_item import ListIntegrationsWithItem
from .list_item import ListItem
from .list_lists_all_lists import ListListsAllLists
from .list_lists_exclude_counts import ListListsExcludeCounts
from .list_lists_sort_by import ListListsSortBy
from .list_lists_sort_order import ListListsSortOrder
from .list_object import ListObject
from .list_summary import ListSummary
from .list_tags_all_tags import ListTagsAllTags
from .list_tags_exclude_counts import ListTagsExcludeCounts
from .list_tags_sort_by import ListTagsSortBy
from .list_tags_sort_order import ListTagsSortOrder
from .list_update_response import ListUpdateResponse
from .log_page_meta import LogPageMeta
from .mailgun_event import MailgunEvent
from .mailgun_event_data import MailgunEventData
from .message_error import MessageError
from .message_with_bench import MessageWithBench
from .migrator_driver import MigratorDriver
from .migrator_driver_credential_fields import MigratorDriverCredentialFields
from .migrator_driver_credential_fields_additional_property import MigratorDriverCredentialFieldsAdditionalProperty
from .migrator_driver_credentials import MigratorDriverCredentials
from .migrator_driver_supports import MigratorDriverSupports
from .migrator_drivers_response import MigratorDriversResponse
from .migrator_drivers_response_drivers import MigratorDriversResponseDrivers
from .migrator_import_response import MigratorImportResponse
from .migrator_import_response_import_info import MigratorImportResponseImportInfo
from .migrator_input import MigratorInput
from .migrator_input_credential import MigratorInputCredential
from .migrator_input_driver import MigratorInputDriver
from .migrator_input_map_settings import MigratorInputMapSettings
from .migrator_mappings_response import MigratorMappingsResponse
from .migrator_mappings_response_options import MigratorMappingsResponseOptions
from .migrator_mappings_response_options_contact_fields_item import MigratorMappingsResponseOptionsContactFieldsItem
from .migrator_mappings_response_options_contact_fillables_type_0 import (
    MigratorMappingsResponseOptionsContactFillablesType0,
)
from .migrator_mappings_response_options_lists_item import MigratorMappingsResponseOptionsListsItem
from .migrator_mappings_response_options_tags_item import MigratorMappingsResponseOptionsTagsItem
from .migrator_summary_response import MigratorSummaryResponse
from .migrator_summary_response_import_summary import MigratorSummaryResponseImportSummary
from .old_log_counts import OldLogCounts
from .old_log_counts_log_counts_item import OldLogCountsLogCountsItem
from .old_logs_delete_response import OldLogsDeleteResponse
from .old_logs_input import OldLogsInput
from .old_logs_input_selected_logs_item import OldLogsInputSelectedLogsItem
from .paginator_meta import PaginatorMeta
from .plugin_install_response import PluginInstallResponse
from .plugin_install_response_ff_config import PluginInstallResponseFfConfig
from .registration_subscribe_settings import RegistrationSubscribeSettings
from .report_email import ReportEmail
from .report_email_campaign import ReportEmailCampaign
from .report_email_campaign_available_urls_type_1 import ReportEmailCampaignAvailableUrlsType1
from .report_email_campaign_settings_type_0 import ReportEmailCampaignSettingsType0
from .report_email_page import ReportEmailPage
from .report_emails_delete_input import ReportEmailsDeleteInput
from .report_emails_response import ReportEmailsResponse
from .report_emails_response_statuses_type_1 import ReportEmailsResponseStatusesType1
from .report_options import ReportOptions
from .report_options_automation_funnels_item import ReportOptionsAutomationFunnelsItem
from .report_options_campaigns_item import ReportOptionsCampaignsItem
from .report_options_countries_item import ReportOptionsCountriesItem
from .report_options_email_sequences_item import ReportOptionsEmailSequencesItem
from .report_options_lists_item import ReportOptionsListsItem
from .report_options_profile_sections import ReportOptionsProfileSections
from .report_options_profile_sections_additional_property import ReportOptionsProfileSectionsAdditionalProperty
from .report_options_response import ReportOptionsResponse
from .report_options_response_options_type_1_item import ReportOptionsResponseOptionsType1Item
from .report_options_segments_item import ReportOptionsSegmentsItem
from .report_options_tags_item import ReportOptionsTagsItem
from .report_stats import ReportStats
from .request_echo_response import RequestEchoResponse
from .request_echo_response_params_type_0 import RequestEchoResponseParamsType0
from .reset_database_response_200 import ResetDatabaseResponse200
from .rest_key_create_input import RestKeyCreateInput
from .rest_key_create_response import RestKeyCreateResponse
from .rest_key_create_response_item import RestKeyCreateResponseItem
from .rest_key_create_response_item_info import RestKeyCreateResponseItemInfo
from .rest_key_delete_input import RestKeyDeleteInput
from .rest_keys_response import RestKeysResponse
from .rest_keys_response_managers_item import RestKeysResponseManagersItem
from .rest_keys_response_rest_keys_item import RestKeysResponseRestKeysItem
from .rest_keys_response_rest_keys_item_api_keys_item import RestKeysResponseRestKeysItemApiKeysItem
from .role_based_tagging_settings import RoleBasedTaggingSettings
from .role_based_tagging_settings_tag_mappings import RoleBasedTaggingSettingsTagMappings
from .role_based_tagging_settings_tag_mappings_additional_property import (
    RoleBasedTaggingSettingsTagMappingsAdditionalProperty,
)
from .route_description import RouteDescription
from .route_description_endpoints_item import RouteDescriptionEndpointsItem
from .route_description_endpoints_item_args_type_0 import RouteDescriptionEndpointsItemArgsType0
from .route_description_links import RouteDescriptionLinks
from .route_description_links_self_item import RouteDescriptionLinksSelfItem
from .run_cron_input import RunCronInput
from .run_cron_input_hook import RunCronInputHook
from .save_integration_response_200 import SaveIntegrationResponse200
from .select_option import SelectOption
from .settings_form_section import SettingsFormSection
from .settings_form_section_fields import SettingsFormSectionFields
from .stat_buckets import StatBuckets
from .system_log_entry import SystemLogEntry
from .system_logs_response import SystemLogsResponse
from .system_logs_response_logs import SystemLogsResponseLogs
from .tag import Tag
from .tag_create_response import TagCreateResponse
from .tag_delete_response import TagDeleteResponse
from .tag_find_response import TagFindResponse
from .tag_index_response import TagIndexResponse
from .tag_input import TagInput
from .tag_item import TagItem
from .tag_page import TagPage
from .tag_summary import TagSummary
from .tag_update_response import TagUpdateResponse
from .user_import_driver import UserImportDriver
from .user_import_driver_config import UserImportDriverConfig
from .user_import_driver_fields import UserImportDriverFields
from .user_import_driver_fields_roles import UserImportDriverFieldsRoles
from .user_import_driver_fields_roles_options_item import UserImportDriverFieldsRolesOptionsItem
from .user_import_driver_labels import UserImportDriverLabels
from .user_import_input import UserImportInput
from .user_import_input_double_optin_email import UserImportInputDoubleOptinEmail
from .user_import_input_import_silently import UserImportInputImportSilently
from .user_import_progress import UserImportProgress
from .user_import_summary import UserImportSummary
from .user_import_summary_import_info import UserImportSummaryImportInfo
from .user_import_summary_import_info_subscribers_item import UserImportSummaryImportInfoSubscribersItem
from .user_sync_settings import UserSyncSettings
from .validation_errors import ValidationErrors
from .validation_errors_additional_property import ValidationErrorsAdditionalProperty
from .wp_error import WpError
from .wp_error_data import WpErrorData
from .wp_error_data_params import WpErrorDataParams
from .wrapped_contact_update import WrappedContactUpdate
from .yes_no_input import YesNoInput

__all__ = (
    "ActivityLogEntry",
    "ActivityLogsResponse",
    "ActivityLogsResponseLogs",
    "Addon",
    "AddonsResponse",
    "AddonsResponseAddons",
    "AddonsResponseExperimentalFeatures",
    "AdvancedProvidersResponse",
    "AdvancedProvidersResponseProvidersType0Item",
    "AdvancedProvidersResponseProvidersType1",
    "AdvancedProvidersResponseProvidersType1AdditionalProperty",
    "AutoSubscribeInput",
    "AutoSubscribeInputCommentSettings",
    "AutoSubscribeInputRegistrationSetting",
    "AutoSubscribeInputUserSyncingSettings",
    "AutoSubscribeResponse",
    "BounceConfigsResponse",
    "BounceConfigsResponseBounceSettings",
    "BounceConfigsResponseFluentsmtpInfoType1",
    "BounceEventType1Item",
    "BounceHandled",
    "BounceHandledSuccess",
    "BounceHandlerInfo",
    "BounceRejected",
    "BulkAddUpdateInput",
    "BulkAddUpdateInputContactsItem",
    "BulkAddUpdateResponse",
    "BulkAddUpdateResponseInvalidsItemType0",
    "BulkContactResult",
    "CampaignRow",
    "CampaignRowSettingsType0",
    "CascadeSelectionsResponse",
    "CascadeSelectionsResponseOptionsItem",
    "CommentSubscribeSettings",
    "CompleteInstallationInput",
    "ComplianceSaveResponse",
    "ComplianceSaveResponseSettingsType0",
    "ComplianceSettings",
    "ComplianceSettingsInput",
    "Contact",
    "ContactBulkDeleteInput",
    "ContactCommerceStatType1",
    "ContactCreateResponse",
    "ContactFields",
    "ContactFindResponse",
    "ContactFormInput",
    "ContactFormInputCustomValues",
    "ContactFormInputForceUpdate",
    "ContactIndexResponse",
    "ContactInput",
    "ContactInputCustomValues",
    "ContactInputFields",
    "ContactInputForceUpdate",
    "ContactList",
    "ContactListItem",
    "ContactPage",
    "ContactPivot",
    "ContactRecord",
    "ContactStats",
    "ContactStatusInput",
    "ContactTag",
    "ContactTypeInput",
    "ContactUpdateFields",
    "ContactUpdateFieldsCustomValues",
    "ContactUpdateFormInput",
    "ContactUpdateFormInputCustomValues",
    "ContactUpdateResponse",
    "CountOldLogsSelectedLogsItem",
    "CreatedList",
    "CreatedTag",
    "CriticalError",
    "CriticalErrorData",
    "CronEvent",
    "CronStatus",
    "CronStatusServer",
    "CsvColumnMap",
    "CsvImportInput",
    "CsvImportInputDelimiter",
    "CsvImportInputDoubleOptinEmail",
    "CsvImportInputForceUpdateStatus",
    "CsvImportResponse",
    "CsvImportResponseInvalidContactsItem",
    "CsvImportResponseResult",
    "CsvImportResponseResultSkipsItem",
    "CsvImportResponseSkippedContactsItem",
    "CsvUploadInput",
    "CsvUploadInputDelimiter",
    "CsvUploadInputType",
    "CsvUploadResponse",
    "CsvUploadResponseFields",
    "CustomFieldDefinition",
    "CustomFieldGroup",
    "CustomFieldInput",
    "CustomFieldInputFieldKey",
    "CustomFieldInputType",
    "CustomFieldsResponse",
    "CustomFieldsResponseFieldTypes",
    "CustomFieldsSaveRequest",
    "CustomFieldsSaveResponse",
    "CustomFieldType",
    "CustomValuesType0",
    "DashboardCounters",
    "DashboardOnboarding",
    "DashboardOnboardingStepsItem",
    "DashboardQuickLink",
    "DashboardRecommendation",
    "DashboardRoute",
    "DashboardSalesFigure",
    "DashboardStatCard",
    "DashboardStats",
    "DashboardStatsFfConfig",
    "DashboardSystemTip",
    "DocArticle",
    "DocArticleCategory",
    "DocFetched",
    "DocsIndexResponse",
    "DocUnavailable",
    "DoubleOptinResponse",
    "DoubleOptinResponseSettingsFields",
    "DoubleOptinSaveInput",
    "DoubleOptinSettings",
    "DoubleOptinSettingsInput",
    "DoubleOptinSettingsInputAfterConfirmationType",
    "DoubleOptinSettingsInputDesignTemplate",
    "DoubleOptinSettingsInputTagRedirectsItem",
    "DoubleOptinSettingsTagRedirectsItem",
    "EchoTestPostDataBody",
    "EchoTestPostJsonBody",
    "EchoTestPutBody",
    "EmailDesignTemplate",
    "EmailDesignTemplateConfig",
    "EmailSettings",
    "ExperimentalSettings",
    "ExperimentalSettingsInput",
    "ExperimentalSettingsInputCampaignStatus",
    "ExperimentCampaigns",
    "FormFieldDescription",
    "FormFieldDescriptionDependency",
    "FormFieldDescriptionFieldOptionSelector",
    "FormFieldDescriptionOptionsType0Item",
    "FormFieldDescriptionOptionsType1",
    "FormFieldDescriptionRemoteField",
    "FormFieldDescriptionSelectorOptionsItem",
    "GetAddonsWithItem",
    "GetAutoSubscribeSettingsWithItem",
    "GetComplianceSettingsResponse200",
    "GetContactCustomFieldsWithItem",
    "GetContactWithItem",
    "GetDoubleOptinSettingsWithItem",
    "GetExperimentalSettingsResponse200",
    "GetMigratorListTagMappingsCredential",
    "GetMigratorListTagMappingsDriver",
    "GetReportOptionsWithCountItem",
    "GlobalSettingsInput",
    "GlobalSettingsInputSettings",
    "GlobalSettingsInputSettingsEmailSettings",
    "GlobalSettingsResponse",
    "GlobalSettingsResponseBusinessSettings",
    "GlobalSettingsResponseCampaign",
    "GlobalSettingsResponseCampaignFrom",
    "GlobalSettingsResponseEmail",
    "IdTitleOption",
    "IdTitleOptionsResponse",
    "ImportCsvResponse422Type1",
    "ImportDriver",
    "ImportDriverRunInput",
    "ImportDriverRunInputConfig",
    "ImportDriverRunInputConfigDoubleOptinEmail",
    "ImportDriverRunInputConfigImportSilently",
    "ImportDriversResponse",
    "ImportDriversResponseDrivers",
    "ImportedContact",
    "ImportStatusInput",
    "ImportUpdateInputType1",
    "IntegrationSaveInput",
    "IntegrationSaveInputAction",
    "IntegrationsResponse",
    "IntegrationsResponseIntegrationsItem",
    "ListContactsSortBy",
    "ListContactsSortType",
    "ListCreateResponse",
    "ListDeleteResponse",
    "ListIndexResponse",
    "ListIndexResponsePagination",
    "ListInput",
    "ListIntegrationsWithItem",
    "ListItem",
    "ListListsAllLists",
    "ListListsExcludeCounts",
    "ListListsSortBy",
    "ListListsSortOrder",
    "ListObject",
    "ListSummary",
    "ListTagsAllTags",
    "ListTagsExcludeCounts",
    "ListTagsSortBy",
    "ListTagsSortOrder",
    "ListUpdateResponse",
    "LogPageMeta",
    "MailgunEvent",
    "MailgunEventData",
    "MessageError",
    "MessageWithBench",
    "MigratorDriver",
    "MigratorDriverCredentialFields",
    "MigratorDriverCredentialFieldsAdditionalProperty",
    "MigratorDriverCredentials",
    "MigratorDriversResponse",
    "MigratorDriversResponseDrivers",
    "MigratorDriverSupports",
    "MigratorImportResponse",
    "MigratorImportResponseImportInfo",
    "MigratorInput",
    "MigratorInputCredential",
    "MigratorInputDriver",
    "MigratorInputMapSettings",
    "MigratorMappingsResponse",
    "MigratorMappingsResponseOptions",
    "MigratorMappingsResponseOptionsContactFieldsItem",
    "MigratorMappingsResponseOptionsContactFillablesType0",
    "MigratorMappingsResponseOptionsListsItem",
    "MigratorMappingsResponseOptionsTagsItem",
    "MigratorSummaryResponse",
    "MigratorSummaryResponseImportSummary",
    "OldLogCounts",
    "OldLogCountsLogCountsItem",
    "OldLogsDeleteResponse",
    "OldLogsInput",
    "OldLogsInputSelectedLogsItem",
    "PaginatorMeta",
    "PluginInstallResponse",
    "PluginInstallResponseFfConfig",
    "RegistrationSubscribeSettings",
    "ReportEmail",
    "ReportEmailCampaign",
    "ReportEmailCampaignAvailableUrlsType1",
    "ReportEmailCampaignSettingsType0",
    "ReportEmailPage",
    "ReportEmailsDeleteInput",
    "ReportEmailsResponse",
    "ReportEmailsResponseStatusesType1",
    "ReportOptions",
    "ReportOptionsAutomationFunnelsItem",
    "ReportOptionsCampaignsItem",
    "ReportOptionsCountriesItem",
    "ReportOptionsEmailSequencesItem",
    "ReportOptionsListsItem",
    "ReportOptionsProfileSections",
    "ReportOptionsProfileSectionsAdditionalProperty",
    "ReportOptionsResponse",
    "ReportOptionsResponseOptionsType1Item",
    "ReportOptionsSegmentsItem",
    "ReportOptionsTagsItem",
    "ReportStats",
    "RequestEchoResponse",
    "RequestEchoResponseParamsType0",
    "ResetDatabaseResponse200",
    "RestKeyCreateInput",
    "RestKeyCreateResponse",
    "RestKeyCreateResponseItem",
    "RestKeyCreateResponseItemInfo",
    "RestKeyDeleteInput",
    "RestKeysResponse",
    "RestKeysResponseManagersItem",
    "RestKeysResponseRestKeysItem",
    "RestKeysResponseRestKeysItemApiKeysItem",
    "RoleBasedTaggingSettings",
    "RoleBasedTaggingSettingsTagMappings",
    "RoleBasedTaggingSettingsTagMappingsAdditionalProperty",
    "RouteDescription",
    "RouteDescriptionEndpointsItem",
    "RouteDescriptionEndpointsItemArgsType0",
    "RouteDescriptionLinks",
    "RouteDescriptionLinksSelfItem",
    "RunCronInput",
    "RunCronInputHook",
    "SaveIntegrationResponse200",
    "SelectOption",
    "SettingsFormSection",
    "SettingsFormSectionFields",
    "StatBuckets",
    "SystemLogEntry",
    "SystemLogsResponse",
    "SystemLogsResponseLogs",
    "Tag",
    "TagCreateResponse",
    "TagDeleteResponse",
    "TagFindResponse",
    "TagIndexResponse",
    "TagInput",
    "TagItem",
    "TagPage",
    "TagSummary",
    "TagUpdateResponse",
    "UserImportDriver",
    "UserImportDriverConfig",
    "UserImportDriverFields",
    "UserImportDriverFieldsRoles",
    "UserImportDriverFieldsRolesOptionsItem",
    "UserImportDriverLabels",
    "UserImportInput",
    "UserImportInputDoubleOptinEmail",
    "UserImportInputImportSilently",
    "UserImportProgress",
    "UserImportSummary",
    "UserImportSummaryImportInfo",
    "UserImportSummaryImportInfoSubscribersItem",
    "UserSyncSettings",
    "ValidationErrors",
    "ValidationErrorsAdditionalProperty",
    "WpError",
    "WpErrorData",
    "WpErrorDataParams",
    "WrappedContactUpdate",
    "YesNoInput",
)
