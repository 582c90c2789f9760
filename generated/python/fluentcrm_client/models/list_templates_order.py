from typing import Literal, cast

ListTemplatesOrder = Literal["asc", "desc"]

LIST_TEMPLATES_ORDER_VALUES: set[ListTemplatesOrder] = {
    "asc",
    "desc",
}


def check_list_templates_order(value: str) -> ListTemplatesOrder:
    """Return ``value`` typed as ListTemplatesOrder; values this client does not know are kept as they are."""
    if value in LIST_TEMPLATES_ORDER_VALUES or isinstance(value, str):
        return cast(ListTemplatesOrder, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATES_ORDER_VALUES!r}")
