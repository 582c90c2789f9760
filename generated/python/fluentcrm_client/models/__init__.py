"""Contains all the data models used in inputs/outputs"""

from .bulk_add_update_input import BulkAddUpdateInput
from .bulk_add_update_input_contacts_item import BulkAddUpdateInputContactsItem
from .bulk_add_update_response import BulkAddUpdateResponse
from .bulk_add_update_response_invalids_item_type_0 import BulkAddUpdateResponseInvalidsItemType0
from .bulk_contact_result import BulkContactResult
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
from .create_form_response_200 import CreateFormResponse200
from .create_form_response_200_created_form import CreateFormResponse200CreatedForm
from .create_funnel_from_template_body import CreateFunnelFromTemplateBody
from .create_funnel_from_template_body_template import CreateFunnelFromTemplateBodyTemplate
from .create_webhook_response_200 import CreateWebhookResponse200
from .created_list import CreatedList
from .created_tag import CreatedTag
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
from .editor_field import EditorField
from .editor_field_dependency import EditorFieldDependency
from .editor_field_options_item import EditorFieldOptionsItem
from .editor_form import EditorForm
from .editor_form_fields import EditorFormFields
from .empty_php_array_item import EmptyPhpArrayItem
from .form_create_input import FormCreateInput
from .form_create_input_template_id import FormCreateInputTemplateId
from .form_template import FormTemplate
from .form_template_map_fields import FormTemplateMapFields
from .funnel import Funnel
from .funnel_bulk_action_input import FunnelBulkActionInput
from .funnel_bulk_action_input_action_name import FunnelBulkActionInputActionName
from .funnel_campaign import FunnelCampaign
from .funnel_create_input import FunnelCreateInput
from .funnel_create_input_funnel import FunnelCreateInputFunnel
from .funnel_detail import FunnelDetail
from .funnel_detail_condition_fields_type_0 import FunnelDetailConditionFieldsType0
from .funnel_detail_condition_fields_type_1_item import FunnelDetailConditionFieldsType1Item
from .funnel_detail_settings import FunnelDetailSettings
from .funnel_email_action_input import FunnelEmailActionInput
from .funnel_email_action_input_action_data import FunnelEmailActionInputActionData
from .funnel_email_action_input_action_data_campaign import FunnelEmailActionInputActionDataCampaign
from .funnel_email_action_input_action_data_campaign_settings import FunnelEmailActionInputActionDataCampaignSettings
from .funnel_email_action_input_action_data_mailer_settings import FunnelEmailActionInputActionDataMailerSettings
from .funnel_email_action_response import FunnelEmailActionResponse
from .funnel_email_reports import FunnelEmailReports
from .funnel_email_reports_email_sequences_item import FunnelEmailReportsEmailSequencesItem
from .funnel_email_reports_email_sequences_item_campaign import FunnelEmailReportsEmailSequencesItemCampaign
from .funnel_email_stats import FunnelEmailStats
from .funnel_find_response import FunnelFindResponse
from .funnel_find_response_block_fields import FunnelFindResponseBlockFields
from .funnel_find_response_block_fields_additional_property import FunnelFindResponseBlockFieldsAdditionalProperty
from .funnel_find_response_blocks import FunnelFindResponseBlocks
from .funnel_find_response_blocks_additional_property import FunnelFindResponseBlocksAdditionalProperty
from .funnel_find_response_blocks_additional_property_settings import FunnelFindResponseBlocksAdditionalPropertySettings
from .funnel_find_response_composer_context_codes_item import FunnelFindResponseComposerContextCodesItem
from .funnel_import_input import FunnelImportInput
from .funnel_import_input_funnel import FunnelImportInputFunnel
from .funnel_import_input_funnel_conditions import FunnelImportInputFunnelConditions
from .funnel_import_input_funnel_labels_item import FunnelImportInputFunnelLabelsItem
from .funnel_import_input_funnel_settings import FunnelImportInputFunnelSettings
from .funnel_import_input_sequences_item import FunnelImportInputSequencesItem
from .funnel_import_input_sequences_item_settings import FunnelImportInputSequencesItemSettings
from .funnel_label import FunnelLabel
from .funnel_labels_change import FunnelLabelsChange
from .funnel_labels_change_action import FunnelLabelsChangeAction
from .funnel_list_item import FunnelListItem
from .funnel_metric import FunnelMetric
from .funnel_page import FunnelPage
from .funnel_report import FunnelReport
from .funnel_report_stats import FunnelReportStats
from .funnel_row import FunnelRow
from .funnel_saved_response import FunnelSavedResponse
from .funnel_sequence import FunnelSequence
from .funnel_sequence_children import FunnelSequenceChildren
from .funnel_sequence_children_additional_property_item import FunnelSequenceChildrenAdditionalPropertyItem
from .funnel_sequences_fallback_input import FunnelSequencesFallbackInput
from .funnel_sequences_input import FunnelSequencesInput
from .funnel_sequences_save_response import FunnelSequencesSaveResponse
from .funnel_status_change import FunnelStatusChange
from .funnel_status_input import FunnelStatusInput
from .funnel_step_metric import FunnelStepMetric
from .funnel_step_settings_type_0 import FunnelStepSettingsType0
from .funnel_subscriber import FunnelSubscriber
from .funnel_subscriber_page import FunnelSubscriberPage
from .funnel_subscriber_status_change import FunnelSubscriberStatusChange
from .funnel_subscriber_status_change_status import FunnelSubscriberStatusChangeStatus
from .funnel_title_change import FunnelTitleChange
from .funnel_trigger import FunnelTrigger
from .funnel_trigger_change import FunnelTriggerChange
from .funnel_triggers import FunnelTriggers
from .get_contact_custom_fields_with_item import GetContactCustomFieldsWithItem
from .get_contact_with_item import GetContactWithItem
from .get_funnel_subscriber_report_response_200 import GetFunnelSubscriberReportResponse200
from .get_funnel_syncable_count_response_200 import GetFunnelSyncableCountResponse200
from .get_funnel_with_item import GetFunnelWithItem
from .list_contact_automations_response_200 import ListContactAutomationsResponse200
from .list_contacts_sort_by import ListContactsSortBy
from .list_contacts_sort_type import ListContactsSortType
from .list_create_response import ListCreateResponse
from .list_delete_response import ListDeleteResponse
from .list_form_templates_response_200 import ListFormTemplatesResponse200
from .list_form_templates_response_200_templates import ListFormTemplatesResponse200Templates
from .list_forms_response_200 import ListFormsResponse200
from .list_forms_response_200_forms import ListFormsResponse200Forms
from .list_forms_response_200_forms_data_item import ListFormsResponse200FormsDataItem
from .list_funnel_activities_response_200 import ListFunnelActivitiesResponse200
from .list_funnel_activities_status import ListFunnelActivitiesStatus
from .list_funnel_subscribers_response_200 import ListFunnelSubscribersResponse200
from .list_funnel_subscribers_status import ListFunnelSubscribersStatus
from .list_funnel_subscribers_with_item import ListFunnelSubscribersWithItem
from .list_funnel_templates_response_200 import ListFunnelTemplatesResponse200
from .list_funnel_templates_response_200_all_item import ListFunnelTemplatesResponse200AllItem
from .list_funnel_templates_response_200_cats_item import ListFunnelTemplatesResponse200CatsItem
from .list_funnel_templates_response_200_templates_item import ListFunnelTemplatesResponse200TemplatesItem
from .list_funnel_triggers_response_200 import ListFunnelTriggersResponse200
from .list_funnels_response_200 import ListFunnelsResponse200
from .list_funnels_sort_by import ListFunnelsSortBy
from .list_funnels_sort_type import ListFunnelsSortType
from .list_funnels_with_item import ListFunnelsWithItem
from .list_index_response import ListIndexResponse
from .list_index_response_pagination import ListIndexResponsePagination
from .list_input import ListInput
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
from .list_webhooks_response_200 import ListWebhooksResponse200
from .list_webhooks_response_200_companies_item import ListWebhooksResponse200CompaniesItem
from .mailer_settings import MailerSettings
from .message_error import MessageError
from .message_with_bench import MessageWithBench
from .paginator_meta import PaginatorMeta
from .php_map_type_0 import PhpMapType0
from .php_map_type_1_item import PhpMapType1Item
from .remove_funnel_subscriber_rows_body import RemoveFunnelSubscriberRowsBody
from .remove_funnel_subscribers_body import RemoveFunnelSubscribersBody
from .report_stats import ReportStats
from .route_description import RouteDescription
from .route_description_endpoints_item import RouteDescriptionEndpointsItem
from .route_description_endpoints_item_args_type_0 import RouteDescriptionEndpointsItemArgsType0
from .route_description_links import RouteDescriptionLinks
from .route_description_links_self_item import RouteDescriptionLinksSelfItem
from .save_funnel_email_action_fallback_body import SaveFunnelEmailActionFallbackBody
from .send_funnel_test_webhook_body import SendFunnelTestWebhookBody
from .send_funnel_test_webhook_body_data import SendFunnelTestWebhookBodyData
from .send_funnel_test_webhook_body_data_body_data_type import SendFunnelTestWebhookBodyDataBodyDataType
from .send_funnel_test_webhook_body_data_body_data_values_item import SendFunnelTestWebhookBodyDataBodyDataValuesItem
from .send_funnel_test_webhook_body_data_header_data_item import SendFunnelTestWebhookBodyDataHeaderDataItem
from .send_funnel_test_webhook_body_data_header_type import SendFunnelTestWebhookBodyDataHeaderType
from .send_funnel_test_webhook_body_data_request_format import SendFunnelTestWebhookBodyDataRequestFormat
from .send_funnel_test_webhook_body_data_sending_method import SendFunnelTestWebhookBodyDataSendingMethod
from .send_funnel_test_webhook_response_200 import SendFunnelTestWebhookResponse200
from .stat_buckets import StatBuckets
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
from .validation_errors import ValidationErrors
from .validation_errors_additional_property import ValidationErrorsAdditionalProperty
from .webhook import Webhook
from .webhook_create_input import WebhookCreateInput
from .webhook_field import WebhookField
from .webhook_form_input import WebhookFormInput
from .webhook_input import WebhookInput
from .webhook_list_response import WebhookListResponse
from .webhook_value import WebhookValue
from .wp_error import WpError
from .wp_error_data import WpErrorData
from .wp_error_data_params import WpErrorDataParams
from .wrapped_contact_update import WrappedContactUpdate

__all__ = (
    "BulkAddUpdateInput",
    "BulkAddUpdateInputContactsItem",
    "BulkAddUpdateResponse",
    "BulkAddUpdateResponseInvalidsItemType0",
    "BulkContactResult",
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
    "CreatedList",
    "CreatedTag",
    "CreateFormResponse200",
    "CreateFormResponse200CreatedForm",
    "CreateFunnelFromTemplateBody",
    "CreateFunnelFromTemplateBodyTemplate",
    "CreateWebhookResponse200",
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
    "EditorField",
    "EditorFieldDependency",
    "EditorFieldOptionsItem",
    "EditorForm",
    "EditorFormFields",
    "EmptyPhpArrayItem",
    "FormCreateInput",
    "FormCreateInputTemplateId",
    "FormTemplate",
    "FormTemplateMapFields",
    "Funnel",
    "FunnelBulkActionInput",
    "FunnelBulkActionInputActionName",
    "FunnelCampaign",
    "FunnelCreateInput",
    "FunnelCreateInputFunnel",
    "FunnelDetail",
    "FunnelDetailConditionFieldsType0",
    "FunnelDetailConditionFieldsType1Item",
    "FunnelDetailSettings",
    "FunnelEmailActionInput",
    "FunnelEmailActionInputActionData",
    "FunnelEmailActionInputActionDataCampaign",
    "FunnelEmailActionInputActionDataCampaignSettings",
    "FunnelEmailActionInputActionDataMailerSettings",
    "FunnelEmailActionResponse",
    "FunnelEmailReports",
    "FunnelEmailReportsEmailSequencesItem",
    "FunnelEmailReportsEmailSequencesItemCampaign",
    "FunnelEmailStats",
    "FunnelFindResponse",
    "FunnelFindResponseBlockFields",
    "FunnelFindResponseBlockFieldsAdditionalProperty",
    "FunnelFindResponseBlocks",
    "FunnelFindResponseBlocksAdditionalProperty",
    "FunnelFindResponseBlocksAdditionalPropertySettings",
    "FunnelFindResponseComposerContextCodesItem",
    "FunnelImportInput",
    "FunnelImportInputFunnel",
    "FunnelImportInputFunnelConditions",
    "FunnelImportInputFunnelLabelsItem",
    "FunnelImportInputFunnelSettings",
    "FunnelImportInputSequencesItem",
    "FunnelImportInputSequencesItemSettings",
    "FunnelLabel",
    "FunnelLabelsChange",
    "FunnelLabelsChangeAction",
    "FunnelListItem",
    "FunnelMetric",
    "FunnelPage",
    "FunnelReport",
    "FunnelReportStats",
    "FunnelRow",
    "FunnelSavedResponse",
    "FunnelSequence",
    "FunnelSequenceChildren",
    "FunnelSequenceChildrenAdditionalPropertyItem",
    "FunnelSequencesFallbackInput",
    "FunnelSequencesInput",
    "FunnelSequencesSaveResponse",
    "FunnelStatusChange",
    "FunnelStatusInput",
    "FunnelStepMetric",
    "FunnelStepSettingsType0",
    "FunnelSubscriber",
    "FunnelSubscriberPage",
    "FunnelSubscriberStatusChange",
    "FunnelSubscriberStatusChangeStatus",
    "FunnelTitleChange",
    "FunnelTrigger",
    "FunnelTriggerChange",
    "FunnelTriggers",
    "GetContactCustomFieldsWithItem",
    "GetContactWithItem",
    "GetFunnelSubscriberReportResponse200",
    "GetFunnelSyncableCountResponse200",
    "GetFunnelWithItem",
    "ListContactAutomationsResponse200",
    "ListContactsSortBy",
    "ListContactsSortType",
    "ListCreateResponse",
    "ListDeleteResponse",
    "ListFormsResponse200",
    "ListFormsResponse200Forms",
    "ListFormsResponse200FormsDataItem",
    "ListFormTemplatesResponse200",
    "ListFormTemplatesResponse200Templates",
    "ListFunnelActivitiesResponse200",
    "ListFunnelActivitiesStatus",
    "ListFunnelsResponse200",
    "ListFunnelsSortBy",
    "ListFunnelsSortType",
    "ListFunnelSubscribersResponse200",
    "ListFunnelSubscribersStatus",
    "ListFunnelSubscribersWithItem",
    "ListFunnelsWithItem",
    "ListFunnelTemplatesResponse200",
    "ListFunnelTemplatesResponse200AllItem",
    "ListFunnelTemplatesResponse200CatsItem",
    "ListFunnelTemplatesResponse200TemplatesItem",
    "ListFunnelTriggersResponse200",
    "ListIndexResponse",
    "ListIndexResponsePagination",
    "ListInput",
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
    "ListWebhooksResponse200",
    "ListWebhooksResponse200CompaniesItem",
    "MailerSettings",
    "MessageError",
    "MessageWithBench",
    "PaginatorMeta",
    "PhpMapType0",
    "PhpMapType1Item",
    "RemoveFunnelSubscriberRowsBody",
    "RemoveFunnelSubscribersBody",
    "ReportStats",
    "RouteDescription",
    "RouteDescriptionEndpointsItem",
    "RouteDescriptionEndpointsItemArgsType0",
    "RouteDescriptionLinks",
    "RouteDescriptionLinksSelfItem",
    "SaveFunnelEmailActionFallbackBody",
    "SendFunnelTestWebhookBody",
    "SendFunnelTestWebhookBodyData",
    "SendFunnelTestWebhookBodyDataBodyDataType",
    "SendFunnelTestWebhookBodyDataBodyDataValuesItem",
    "SendFunnelTestWebhookBodyDataHeaderDataItem",
    "SendFunnelTestWebhookBodyDataHeaderType",
    "SendFunnelTestWebhookBodyDataRequestFormat",
    "SendFunnelTestWebhookBodyDataSendingMethod",
    "SendFunnelTestWebhookResponse200",
    "StatBuckets",
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
    "ValidationErrors",
    "ValidationErrorsAdditionalProperty",
    "Webhook",
    "WebhookCreateInput",
    "WebhookField",
    "WebhookFormInput",
    "WebhookInput",
    "WebhookListResponse",
    "WebhookValue",
    "WpError",
    "WpErrorData",
    "WpErrorDataParams",
    "WrappedContactUpdate",
)
