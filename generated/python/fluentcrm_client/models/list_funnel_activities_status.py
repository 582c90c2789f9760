from typing import Literal, cast

ListFunnelActivitiesStatus = Literal["active", "cancelled", "completed", "waiting"]

LIST_FUNNEL_ACTIVITIES_STATUS_VALUES: set[ListFunnelActivitiesStatus] = {
    "active",
    "cancelled",
    "completed",
    "waiting",
}


def check_list_funnel_activities_status(value: str) -> ListFunnelActivitiesStatus:
    """Return ``value`` typed as ListFunnelActivitiesStatus; values this client does not know are kept as they are."""
    if value in LIST_FUNNEL_ACTIVITIES_STATUS_VALUES or isinstance(value, str):
        return cast(ListFunnelActivitiesStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FUNNEL_ACTIVITIES_STATUS_VALUES!r}")
