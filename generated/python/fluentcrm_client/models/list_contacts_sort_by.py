from typing import Literal, cast

ListContactsSortBy = Literal[
    "city",
    "contact_type",
    "country",
    "created_at",
    "date_of_birth",
    "email",
    "first_name",
    "id",
    "last_activity",
    "last_name",
    "life_time_value",
    "phone",
    "postal_code",
    "source",
    "state",
    "status",
    "total_points",
    "updated_at",
]

LIST_CONTACTS_SORT_BY_VALUES: set[ListContactsSortBy] = {
    "city",
    "contact_type",
    "country",
    "created_at",
    "date_of_birth",
    "email",
    "first_name",
    "id",
    "last_activity",
    "last_name",
    "life_time_value",
    "phone",
    "postal_code",
    "source",
    "state",
    "status",
    "total_points",
    "updated_at",
}


def check_list_contacts_sort_by(value: str) -> ListContactsSortBy:
    """Return ``value`` typed as ListContactsSortBy; values this client does not know are kept as they are."""
    if value in LIST_CONTACTS_SORT_BY_VALUES or isinstance(value, str):
        return cast(ListContactsSortBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACTS_SORT_BY_VALUES!r}")
