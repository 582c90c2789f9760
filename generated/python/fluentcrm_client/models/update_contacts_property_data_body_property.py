from typing import Literal, cast

UpdateContactsPropertyDataBodyProperty = Literal["avatar", "company_id", "contact_type", "status"]

UPDATE_CONTACTS_PROPERTY_DATA_BODY_PROPERTY_VALUES: set[UpdateContactsPropertyDataBodyProperty] = {
    "avatar",
    "company_id",
    "contact_type",
    "status",
}


def check_update_contacts_property_data_body_property(value: str) -> UpdateContactsPropertyDataBodyProperty:
    """Return ``value`` typed as UpdateContactsPropertyDataBodyProperty; values this client does not know are kept as they are."""
    if value in UPDATE_CONTACTS_PROPERTY_DATA_BODY_PROPERTY_VALUES or isinstance(value, str):
        return cast(UpdateContactsPropertyDataBodyProperty, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CONTACTS_PROPERTY_DATA_BODY_PROPERTY_VALUES!r}"
    )
