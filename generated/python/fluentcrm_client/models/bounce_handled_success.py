from typing import Literal, cast

BounceHandledSuccess = Literal[0, 1]

BOUNCE_HANDLED_SUCCESS_VALUES: set[BounceHandledSuccess] = {
    0,
    1,
}


def check_bounce_handled_success(value: int) -> BounceHandledSuccess:
    """Return ``value`` typed as BounceHandledSuccess; values this client does not know are kept as they are."""
    if value in BOUNCE_HANDLED_SUCCESS_VALUES or isinstance(value, int):
        return cast(BounceHandledSuccess, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOUNCE_HANDLED_SUCCESS_VALUES!r}")
