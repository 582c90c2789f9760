from typing import Literal, cast

GetMigratorListTagMappingsDriver = Literal["ActiveCampaign", "ConvertKit", "Drip", "MailerLite", "mailchimp"]

GET_MIGRATOR_LIST_TAG_MAPPINGS_DRIVER_VALUES: set[GetMigratorListTagMappingsDriver] = {
    "ActiveCampaign",
    "ConvertKit",
    "Drip",
    "MailerLite",
    "mailchimp",
}


def check_get_migrator_list_tag_mappings_driver(value: str) -> GetMigratorListTagMappingsDriver:
    """Return ``value`` typed as GetMigratorListTagMappingsDriver; values this client does not know are kept as they are."""
    if value in GET_MIGRATOR_LIST_TAG_MAPPINGS_DRIVER_VALUES or isinstance(value, str):
        return cast(GetMigratorListTagMappingsDriver, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_MIGRATOR_LIST_TAG_MAPPINGS_DRIVER_VALUES!r}")
