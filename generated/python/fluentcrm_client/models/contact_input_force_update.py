from typing import Literal, cast

ContactInputForceUpdate = Literal["yes"]

CONTACT_INPUT_FORCE_UPDATE_VALUES: set[ContactInputForceUpdate] = {
    "yes",
}


def check_contact_input_force_update(value: str) -> ContactInputForceUpdate:
    """Return ``value`` typed as ContactInputForceUpdate; values this client does not know are kept as they are."""
    if value in CONTACT_INPUT_FORCE_UPDATE_VALUES or isinstance(value, str):
        return cast(ContactInputForceUpdate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_INPUT_FORCE_UPDATE_VALUES!r}")
