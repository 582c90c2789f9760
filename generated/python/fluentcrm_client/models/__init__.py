"""Contains all the data models used in inputs/outputs"""

from .all_info_widgets_response import AllInfoWidgetsResponse
from .bulk_action_form import BulkActionForm
from .bulk_action_form_action_name import BulkActionFormActionName
from .bulk_action_form_custom_field import BulkActionFormCustomField
from .bulk_action_input import BulkActionInput
from .bulk_action_input_action_name import BulkActionInputActionName
from .bulk_action_input_custom_field import BulkActionInputCustomField
from .bulk_action_result import BulkActionResult
from .bulk_add_update_input import BulkAddUpdateInput
from .bulk_add_update_input_contacts_item import BulkAddUpdateInputContactsItem
from .bulk_add_update_response import BulkAddUpdateResponse
from .bulk_add_update_response_invalids_item_type_0 import BulkAddUpdateResponseInvalidsItemType0
from .bulk_contact_result import BulkContactResult
from .contact import Contact
from .contact_bulk_delete_input import ContactBulkDeleteInput
from .contact_commerce_stat_type_1 import ContactCommerceStatType1
from .contact_create_response import ContactCreateResponse
from .contact_email import ContactEmail
from .contact_email_email_headers_type_2 import ContactEmailEmailHeadersType2
from .contact_email_page import ContactEmailPage
from .contact_emails_delete_form import ContactEmailsDeleteForm
from .contact_emails_delete_input import ContactEmailsDeleteInput
from .contact_emails_response import ContactEmailsResponse
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
from .contact_property_form import ContactPropertyForm
from .contact_property_form_property import ContactPropertyFormProperty
from .contact_property_input import ContactPropertyInput
from .contact_property_input_property import ContactPropertyInputProperty
from .contact_record import ContactRecord
from .contact_search_hit import ContactSearchHit
from .contact_search_response import ContactSearchResponse
from .contact_search_response_contacts import ContactSearchResponseContacts
from .contact_stats import ContactStats
from .contact_status_input import ContactStatusInput
from .contact_tag import ContactTag
from .contact_type_input import ContactTypeInput
from .contact_update_fields import ContactUpdateFields
from .contact_update_fields_custom_values import ContactUpdateFieldsCustomValues
from .contact_update_form_input import ContactUpdateFormInput
from .contact_update_form_input_custom_values import ContactUpdateFormInputCustomValues
from .contact_update_response import ContactUpdateResponse
from .created_list import CreatedList
from .created_note import CreatedNote
from .created_tag import CreatedTag
from .critical_error import CriticalError
from .critical_error_data import CriticalErrorData
from .custom_email_input import CustomEmailInput
from .custom_email_input_campaign import CustomEmailInputCampaign
from .custom_email_input_campaign_design_template import CustomEmailInputCampaignDesignTemplate
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
from .email_mock import EmailMock
from .email_mock_response import EmailMockResponse
from .email_mock_settings import EmailMockSettings
from .email_template_config import EmailTemplateConfig
from .external_view import ExternalView
from .external_view_save_input import ExternalViewSaveInput
from .external_view_save_input_data import ExternalViewSaveInputData
from .form_submissions_response import FormSubmissionsResponse
from .form_submissions_response_submissions import FormSubmissionsResponseSubmissions
from .form_submissions_response_submissions_data_item import FormSubmissionsResponseSubmissionsDataItem
from .get_contact_custom_fields_with_item import GetContactCustomFieldsWithItem
from .get_contact_neighbours_filter_type import GetContactNeighboursFilterType
from .get_contact_neighbours_sort_type import GetContactNeighboursSortType
from .get_contact_with_item import GetContactWithItem
from .info_widget import InfoWidget
from .info_widgets import InfoWidgets
from .info_widgets_other_widgets_item import InfoWidgetsOtherWidgetsItem
from .info_widgets_top_widgets_item import InfoWidgetsTopWidgetsItem
from .integration_answer import IntegrationAnswer
from .list_contact_emails_filter import ListContactEmailsFilter
from .list_contact_url_metrics_sort_by import ListContactUrlMetricsSortBy
from .list_contact_url_metrics_sort_type import ListContactUrlMetricsSortType
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
from .list_update_response import ListUpdateResponse
from .message_error import MessageError
from .message_with_bench import MessageWithBench
from .note import Note
from .note_author import NoteAuthor
from .note_create_response import NoteCreateResponse
from .note_form_fields import NoteFormFields
from .note_form_fields_fields import NoteFormFieldsFields
from .note_form_fields_fields_additional_property import NoteFormFieldsFieldsAdditionalProperty
from .note_form_fields_fields_additional_property_options_item import NoteFormFieldsFieldsAdditionalPropertyOptionsItem
from .note_index_response import NoteIndexResponse
from .note_input import NoteInput
from .note_list_item import NoteListItem
from .note_page import NotePage
from .note_update_response import NoteUpdateResponse
from .note_write_request import NoteWriteRequest
from .one_info_widget_response import OneInfoWidgetResponse
from .paginator_meta import PaginatorMeta
from .prev_next_ids import PrevNextIds
from .prev_next_ids_navigation import PrevNextIdsNavigation
from .purchase_history_response import PurchaseHistoryResponse
from .purchase_history_response_orders import PurchaseHistoryResponseOrders
from .purchase_history_response_orders_orders_item import PurchaseHistoryResponseOrdersOrdersItem
from .report_stats import ReportStats
from .route_description import RouteDescription
from .route_description_endpoints_item import RouteDescriptionEndpointsItem
from .route_description_endpoints_item_args_type_0 import RouteDescriptionEndpointsItemArgsType0
from .route_description_links import RouteDescriptionLinks
from .route_description_links_self_item import RouteDescriptionLinksSelfItem
from .stat_buckets import StatBuckets
from .support_tickets_response import SupportTicketsResponse
from .support_tickets_response_tickets import SupportTicketsResponseTickets
from .support_tickets_response_tickets_columns_config import SupportTicketsResponseTicketsColumnsConfig
from .support_tickets_response_tickets_columns_config_additional_property import (
    SupportTicketsResponseTicketsColumnsConfigAdditionalProperty,
)
from .support_tickets_response_tickets_data_item import SupportTicketsResponseTicketsDataItem
from .sync_segments_form import SyncSegmentsForm
from .sync_segments_form_find_by import SyncSegmentsFormFindBy
from .sync_segments_form_type import SyncSegmentsFormType
from .sync_segments_input import SyncSegmentsInput
from .sync_segments_input_find_by import SyncSegmentsInputFindBy
from .sync_segments_input_type import SyncSegmentsInputType
from .sync_segments_response import SyncSegmentsResponse
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
from .track_event_input import TrackEventInput
from .track_event_response import TrackEventResponse
from .tracked_event import TrackedEvent
from .tracking_disabled_error import TrackingDisabledError
from .tracking_events_response import TrackingEventsResponse
from .tracking_events_response_events import TrackingEventsResponseEvents
from .url_metric import UrlMetric
from .url_metrics_response import UrlMetricsResponse
from .url_metrics_response_url_metrics import UrlMetricsResponseUrlMetrics
from .validation_errors import ValidationErrors
from .validation_errors_additional_property import ValidationErrorsAdditionalProperty
from .wp_error import WpError
from .wp_error_data import WpErrorData
from .wp_error_data_params import WpErrorDataParams
from .wrapped_contact_update import WrappedContactUpdate

__all__ = (
    "AllInfoWidgetsResponse",
    "BulkActionForm",
    "BulkActionFormActionName",
    "BulkActionFormCustomField",
    "BulkActionInput",
    "BulkActionInputActionName",
    "BulkActionInputCustomField",
    "BulkActionResult",
    "BulkAddUpdateInput",
    "BulkAddUpdateInputContactsItem",
    "BulkAddUpdateResponse",
    "BulkAddUpdateResponseInvalidsItemType0",
    "BulkContactResult",
    "Contact",
    "ContactBulkDeleteInput",
    "ContactCommerceStatType1",
    "ContactCreateResponse",
    "ContactEmail",
    "ContactEmailEmailHeadersType2",
    "ContactEmailPage",
    "ContactEmailsDeleteForm",
    "ContactEmailsDeleteInput",
    "ContactEmailsResponse",
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
    "ContactPropertyForm",
    "ContactPropertyFormProperty",
    "ContactPropertyInput",
    "ContactPropertyInputProperty",
    "ContactRecord",
    "ContactSearchHit",
    "ContactSearchResponse",
    "ContactSearchResponseContacts",
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
    "CreatedNote",
    "CreatedTag",
    "CriticalError",
    "CriticalErrorData",
    "CustomEmailInput",
    "CustomEmailInputCampaign",
    "CustomEmailInputCampaignDesignTemplate",
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
    "EmailMock",
    "EmailMockResponse",
    "EmailMockSettings",
    "EmailTemplateConfig",
    "ExternalView",
    "ExternalViewSaveInput",
    "ExternalViewSaveInputData",
    "FormSubmissionsResponse",
    "FormSubmissionsResponseSubmissions",
    "FormSubmissionsResponseSubmissionsDataItem",
    "GetContactCustomFieldsWithItem",
    "GetContactNeighboursFilterType",
    "GetContactNeighboursSortType",
    "GetContactWithItem",
    "InfoWidget",
    "InfoWidgets",
    "InfoWidgetsOtherWidgetsItem",
    "InfoWidgetsTopWidgetsItem",
    "IntegrationAnswer",
    "ListContactEmailsFilter",
    "ListContactsSortBy",
    "ListContactsSortType",
    "ListContactUrlMetricsSortBy",
    "ListContactUrlMetricsSortType",
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
    "ListUpdateResponse",
    "MessageError",
    "MessageWithBench",
    "Note",
    "NoteAuthor",
    "NoteCreateResponse",
    "NoteFormFields",
    "NoteFormFieldsFields",
    "NoteFormFieldsFieldsAdditionalProperty",
    "NoteFormFieldsFieldsAdditionalPropertyOptionsItem",
    "NoteIndexResponse",
    "NoteInput",
    "NoteListItem",
    "NotePage",
    "NoteUpdateResponse",
    "NoteWriteRequest",
    "OneInfoWidgetResponse",
    "PaginatorMeta",
    "PrevNextIds",
    "PrevNextIdsNavigation",
    "PurchaseHistoryResponse",
    "PurchaseHistoryResponseOrders",
    "PurchaseHistoryResponseOrdersOrdersItem",
    "ReportStats",
    "RouteDescription",
    "RouteDescriptionEndpointsItem",
    "RouteDescriptionEndpointsItemArgsType0",
    "RouteDescriptionLinks",
    "RouteDescriptionLinksSelfItem",
    "StatBuckets",
    "SupportTicketsResponse",
    "SupportTicketsResponseTickets",
    "SupportTicketsResponseTicketsColumnsConfig",
    "SupportTicketsResponseTicketsColumnsConfigAdditionalProperty",
    "SupportTicketsResponseTicketsDataItem",
    "SyncSegmentsForm",
    "SyncSegmentsFormFindBy",
    "SyncSegmentsFormType",
    "SyncSegmentsInput",
    "SyncSegmentsInputFindBy",
    "SyncSegmentsInputType",
    "SyncSegmentsResponse",
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
    "TrackedEvent",
    "TrackEventInput",
    "TrackEventResponse",
    "TrackingDisabledError",
    "TrackingEventsResponse",
    "TrackingEventsResponseEvents",
    "UrlMetric",
    "UrlMetricsResponse",
    "UrlMetricsResponseUrlMetrics",
    "ValidationErrors",
    "ValidationErrorsAdditionalProperty",
    "WpError",
    "WpErrorData",
    "WpErrorDataParams",
    "WrappedContactUpdate",
)
