from typing import Literal, cast

FunnelLabelsChangeAction = Literal["attach", "detach"]

FUNNEL_LABELS_CHANGE_ACTION_VALUES: set[FunnelLabelsChangeAction] = {
    "attach",
    "detach",
}


def check_funnel_labels_change_action(value: str) -> FunnelLabelsChangeAction:
    """Return ``value`` typed as FunnelLabelsChangeAction; values this client does not know are kept as they are."""
    if value in FUNNEL_LABELS_CHANGE_ACTION_VALUES or isinstance(value, str):
        return cast(FunnelLabelsChangeAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNNEL_LABELS_CHANGE_ACTION_VALUES!r}")
