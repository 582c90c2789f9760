from typing import Literal, cast

YesNoInput = Literal["no", "yes"]

YES_NO_INPUT_VALUES: set[YesNoInput] = {
    "no",
    "yes",
}


def check_yes_no_input(value: str) -> YesNoInput:
    """Return ``value`` typed as YesNoInput; values this client does not know are kept as they are."""
    if value in YES_NO_INPUT_VALUES or isinstance(value, str):
        return cast(YesNoInput, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {YES_NO_INPUT_VALUES!r}")
