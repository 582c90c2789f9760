from typing import Literal, cast

ListIntegrationsWithItem = Literal["fields"]

LIST_INTEGRATIONS_WITH_ITEM_VALUES: set[ListIntegrationsWithItem] = {
    "fields",
}


def check_list_integrations_with_item(value: str) -> ListIntegrationsWithItem:
    """Return ``value`` typed as ListIntegrationsWithItem; values this client does not know are kept as they are."""
    if value in LIST_INTEGRATIONS_WITH_ITEM_VALUES or isinstance(value, str):
        return cast(ListIntegrationsWithItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INTEGRATIONS_WITH_ITEM_VALUES!r}")
