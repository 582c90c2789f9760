from typing import Literal, cast

ListTemplatesOrderBy = Literal["ID", "post_date", "post_modified", "post_title"]

LIST_TEMPLATES_ORDER_BY_VALUES: set[ListTemplatesOrderBy] = {
    "ID",
    "post_date",
    "post_modified",
    "post_title",
}


def check_list_templates_order_by(value: str) -> ListTemplatesOrderBy:
    """Return ``value`` typed as ListTemplatesOrderBy; values this client does not know are kept as they are."""
    if value in LIST_TEMPLATES_ORDER_BY_VALUES or isinstance(value, str):
        return cast(ListTemplatesOrderBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEMPLATES_ORDER_BY_VALUES!r}")
