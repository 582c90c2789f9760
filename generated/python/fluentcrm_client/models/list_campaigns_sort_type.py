from typing import Literal, cast

ListCampaignsSortType = Literal["ASC", "DESC"]

LIST_CAMPAIGNS_SORT_TYPE_VALUES: set[ListCampaignsSortType] = {
    "ASC",
    "DESC",
}


def check_list_campaigns_sort_type(value: str) -> ListCampaignsSortType:
    """Return ``value`` typed as ListCampaignsSortType; values this client does not know are kept as they are."""
    if value in LIST_CAMPAIGNS_SORT_TYPE_VALUES or isinstance(value, str):
        return cast(ListCampaignsSortType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_SORT_TYPE_VALUES!r}")
