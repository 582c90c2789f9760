from typing import Literal, cast

FunnelSubscriberStatusChangeStatus = Literal["active", "cancelled", "waiting"]

FUNNEL_SUBSCRIBER_STATUS_CHANGE_STATUS_VALUES: set[FunnelSubscriberStatusChangeStatus] = {
    "active",
    "cancelled",
    "waiting",
}


def check_funnel_subscriber_status_change_status(value: str) -> FunnelSubscriberStatusChangeStatus:
    """Return ``value`` typed as FunnelSubscriberStatusChangeStatus; values this client does not know are kept as they are."""
    if value in FUNNEL_SUBSCRIBER_STATUS_CHANGE_STATUS_VALUES or isinstance(value, str):
        return cast(FunnelSubscriberStatusChangeStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNNEL_SUBSCRIBER_STATUS_CHANGE_STATUS_VALUES!r}")
