from typing import Literal, cast

GetContactWithItem = Literal["commerce_stat", "custom_fields", "stats", "subscriber.custom_values"]

GET_CONTACT_WITH_ITEM_VALUES: set[GetContactWithItem] = {
    "commerce_stat",
    "custom_fields",
    "stats",
    "subscriber.custom_values",
}


def check_get_contact_with_item(value: str) -> GetContactWithItem:
    """Return ``value`` typed as GetContactWithItem; values this client does not know are kept as they are."""
    if value in GET_CONTACT_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(GetContactWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CONTACT_WITH_ITEM_VALUES!r}")
