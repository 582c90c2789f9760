from typing import Literal, cast

MigratorInputDriver = Literal["ActiveCampaign", "ConvertKit", "Drip", "MailerLite", "mailchimp"]

MIGRATOR_INPUT_DRIVER_VALUES: set[MigratorInputDriver] = {
    "ActiveCampaign",
    "ConvertKit",
    "Drip",
    "MailerLite",
    "mailchimp",
}


def check_migrator_input_driver(value: str) -> MigratorInputDriver:
    """Return ``value`` typed as MigratorInputDriver; values this client does not know are kept as they are."""
    if value in MIGRATOR_INPUT_DRIVER_VALUES or isinstance(value, str):
        return cast(MigratorInputDriver, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MIGRATOR_INPUT_DRIVER_VALUES!r}")
