from typing import Literal, cast

GetContactNeighboursSortType = Literal["ASC", "DESC"]

GET_CONTACT_NEIGHBOURS_SORT_TYPE_VALUES: set[GetContactNeighboursSortType] = {
    "ASC",
    "DESC",
}


def check_get_contact_neighbours_sort_type(value: str) -> GetContactNeighboursSortType:
    """Return ``value`` typed as GetContactNeighboursSortType; values this client does not know are kept as they are."""
    if value in GET_CONTACT_NEIGHBOURS_SORT_TYPE_VALUES or isinstance(value, str):
        return cast(GetContactNeighboursSortType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CONTACT_NEIGHBOURS_SORT_TYPE_VALUES!r}")
