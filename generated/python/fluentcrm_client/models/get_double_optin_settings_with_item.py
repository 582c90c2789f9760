from typing import Literal, cast

GetDoubleOptinSettingsWithItem = Literal["settings_fields"]

GET_DOUBLE_OPTIN_SETTINGS_WITH_ITEM_VALUES: set[GetDoubleOptinSettingsWithItem] = {
    "settings_fields",
}


def check_get_double_optin_settings_with_item(value: str) -> GetDoubleOptinSettingsWithItem:
    """Return ``value`` typed as GetDoubleOptinSettingsWithItem; values this client does not know are kept as they are."""
    if value in GET_DOUBLE_OPTIN_SETTINGS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(GetDoubleOptinSettingsWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DOUBLE_OPTIN_SETTINGS_WITH_ITEM_VALUES!r}")
