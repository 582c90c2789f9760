from typing import Literal, cast

ListFunnelSubscribersStatus = Literal["active", "cancelled", "completed", "waiting"]

LIST_FUNNEL_SUBSCRIBERS_STATUS_VALUES: set[ListFunnelSubscribersStatus] = {
    "active",
    "cancelled",
    "completed",
    "waiting",
}


def check_list_funnel_subscribers_status(value: str) -> ListFunnelSubscribersStatus:
    """Return ``value`` typed as ListFunnelSubscribersStatus; values this client does not know are kept as they are."""
    if value in LIST_FUNNEL_SUBSCRIBERS_STATUS_VALUES or isinstance(value, str):
        return cast(ListFunnelSubscribersStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FUNNEL_SUBSCRIBERS_STATUS_VALUES!r}")
