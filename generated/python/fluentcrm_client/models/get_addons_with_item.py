from typing import Literal, cast

GetAddonsWithItem = Literal["experimental_features"]

GET_ADDONS_WITH_ITEM_VALUES: set[GetAddonsWithItem] = {
    "experimental_features",
}


def check_get_addons_with_item(value: str) -> GetAddonsWithItem:
    """Return ``value`` typed as GetAddonsWithItem; values this client does not know are kept as they are."""
    if value in GET_ADDONS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(GetAddonsWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ADDONS_WITH_ITEM_VALUES!r}")
