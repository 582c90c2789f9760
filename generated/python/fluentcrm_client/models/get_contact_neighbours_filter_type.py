from typing import Literal, cast

GetContactNeighboursFilterType = Literal["advanced", "simple"]

GET_CONTACT_NEIGHBOURS_FILTER_TYPE_VALUES: set[GetContactNeighboursFilterType] = {
    "advanced",
    "simple",
}


def check_get_contact_neighbours_filter_type(value: str) -> GetContactNeighboursFilterType:
    """Return ``value`` typed as GetContactNeighboursFilterType; values this client does not know are kept as they are."""
    if value in GET_CONTACT_NEIGHBOURS_FILTER_TYPE_VALUES or isinstance(value, str):
        return cast(GetContactNeighboursFilterType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CONTACT_NEIGHBOURS_FILTER_TYPE_VALUES!r}")
