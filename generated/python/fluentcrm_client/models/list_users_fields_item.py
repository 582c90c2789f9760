from typing import Literal, cast

ListUsersFieldsItem = Literal[
    "ID", "display_name", "user_email", "user_login", "user_nicename", "user_registered", "user_url"
]

LIST_USERS_FIELDS_ITEM_VALUES: set[ListUsersFieldsItem] = {
    "ID",
    "display_name",
    "user_email",
    "user_login",
    "user_nicename",
    "user_registered",
    "user_url",
}


def check_list_users_fields_item(value: str) -> ListUsersFieldsItem:
    """Return ``value`` typed as ListUsersFieldsItem; values this client does not know are kept as they are."""
    if value in LIST_USERS_FIELDS_ITEM_VALUES or isinstance(value, str):
        return cast(ListUsersFieldsItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_USERS_FIELDS_ITEM_VALUES!r}")
