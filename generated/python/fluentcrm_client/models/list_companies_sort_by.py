from typing import Literal, cast

ListCompaniesSortBy = Literal[
    "city", "country", "created_at", "email", "employees_number", "id", "industry", "name", "type", "updated_at"
]

LIST_COMPANIES_SORT_BY_VALUES: set[ListCompaniesSortBy] = {
    "city",
    "country",
    "created_at",
    "email",
    "employees_number",
    "id",
    "industry",
    "name",
    "type",
    "updated_at",
}


def check_list_companies_sort_by(value: str) -> ListCompaniesSortBy:
    """Return ``value`` typed as ListCompaniesSortBy; values this client does not know are kept as they are."""
    if value in LIST_COMPANIES_SORT_BY_VALUES or isinstance(value, str):
        return cast(ListCompaniesSortBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_COMPANIES_SORT_BY_VALUES!r}")
