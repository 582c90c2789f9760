"""Contains all the data models used in inputs/outputs"""

from .bulk_add_update_input import BulkAddUpdateInput
from .bulk_add_update_input_contacts_item import BulkAddUpdateInputContactsItem
from .bulk_add_update_response import BulkAddUpdateResponse
from .bulk_add_update_response_invalids_item_type_0 import BulkAddUpdateResponseInvalidsItemType0
from .bulk_contact_result import BulkContactResult
from .campaign import Campaign
from .campaign_analytics_figure import CampaignAnalyticsFigure
from .campaign_analytics_type_0 import CampaignAnalyticsType0
from .campaign_bulk_action_input import CampaignBulkActionInput
from .campaign_bulk_action_input_action_name import CampaignBulkActionInputActionName
from .campaign_by_body_input import CampaignByBodyInput
from .campaign_by_body_input_design_template import CampaignByBodyInputDesignTemplate
from .campaign_by_body_input_settings import CampaignByBodyInputSettings
from .campaign_by_body_input_subjects_item import CampaignByBodyInputSubjectsItem
from .campaign_by_body_input_utm_status import CampaignByBodyInputUtmStatus
from .campaign_dynamic_segment import CampaignDynamicSegment
from .campaign_email import CampaignEmail
from .campaign_email_ids_input import CampaignEmailIdsInput
from .campaign_email_page import CampaignEmailPage
from .campaign_fields import CampaignFields
from .campaign_input import CampaignInput
from .campaign_input_design_template import CampaignInputDesignTemplate
from .campaign_input_settings import CampaignInputSettings
from .campaign_input_subjects_item import CampaignInputSubjectsItem
from .campaign_input_utm_status import CampaignInputUtmStatus
from .campaign_label import CampaignLabel
from .campaign_labels_input import CampaignLabelsInput
from .campaign_labels_input_action import CampaignLabelsInputAction
from .campaign_list_item import CampaignListItem
from .campaign_mailer_settings import CampaignMailerSettings
from .campaign_page import CampaignPage
from .campaign_preview_input import CampaignPreviewInput
from .campaign_preview_input_campaign import CampaignPreviewInputCampaign
from .campaign_preview_input_campaign_settings import CampaignPreviewInputCampaignSettings
from .campaign_recipient_segment import CampaignRecipientSegment
from .campaign_recipients_input import CampaignRecipientsInput
from .campaign_recipients_input_advanced_filters_item_item import CampaignRecipientsInputAdvancedFiltersItemItem
from .campaign_recipients_input_dynamic_segment import CampaignRecipientsInputDynamicSegment
from .campaign_recipients_input_excluded_subscribers_item import CampaignRecipientsInputExcludedSubscribersItem
from .campaign_recipients_input_sending_filter import CampaignRecipientsInputSendingFilter
from .campaign_recipients_input_subscribers_item import CampaignRecipientsInputSubscribersItem
from .campaign_rename_input import CampaignRenameInput
from .campaign_schedule_input import CampaignScheduleInput
from .campaign_schedule_input_sending_type import CampaignScheduleInputSendingType
from .campaign_settings import CampaignSettings
from .campaign_settings_footer_settings import CampaignSettingsFooterSettings
from .campaign_stats import CampaignStats
from .campaign_status_count import CampaignStatusCount
from .campaign_step_input import CampaignStepInput
from .campaign_subject import CampaignSubject
from .campaign_subscribe_input import CampaignSubscribeInput
from .campaign_subscribe_input_advanced_filters_item_item import CampaignSubscribeInputAdvancedFiltersItemItem
from .campaign_subscribe_input_dynamic_segment import CampaignSubscribeInputDynamicSegment
from .campaign_subscribe_input_excluded_subscribers_item import CampaignSubscribeInputExcludedSubscribersItem
from .campaign_subscribe_input_sending_filter import CampaignSubscribeInputSendingFilter
from .campaign_subscribe_input_subscribers_item import CampaignSubscribeInputSubscribersItem
from .campaign_test_email_input import CampaignTestEmailInput
from .campaign_test_email_input_campaign import CampaignTestEmailInputCampaign
from .campaign_test_email_input_campaign_settings import CampaignTestEmailInputCampaignSettings
from .campaign_test_email_input_test_campaign import CampaignTestEmailInputTestCampaign
from .campaign_title_input import CampaignTitleInput
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
from .count_campaign_recipients_response_200 import CountCampaignRecipientsResponse200
from .create_template_response_200 import CreateTemplateResponse200
from .created_campaign import CreatedCampaign
from .created_campaign_template_type_0 import CreatedCampaignTemplateType0
from .created_list import CreatedList
from .created_tag import CreatedTag
from .critical_error import CriticalError
from .critical_error_data import CriticalErrorData
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
from .delete_campaign_emails_response_200 import DeleteCampaignEmailsResponse200
from .delete_campaign_response_200 import DeleteCampaignResponse200
from .draft_campaign_recipients_response_200 import DraftCampaignRecipientsResponse200
from .duplicate_campaign_response_200 import DuplicateCampaignResponse200
from .duplicate_template_response_200 import DuplicateTemplateResponse200
from .estimate_campaign_contacts_response_200 import EstimateCampaignContactsResponse200
from .get_campaign_link_report_response_200 import GetCampaignLinkReportResponse200
from .get_campaign_link_report_response_200_links_item import GetCampaignLinkReportResponse200LinksItem
from .get_campaign_overview_stats_response_200 import GetCampaignOverviewStatsResponse200
from .get_campaign_processing_stat_response_200_type_0 import GetCampaignProcessingStatResponse200Type0
from .get_campaign_processing_stat_response_200_type_1 import GetCampaignProcessingStatResponse200Type1
from .get_campaign_response_200_type_0 import GetCampaignResponse200Type0
from .get_campaign_response_200_type_0_templates_item import GetCampaignResponse200Type0TemplatesItem
from .get_campaign_response_200_type_1 import GetCampaignResponse200Type1
from .get_campaign_revenues_response_200 import GetCampaignRevenuesResponse200
from .get_campaign_revenues_response_200_labels import GetCampaignRevenuesResponse200Labels
from .get_campaign_revenues_response_200_orders_item import GetCampaignRevenuesResponse200OrdersItem
from .get_campaign_share_url_response_200 import GetCampaignShareUrlResponse200
from .get_campaign_status_response_200 import GetCampaignStatusResponse200
from .get_campaign_status_response_200_subject_analytics_type_0_item import (
    GetCampaignStatusResponse200SubjectAnalyticsType0Item,
)
from .get_campaign_status_response_200_subject_analytics_type_1 import GetCampaignStatusResponse200SubjectAnalyticsType1
from .get_campaign_view_campaign import GetCampaignViewCampaign
from .get_campaign_with_item import GetCampaignWithItem
from .get_contact_custom_fields_with_item import GetContactCustomFieldsWithItem
from .get_contact_with_item import GetContactWithItem
from .get_template_response_200 import GetTemplateResponse200
from .get_template_smartcodes_response_200 import GetTemplateSmartcodesResponse200
from .global_style_input import GlobalStyleInput
from .global_style_input_config import GlobalStyleInputConfig
from .list_all_templates_response_200 import ListAllTemplatesResponse200
from .list_built_in_templates_response_200 import ListBuiltInTemplatesResponse200
from .list_built_in_templates_response_200_templates_item import ListBuiltInTemplatesResponse200TemplatesItem
from .list_campaign_emails_filter_type import ListCampaignEmailsFilterType
from .list_campaign_emails_response_200 import ListCampaignEmailsResponse200
from .list_campaign_segment_contacts_response_200 import ListCampaignSegmentContactsResponse200
from .list_campaign_unsubscribers_response_200 import ListCampaignUnsubscribersResponse200
from .list_campaign_unsubscribers_response_200_unsubscribes import ListCampaignUnsubscribersResponse200Unsubscribes
from .list_campaign_unsubscribers_response_200_unsubscribes_data_item import (
    ListCampaignUnsubscribersResponse200UnsubscribesDataItem,
)
from .list_campaigns_response_200 import ListCampaignsResponse200
from .list_campaigns_sort_by import ListCampaignsSortBy
from .list_campaigns_sort_type import ListCampaignsSortType
from .list_campaigns_statuses_item import ListCampaignsStatusesItem
from .list_campaigns_with_item import ListCampaignsWithItem
from .list_contacts_sort_by import ListContactsSortBy
from .list_contacts_sort_type import ListContactsSortType
from .list_create_response import ListCreateResponse
from .list_delete_response import ListDeleteResponse
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
from .list_templates_order import ListTemplatesOrder
from .list_templates_order_by import ListTemplatesOrderBy
from .list_templates_response_200 import ListTemplatesResponse200
from .list_templates_types_item import ListTemplatesTypesItem
from .list_update_response import ListUpdateResponse
from .message_error import MessageError
from .message_with_bench import MessageWithBench
from .paginator_meta import PaginatorMeta
from .pause_campaign_response_200 import PauseCampaignResponse200
from .preview_campaign_email_response_200 import PreviewCampaignEmailResponse200
from .preview_campaign_email_response_200_email import PreviewCampaignEmailResponse200Email
from .preview_campaign_email_response_200_email_clicks_item import PreviewCampaignEmailResponse200EmailClicksItem
from .preview_campaign_email_response_200_email_from import PreviewCampaignEmailResponse200EmailFrom
from .preview_campaign_email_response_200_email_reply_type_0 import PreviewCampaignEmailResponse200EmailReplyType0
from .preview_campaign_email_response_200_email_to import PreviewCampaignEmailResponse200EmailTo
from .preview_campaign_email_response_200_info import PreviewCampaignEmailResponse200Info
from .preview_campaign_html_response_200 import PreviewCampaignHtmlResponse200
from .report_stats import ReportStats
from .resume_campaign_response_200 import ResumeCampaignResponse200
from .route_description import RouteDescription
from .route_description_endpoints_item import RouteDescriptionEndpointsItem
from .route_description_endpoints_item_args_type_0 import RouteDescriptionEndpointsItemArgsType0
from .route_description_links import RouteDescriptionLinks
from .route_description_links_self_item import RouteDescriptionLinksSelfItem
from .schedule_campaign_response_200 import ScheduleCampaignResponse200
from .send_campaign_test_email_response_200 import SendCampaignTestEmailResponse200
from .smartcodes_item import SmartcodesItem
from .smartcodes_item_shortcodes import SmartcodesItemShortcodes
from .stat_buckets import StatBuckets
from .subscribe_campaign_recipients_response_200 import SubscribeCampaignRecipientsResponse200
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
from .template_bulk_action_input import TemplateBulkActionInput
from .template_bulk_action_input_action_name import TemplateBulkActionInputActionName
from .template_bulk_action_input_status import TemplateBulkActionInputStatus
from .template_config_type_0 import TemplateConfigType0
from .template_content import TemplateContent
from .template_content_settings import TemplateContentSettings
from .template_footer_settings import TemplateFooterSettings
from .template_input import TemplateInput
from .template_page import TemplatePage
from .template_post import TemplatePost
from .update_campaign_by_body_response_200 import UpdateCampaignByBodyResponse200
from .update_campaign_by_body_response_422_type_1 import UpdateCampaignByBodyResponse422Type1
from .update_campaign_response_200 import UpdateCampaignResponse200
from .update_campaign_response_422_type_1 import UpdateCampaignResponse422Type1
from .update_campaign_title_response_200 import UpdateCampaignTitleResponse200
from .update_template_response_200 import UpdateTemplateResponse200
from .validation_errors import ValidationErrors
from .validation_errors_additional_property import ValidationErrorsAdditionalProperty
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
    "Campaign",
    "CampaignAnalyticsFigure",
    "CampaignAnalyticsType0",
    "CampaignBulkActionInput",
    "CampaignBulkActionInputActionName",
    "CampaignByBodyInput",
    "CampaignByBodyInputDesignTemplate",
    "CampaignByBodyInputSettings",
    "CampaignByBodyInputSubjectsItem",
    "CampaignByBodyInputUtmStatus",
    "CampaignDynamicSegment",
    "CampaignEmail",
    "CampaignEmailIdsInput",
    "CampaignEmailPage",
    "CampaignFields",
    "CampaignInput",
    "CampaignInputDesignTemplate",
    "CampaignInputSettings",
    "CampaignInputSubjectsItem",
    "CampaignInputUtmStatus",
    "CampaignLabel",
    "CampaignLabelsInput",
    "CampaignLabelsInputAction",
    "CampaignListItem",
    "CampaignMailerSettings",
    "CampaignPage",
    "CampaignPreviewInput",
    "CampaignPreviewInputCampaign",
    "CampaignPreviewInputCampaignSettings",
    "CampaignRecipientSegment",
    "CampaignRecipientsInput",
    "CampaignRecipientsInputAdvancedFiltersItemItem",
    "CampaignRecipientsInputDynamicSegment",
    "CampaignRecipientsInputExcludedSubscribersItem",
    "CampaignRecipientsInputSendingFilter",
    "CampaignRecipientsInputSubscribersItem",
    "CampaignRenameInput",
    "CampaignScheduleInput",
    "CampaignScheduleInputSendingType",
    "CampaignSettings",
    "CampaignSettingsFooterSettings",
    "CampaignStats",
    "CampaignStatusCount",
    "CampaignStepInput",
    "CampaignSubject",
    "CampaignSubscribeInput",
    "CampaignSubscribeInputAdvancedFiltersItemItem",
    "CampaignSubscribeInputDynamicSegment",
    "CampaignSubscribeInputExcludedSubscribersItem",
    "CampaignSubscribeInputSendingFilter",
    "CampaignSubscribeInputSubscribersItem",
    "CampaignTestEmailInput",
    "CampaignTestEmailInputCampaign",
    "CampaignTestEmailInputCampaignSettings",
    "CampaignTestEmailInputTestCampaign",
    "CampaignTitleInput",
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
    "CountCampaignRecipientsResponse200",
    "CreatedCampaign",
    "CreatedCampaignTemplateType0",
    "CreatedList",
    "CreatedTag",
    "CreateTemplateResponse200",
    "CriticalError",
    "CriticalErrorData",
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
    "DeleteCampaignEmailsResponse200",
    "DeleteCampaignResponse200",
    "DraftCampaignRecipientsResponse200",
    "DuplicateCampaignResponse200",
    "DuplicateTemplateResponse200",
    "EstimateCampaignContactsResponse200",
    "GetCampaignLinkReportResponse200",
    "GetCampaignLinkReportResponse200LinksItem",
    "GetCampaignOverviewStatsResponse200",
    "GetCampaignProcessingStatResponse200Type0",
    "GetCampaignProcessingStatResponse200Type1",
    "GetCampaignResponse200Type0",
    "GetCampaignResponse200Type0TemplatesItem",
    "GetCampaignResponse200Type1",
    "GetCampaignRevenuesResponse200",
    "GetCampaignRevenuesResponse200Labels",
    "GetCampaignRevenuesResponse200OrdersItem",
    "GetCampaignShareUrlResponse200",
    "GetCampaignStatusResponse200",
    "GetCampaignStatusResponse200SubjectAnalyticsType0Item",
    "GetCampaignStatusResponse200SubjectAnalyticsType1",
    "GetCampaignViewCampaign",
    "GetCampaignWithItem",
    "GetContactCustomFieldsWithItem",
    "GetContactWithItem",
    "GetTemplateResponse200",
    "GetTemplateSmartcodesResponse200",
    "GlobalStyleInput",
    "GlobalStyleInputConfig",
    "ListAllTemplatesResponse200",
    "ListBuiltInTemplatesResponse200",
    "ListBuiltInTemplatesResponse200TemplatesItem",
    "ListCampaignEmailsFilterType",
    "ListCampaignEmailsResponse200",
    "ListCampaignSegmentContactsResponse200",
    "ListCampaignsResponse200",
    "ListCampaignsSortBy",
    "ListCampaignsSortType",
    "ListCampaignsStatusesItem",
    "ListCampaignsWithItem",
    "ListCampaignUnsubscribersResponse200",
    "ListCampaignUnsubscribersResponse200Unsubscribes",
    "ListCampaignUnsubscribersResponse200UnsubscribesDataItem",
    "ListContactsSortBy",
    "ListContactsSortType",
    "ListCreateResponse",
    "ListDeleteResponse",
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
    "ListTemplatesOrder",
    "ListTemplatesOrderBy",
    "ListTemplatesResponse200",
    "ListTemplatesTypesItem",
    "ListUpdateResponse",
    "MessageError",
    "MessageWithBench",
    "PaginatorMeta",
    "PauseCampaignResponse200",
    "PreviewCampaignEmailResponse200",
    "PreviewCampaignEmailResponse200Email",
    "PreviewCampaignEmailResponse200EmailClicksItem",
    "PreviewCampaignEmailResponse200EmailFrom",
    "PreviewCampaignEmailResponse200EmailReplyType0",
    "PreviewCampaignEmailResponse200EmailTo",
    "PreviewCampaignEmailResponse200Info",
    "PreviewCampaignHtmlResponse200",
    "ReportStats",
    "ResumeCampaignResponse200",
    "RouteDescription",
    "RouteDescriptionEndpointsItem",
    "RouteDescriptionEndpointsItemArgsType0",
    "RouteDescriptionLinks",
    "RouteDescriptionLinksSelfItem",
    "ScheduleCampaignResponse200",
    "SendCampaignTestEmailResponse200",
    "SmartcodesItem",
    "SmartcodesItemShortcodes",
    "StatBuckets",
    "SubscribeCampaignRecipientsResponse200",
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
    "TemplateBulkActionInput",
    "TemplateBulkActionInputActionName",
    "TemplateBulkActionInputStatus",
    "TemplateConfigType0",
    "TemplateContent",
    "TemplateContentSettings",
    "TemplateFooterSettings",
    "TemplateInput",
    "TemplatePage",
    "TemplatePost",
    "UpdateCampaignByBodyResponse200",
    "UpdateCampaignByBodyResponse422Type1",
    "UpdateCampaignResponse200",
    "UpdateCampaignResponse422Type1",
    "UpdateCampaignTitleResponse200",
    "UpdateTemplateResponse200",
    "ValidationErrors",
    "ValidationErrorsAdditionalProperty",
    "WpError",
    "WpErrorData",
    "WpErrorDataParams",
    "WrappedContactUpdate",
)
