from typing import Literal, cast

GetCompanyCustomFieldsWithItem = Literal["field_groups", "field_types"]

GET_COMPANY_CUSTOM_FIELDS_WITH_ITEM_VALUES: set[GetCompanyCustomFieldsWithItem] = {
    "field_groups",
    "field_types",
}


def check_get_company_custom_fields_with_item(value: str) -> GetCompanyCustomFieldsWithItem:
    """Return ``value`` typed as GetCompanyCustomFieldsWithItem; values this client does not know are kept as they are."""
    if value in GET_COMPANY_CUSTOM_FIELDS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(GetCompanyCustomFieldsWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_COMPANY_CUSTOM_FIELDS_WITH_ITEM_VALUES!r}")
