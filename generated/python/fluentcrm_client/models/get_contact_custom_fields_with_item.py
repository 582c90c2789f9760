from typing import Literal, cast

GetContactCustomFieldsWithItem = Literal["field_groups", "field_types"]

GET_CONTACT_CUSTOM_FIELDS_WITH_ITEM_VALUES: set[GetContactCustomFieldsWithItem] = {
    "field_groups",
    "field_types",
}


def check_get_contact_custom_fields_with_item(value: str) -> GetContactCustomFieldsWithItem:
    """Return ``value`` typed as GetContactCustomFieldsWithItem; values this client does not know are kept as they are."""
    if value in GET_CONTACT_CUSTOM_FIELDS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(GetContactCustomFieldsWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CONTACT_CUSTOM_FIELDS_WITH_ITEM_VALUES!r}")
