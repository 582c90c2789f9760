from typing import Literal, cast

ContactPropertyFormProperty = Literal["avatar", "company_id", "contact_type", "status"]

CONTACT_PROPERTY_FORM_PROPERTY_VALUES: set[ContactPropertyFormProperty] = {
    "avatar",
    "company_id",
    "contact_type",
    "status",
}


def check_contact_property_form_property(value: str) -> ContactPropertyFormProperty:
    """Return ``value`` typed as ContactPropertyFormProperty; values this client does not know are kept as they are."""
    if value in CONTACT_PROPERTY_FORM_PROPERTY_VALUES or isinstance(value, str):
        return cast(ContactPropertyFormProperty, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_PROPERTY_FORM_PROPERTY_VALUES!r}")
