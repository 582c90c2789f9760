from typing import Literal, cast

ListCampaignsSortBy = Literal["created_at", "id", "recipients_count", "scheduled_at", "status", "title", "updated_at"]

LIST_CAMPAIGNS_SORT_BY_VALUES: set[ListCampaignsSortBy] = {
    "created_at",
    "id",
    "recipients_count",
    "scheduled_at",
    "status",
    "title",
    "updated_at",
}


def check_list_campaigns_sort_by(value: str) -> ListCampaignsSortBy:
    """Return ``value`` typed as ListCampaignsSortBy; values this client does not know are kept as they are."""
    if value in LIST_CAMPAIGNS_SORT_BY_VALUES or isinstance(value, str):
        return cast(ListCampaignsSortBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_SORT_BY_VALUES!r}")
