from typing import Literal, cast

FunnelStatusInput = Literal["draft", "paused", "published"]

FUNNEL_STATUS_INPUT_VALUES: set[FunnelStatusInput] = {
    "draft",
    "paused",
    "published",
}


def check_funnel_status_input(value: str) -> FunnelStatusInput:
    """Return ``value`` typed as FunnelStatusInput; values this client does not know are kept as they are."""
    if value in FUNNEL_STATUS_INPUT_VALUES or isinstance(value, str):
        return cast(FunnelStatusInput, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNNEL_STATUS_INPUT_VALUES!r}")
