from typing import Literal, cast

ContactPropertyInputProperty = Literal["avatar", "company_id", "contact_type", "status"]

CONTACT_PROPERTY_INPUT_PROPERTY_VALUES: set[ContactPropertyInputProperty] = {
    "avatar",
    "company_id",
    "contact_type",
    "status",
}


def check_contact_property_input_property(value: str) -> ContactPropertyInputProperty:
    """Return ``value`` typed as ContactPropertyInputProperty; values this client does not know are kept as they are."""
    if value in CONTACT_PROPERTY_INPUT_PROPERTY_VALUES or isinstance(value, str):
        return cast(ContactPropertyInputProperty, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_PROPERTY_INPUT_PROPERTY_VALUES!r}")
