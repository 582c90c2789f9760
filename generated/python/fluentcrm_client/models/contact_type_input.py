from typing import Literal, cast

ContactTypeInput = Literal["customer", "lead"]

CONTACT_TYPE_INPUT_VALUES: set[ContactTypeInput] = {
    "customer",
    "lead",
}


def check_contact_type_input(value: str) -> ContactTypeInput:
    """Return ``value`` typed as ContactTypeInput; values this client does not know are kept as they are."""
    if value in CONTACT_TYPE_INPUT_VALUES or isinstance(value, str):
        return cast(ContactTypeInput, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_TYPE_INPUT_VALUES!r}")
