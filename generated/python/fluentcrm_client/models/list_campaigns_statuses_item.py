from typing import Literal, cast

ListCampaignsStatusesItem = Literal[
    "archived", "draft", "incomplete", "paused", "pending-scheduled", "processing", "purged", "scheduled", "working"
]

LIST_CAMPAIGNS_STATUSES_ITEM_VALUES: set[ListCampaignsStatusesItem] = {
    "archived",
    "draft",
    "incomplete",
    "paused",
    "pending-scheduled",
    "processing",
    "purged",
    "scheduled",
    "working",
}


def check_list_campaigns_statuses_item(value: str) -> ListCampaignsStatusesItem:
    """Return ``value`` typed as ListCampaignsStatusesItem; values this client does not know are kept as they are."""
    if value in LIST_CAMPAIGNS_STATUSES_ITEM_VALUES or isinstance(value, str):
        return cast(ListCampaignsStatusesItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_STATUSES_ITEM_VALUES!r}")
