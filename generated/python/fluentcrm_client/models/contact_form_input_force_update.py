from typing import Literal, cast

ContactFormInputForceUpdate = Literal["yes"]

CONTACT_FORM_INPUT_FORCE_UPDATE_VALUES: set[ContactFormInputForceUpdate] = {
    "yes",
}


def check_contact_form_input_force_update(value: str) -> ContactFormInputForceUpdate:
    """Return ``value`` typed as ContactFormInputForceUpdate; values this client does not know are kept as they are."""
    if value in CONTACT_FORM_INPUT_FORCE_UPDATE_VALUES or isinstance(value, str):
        return cast(ContactFormInputForceUpdate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_FORM_INPUT_FORCE_UPDATE_VALUES!r}")
