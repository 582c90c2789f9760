"""Contains all the data models used in inputs/outputs"""

from .bulk_add_update_input import BulkAddUpdateInput
from .bulk_add_update_input_contacts_item import BulkAddUpdateInputContactsItem
from .bulk_add_update_response import BulkAddUpdateResponse
from .bulk_add_update_response_invalids_item_type_0 import BulkAddUpdateResponseInvalidsItemType0
from .bulk_contact_result import BulkContactResult
from .company import Company
from .company_attach_response import CompanyAttachResponse
from .company_bulk_action_form_input import CompanyBulkActionFormInput
from .company_bulk_action_form_input_action_name import CompanyBulkActionFormInputActionName
from .company_bulk_action_input import CompanyBulkActionInput
from .company_bulk_action_input_action_name import CompanyBulkActionInputActionName
from .company_bulk_action_response import CompanyBulkActionResponse
from .company_columns import CompanyColumns
from .company_contacts_form_input import CompanyContactsFormInput
from .company_contacts_input import CompanyContactsInput
from .company_create_response import CompanyCreateResponse
from .company_csv_import_input import CompanyCsvImportInput
from .company_csv_import_input_create_owner import CompanyCsvImportInputCreateOwner
from .company_csv_import_input_map_item import CompanyCsvImportInputMapItem
from .company_csv_import_input_update import CompanyCsvImportInputUpdate
from .company_csv_import_response import CompanyCsvImportResponse
from .company_detach_response import CompanyDetachResponse
from .company_find_response import CompanyFindResponse
from .company_index_response import CompanyIndexResponse
from .company_input import CompanyInput
from .company_input_type import CompanyInputType
from .company_meta import CompanyMeta
from .company_meta_custom_values_type_0 import CompanyMetaCustomValuesType0
from .company_note import CompanyNote
from .company_note_added_by_type_0 import CompanyNoteAddedByType0
from .company_note_create_response import CompanyNoteCreateResponse
from .company_note_input import CompanyNoteInput
from .company_note_input_note import CompanyNoteInputNote
from .company_note_input_note_type import CompanyNoteInputNoteType
from .company_note_page import CompanyNotePage
from .company_note_update_response import CompanyNoteUpdateResponse
from .company_notes_response import CompanyNotesResponse
from .company_owner import CompanyOwner
from .company_page import CompanyPage
from .company_property_form_input import CompanyPropertyFormInput
from .company_property_form_input_property import CompanyPropertyFormInputProperty
from .company_property_input import CompanyPropertyInput
from .company_property_input_property import CompanyPropertyInputProperty
from .company_record import CompanyRecord
from .company_search_response import CompanySearchResponse
from .company_search_result import CompanySearchResult
from .company_tab_view import CompanyTabView
from .company_update_response import CompanyUpdateResponse
from .company_with_counts import CompanyWithCounts
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
from .created_company import CreatedCompany
from .created_company_note import CreatedCompanyNote
from .created_label import CreatedLabel
from .created_list import CreatedList
from .created_tag import CreatedTag
from .custom_field_definition import CustomFieldDefinition
from .custom_field_group import CustomFieldGroup
from .custom_field_group_rename_input import CustomFieldGroupRenameInput
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
from .get_company_custom_fields_with_item import GetCompanyCustomFieldsWithItem
from .get_company_find_by import GetCompanyFindBy
from .get_contact_custom_fields_with_item import GetContactCustomFieldsWithItem
from .get_contact_with_item import GetContactWithItem
from .label import Label
from .label_index_response import LabelIndexResponse
from .label_input import LabelInput
from .label_input_label import LabelInputLabel
from .label_save_response import LabelSaveResponse
from .label_settings import LabelSettings
from .list_bulk_create_input import ListBulkCreateInput
from .list_bulk_delete_form_input import ListBulkDeleteFormInput
from .list_bulk_delete_input import ListBulkDeleteInput
from .list_companies_sort_by import ListCompaniesSortBy
from .list_companies_sort_order import ListCompaniesSortOrder
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
from .list_users_fields_item import ListUsersFieldsItem
from .message_error import MessageError
from .message_with_bench import MessageWithBench
from .note_form_fields import NoteFormFields
from .note_form_fields_fields import NoteFormFieldsFields
from .note_form_fields_fields_additional_property import NoteFormFieldsFieldsAdditionalProperty
from .note_form_fields_fields_additional_property_options_item import NoteFormFieldsFieldsAdditionalPropertyOptionsItem
from .paginator_meta import PaginatorMeta
from .report_stats import ReportStats
from .route_description import RouteDescription
from .route_description_endpoints_item import RouteDescriptionEndpointsItem
from .route_description_endpoints_item_args_type_0 import RouteDescriptionEndpointsItemArgsType0
from .route_description_links import RouteDescriptionLinks
from .route_description_links_self_item import RouteDescriptionLinksSelfItem
from .stat_buckets import StatBuckets
from .tag import Tag
from .tag_bulk_create_input import TagBulkCreateInput
from .tag_bulk_delete_form_input import TagBulkDeleteFormInput
from .tag_bulk_delete_input import TagBulkDeleteInput
from .tag_create_response import TagCreateResponse
from .tag_delete_response import TagDeleteResponse
from .tag_find_response import TagFindResponse
from .tag_index_response import TagIndexResponse
from .tag_input import TagInput
from .tag_item import TagItem
from .tag_page import TagPage
from .tag_summary import TagSummary
from .tag_update_response import TagUpdateResponse
from .taxonomy_bulk_item import TaxonomyBulkItem
from .taxonomy_bulk_response import TaxonomyBulkResponse
from .unattached_contacts_response import UnattachedContactsResponse
from .user_index_response import UserIndexResponse
from .user_roles_response import UserRolesResponse
from .user_roles_response_roles import UserRolesResponseRoles
from .user_roles_response_roles_additional_property import UserRolesResponseRolesAdditionalProperty
from .user_roles_response_roles_additional_property_capabilities_type_0 import (
    UserRolesResponseRolesAdditionalPropertyCapabilitiesType0,
)
from .validation_errors import ValidationErrors
from .validation_errors_additional_property import ValidationErrorsAdditionalProperty
from .wp_error import WpError
from .wp_error_data import WpErrorData
from .wp_error_data_params import WpErrorDataParams
from .wp_user import WpUser
from .wrapped_contact_update import WrappedContactUpdate

__all__ = (
    "BulkAddUpdateInput",
    "BulkAddUpdateInputContactsItem",
    "BulkAddUpdateResponse",
    "BulkAddUpdateResponseInvalidsItemType0",
    "BulkContactResult",
    "Company",
    "CompanyAttachResponse",
    "CompanyBulkActionFormInput",
    "CompanyBulkActionFormInputActionName",
    "CompanyBulkActionInput",
    "CompanyBulkActionInputActionName",
    "CompanyBulkActionResponse",
    "CompanyColumns",
    "CompanyContactsFormInput",
    "CompanyContactsInput",
    "CompanyCreateResponse",
    "CompanyCsvImportInput",
    "CompanyCsvImportInputCreateOwner",
    "CompanyCsvImportInputMapItem",
    "CompanyCsvImportInputUpdate",
    "CompanyCsvImportResponse",
    "CompanyDetachResponse",
    "CompanyFindResponse",
    "CompanyIndexResponse",
    "CompanyInput",
    "CompanyInputType",
    "CompanyMeta",
    "CompanyMetaCustomValuesType0",
    "CompanyNote",
    "CompanyNoteAddedByType0",
    "CompanyNoteCreateResponse",
    "CompanyNoteInput",
    "CompanyNoteInputNote",
    "CompanyNoteInputNoteType",
    "CompanyNotePage",
    "CompanyNotesResponse",
    "CompanyNoteUpdateResponse",
    "CompanyOwner",
    "CompanyPage",
    "CompanyPropertyFormInput",
    "CompanyPropertyFormInputProperty",
    "CompanyPropertyInput",
    "CompanyPropertyInputProperty",
    "CompanyRecord",
    "CompanySearchResponse",
    "CompanySearchResult",
    "CompanyTabView",
    "CompanyUpdateResponse",
    "CompanyWithCounts",
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
    "CreatedCompany",
    "CreatedCompanyNote",
    "CreatedLabel",
    "CreatedList",
    "CreatedTag",
    "CustomFieldDefinition",
    "CustomFieldGroup",
    "CustomFieldGroupRenameInput",
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
    "GetCompanyCustomFieldsWithItem",
    "GetCompanyFindBy",
    "GetContactCustomFieldsWithItem",
    "GetContactWithItem",
    "Label",
    "LabelIndexResponse",
    "LabelInput",
    "LabelInputLabel",
    "LabelSaveResponse",
    "LabelSettings",
    "ListBulkCreateInput",
    "ListBulkDeleteFormInput",
    "ListBulkDeleteInput",
    "ListCompaniesSortBy",
    "ListCompaniesSortOrder",
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
    "ListUpdateResponse",
    "ListUsersFieldsItem",
    "MessageError",
    "MessageWithBench",
    "NoteFormFields",
    "NoteFormFieldsFields",
    "NoteFormFieldsFieldsAdditionalProperty",
    "NoteFormFieldsFieldsAdditionalPropertyOptionsItem",
    "PaginatorMeta",
    "ReportStats",
    "RouteDescription",
    "RouteDescriptionEndpointsItem",
    "RouteDescriptionEndpointsItemArgsType0",
    "RouteDescriptionLinks",
    "RouteDescriptionLinksSelfItem",
    "StatBuckets",
    "Tag",
    "TagBulkCreateInput",
    "TagBulkDeleteFormInput",
    "TagBulkDeleteInput",
    "TagCreateResponse",
    "TagDeleteResponse",
    "TagFindResponse",
    "TagIndexResponse",
    "TagInput",
    "TagItem",
    "TagPage",
    "TagSummary",
    "TagUpdateResponse",
    "TaxonomyBulkItem",
    "TaxonomyBulkResponse",
    "UnattachedContactsResponse",
    "UserIndexResponse",
    "UserRolesResponse",
    "UserRolesResponseRoles",
    "UserRolesResponseRolesAdditionalProperty",
    "UserRolesResponseRolesAdditionalPropertyCapabilitiesType0",
    "ValidationErrors",
    "ValidationErrorsAdditionalProperty",
    "WpError",
    "WpErrorData",
    "WpErrorDataParams",
    "WpUser",
    "WrappedContactUpdate",
)
