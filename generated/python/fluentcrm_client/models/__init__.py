"""Contains all the data models used in inputs/outputs"""

from .bulk_add_update_input import BulkAddUpdateInput
from .bulk_add_update_input_bulk_contact_entry import BulkAddUpdateInputBulkContactEntry
from .bulk_add_update_response import BulkAddUpdateResponse
from .bulk_add_update_response_bulk_invalid_contact import BulkAddUpdateResponseBulkInvalidContact
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
from .custom_values import CustomValues
from .dashboard_counters import DashboardCounters
from .dashboard_onboarding import DashboardOnboarding
from .dashboard_onboarding_dashboard_onboarding_step import DashboardOnboardingDashboardOnboardingStep
from .dashboard_quick_link import DashboardQuickLink
from .dashboard_recommendation import DashboardRecommendation
from .dashboard_route import DashboardRoute
from .dashboard_sales_figure import DashboardSalesFigure
from .dashboard_stat_card import DashboardStatCard
from .dashboard_stats import DashboardStats
from .dashboard_stats_fluent_forms_config import DashboardStatsFluentFormsConfig
from .dashboard_system_tip import DashboardSystemTip
from .get_contact_custom_fields_with_item import GetContactCustomFieldsWithItem
from .get_contact_with_item import GetContactWithItem
from .list_contacts_sort_by import ListContactsSortBy
from .list_contacts_sort_type import ListContactsSortType
from .list_create_response import ListCreateResponse
from .list_delete_response import ListDeleteResponse
from .list_index_response import ListIndexResponse
from .list_index_response_list_pagination import ListIndexResponseListPagination
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
from .paginator_meta import PaginatorMeta
from .report_stats import ReportStats
from .route_description import RouteDescription
from .route_description_route_endpoint import RouteDescriptionRouteEndpoint
from .route_description_route_links import RouteDescriptionRouteLinks
from .route_description_route_links_route_link import RouteDescriptionRouteLinksRouteLink
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
from .wp_error import WpError
from .wp_error_wp_error_data import WpErrorWpErrorData
from .wp_error_wp_error_data_params import WpErrorWpErrorDataParams
from .wrapped_contact_update import WrappedContactUpdate

__all__ = (
    "BulkAddUpdateInput",
    "BulkAddUpdateInputBulkContactEntry",
    "BulkAddUpdateResponse",
    "BulkAddUpdateResponseBulkInvalidContact",
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
    "CustomValues",
    "DashboardCounters",
    "DashboardOnboarding",
    "DashboardOnboardingDashboardOnboardingStep",
    "DashboardQuickLink",
    "DashboardRecommendation",
    "DashboardRoute",
    "DashboardSalesFigure",
    "DashboardStatCard",
    "DashboardStats",
    "DashboardStatsFluentFormsConfig",
    "DashboardSystemTip",
    "GetContactCustomFieldsWithItem",
    "GetContactWithItem",
    "ListContactsSortBy",
    "ListContactsSortType",
    "ListCreateResponse",
    "ListDeleteResponse",
    "ListIndexResponse",
    "ListIndexResponseListPagination",
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
    "PaginatorMeta",
    "ReportStats",
    "RouteDescription",
    "RouteDescriptionRouteEndpoint",
    "RouteDescriptionRouteLinks",
    "RouteDescriptionRouteLinksRouteLink",
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
    "WpError",
    "WpErrorWpErrorData",
    "WpErrorWpErrorDataParams",
    "WrappedContactUpdate",
)
