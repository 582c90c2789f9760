from typing import Literal, cast

GetAutoSubscribeSettingsWithItem = Literal["fields"]

GET_AUTO_SUBSCRIBE_SETTINGS_WITH_ITEM_VALUES: set[GetAutoSubscribeSettingsWithItem] = {
    "fields",
}


def check_get_auto_subscribe_settings_with_item(value: str) -> GetAutoSubscribeSettingsWithItem:
    """Return ``value`` typed as GetAutoSubscribeSettingsWithItem; values this client does not know are kept as they are."""
    if value in GET_AUTO_SUBSCRIBE_SETTINGS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(GetAutoSubscribeSettingsWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_AUTO_SUBSCRIBE_SETTINGS_WITH_ITEM_VALUES!r}")
