"""Contains all the data models used in inputs/outputs"""

from .activity_log_entry import ActivityLogEntry
from .activity_logs_response import ActivityLogsResponse
from .activity_logs_response_logs import ActivityLogsResponseLogs
from .auto_subscribe_input import AutoSubscribeInput
from .auto_subscribe_input_comment_settings import AutoSubscribeInputCommentSettings
from .auto_subscribe_input_registration_setting import AutoSubscribeInputRegistrationSetting
from .auto_subscribe_input_user_syncing_settings import AutoSubscribeInputUserSyncingSettings
from .auto_subscribe_response import AutoSubscribeResponse
from .bounce_configs_response import BounceConfigsResponse
from .bounce_configs_response_bounce_settings import BounceConfigsResponseBounceSettings
from .bounce_configs_response_fluentsmtp_info_type_1 import BounceConfigsResponseFluentsmtpInfoType1
from .bounce_handler_info import BounceHandlerInfo
from .bulk_add_update_input import BulkAddUpdateInput
from .bulk_add_update_input_contacts_item import BulkAddUpdateInputContactsItem
from .bulk_add_update_response import BulkAddUpdateResponse
from .bulk_add_update_response_invalids_item_type_0 import BulkAddUpdateResponseInvalidsItemType0
from .bulk_contact_result import BulkContactResult
from .campaign_row import CampaignRow
from .campaign_row_settings_type_0 import CampaignRowSettingsType0
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
from .get_auto_subscribe_settings_with_item import GetAutoSubscribeSettingsWithItem
from .get_compliance_settings_response_200 import GetComplianceSettingsResponse200
from .get_contact_custom_fields_with_item import GetContactCustomFieldsWithItem
from .get_contact_with_item import GetContactWithItem
from .get_double_optin_settings_with_item import GetDoubleOptinSettingsWithItem
from .get_experimental_settings_response_200 import GetExperimentalSettingsResponse200
from .global_settings_input import GlobalSettingsInput
from .global_settings_input_settings import GlobalSettingsInputSettings
from .global_settings_input_settings_email_settings import GlobalSettingsInputSettingsEmailSettings
from .global_settings_response import GlobalSettingsResponse
from .global_settings_response_business_settings import GlobalSettingsResponseBusinessSettings
from .global_settings_response_campaign import GlobalSettingsResponseCampaign
from .global_settings_response_campaign_from import GlobalSettingsResponseCampaignFrom
from .global_settings_response_email import GlobalSettingsResponseEmail
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
from .message_error import MessageError
from .message_with_bench import MessageWithBench
from .old_log_counts import OldLogCounts
from .old_log_counts_log_counts_item import OldLogCountsLogCountsItem
from .old_logs_delete_response import OldLogsDeleteResponse
from .old_logs_input import OldLogsInput
from .old_logs_input_selected_logs_item import OldLogsInputSelectedLogsItem
from .paginator_meta import PaginatorMeta
from .plugin_install_response import PluginInstallResponse
from .plugin_install_response_ff_config import PluginInstallResponseFfConfig
from .registration_subscribe_settings import RegistrationSubscribeSettings
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
    "AutoSubscribeInput",
    "AutoSubscribeInputCommentSettings",
    "AutoSubscribeInputRegistrationSetting",
    "AutoSubscribeInputUserSyncingSettings",
    "AutoSubscribeResponse",
    "BounceConfigsResponse",
    "BounceConfigsResponseBounceSettings",
    "BounceConfigsResponseFluentsmtpInfoType1",
    "BounceHandlerInfo",
    "BulkAddUpdateInput",
    "BulkAddUpdateInputContactsItem",
    "BulkAddUpdateResponse",
    "BulkAddUpdateResponseInvalidsItemType0",
    "BulkContactResult",
    "CampaignRow",
    "CampaignRowSettingsType0",
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
    "GetAutoSubscribeSettingsWithItem",
    "GetComplianceSettingsResponse200",
    "GetContactCustomFieldsWithItem",
    "GetContactWithItem",
    "GetDoubleOptinSettingsWithItem",
    "GetExperimentalSettingsResponse200",
    "GlobalSettingsInput",
    "GlobalSettingsInputSettings",
    "GlobalSettingsInputSettingsEmailSettings",
    "GlobalSettingsResponse",
    "GlobalSettingsResponseBusinessSettings",
    "GlobalSettingsResponseCampaign",
    "GlobalSettingsResponseCampaignFrom",
    "GlobalSettingsResponseEmail",
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
    "MessageError",
    "MessageWithBench",
    "OldLogCounts",
    "OldLogCountsLogCountsItem",
    "OldLogsDeleteResponse",
    "OldLogsInput",
    "OldLogsInputSelectedLogsItem",
    "PaginatorMeta",
    "PluginInstallResponse",
    "PluginInstallResponseFfConfig",
    "RegistrationSubscribeSettings",
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
    "UserSyncSettings",
    "ValidationErrors",
    "ValidationErrorsAdditionalProperty",
    "WpError",
    "WpErrorData",
    "WpErrorDataParams",
    "WrappedContactUpdate",
    "YesNoInput",
)
