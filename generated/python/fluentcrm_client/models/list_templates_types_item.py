from typing import Literal, cast

ListTemplatesTypesItem = Literal["draft", "publish"]

LIST_TEMPLATES_TYPES_ITEM_VALUES: set[ListTemplatesTypesItem] = {
    "draft",
    "publish",
}


def check_list_templates_types_item(value: str) -> ListTemplatesTypesItem:
    """Return ``value`` typed as ListTemplatesTypesItem; values this client does not know are kept as they are."""
    if value in LIST_TEMPLATES_TYPES_ITEM_VALUES or isinstance(value, str):
        return cast(ListTemplatesTypesItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATES_TYPES_ITEM_VALUES!r}")
