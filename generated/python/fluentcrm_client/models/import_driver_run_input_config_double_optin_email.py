from typing import Literal, cast

ImportDriverRunInputConfigDoubleOptinEmail = Literal["no", "yes"]

IMPORT_DRIVER_RUN_INPUT_CONFIG_DOUBLE_OPTIN_EMAIL_VALUES: set[ImportDriverRunInputConfigDoubleOptinEmail] = {
    "no",
    "yes",
}


def check_import_driver_run_input_config_double_optin_email(value: str) -> ImportDriverRunInputConfigDoubleOptinEmail:
    """Return ``value`` typed as ImportDriverRunInputConfigDoubleOptinEmail; values this client does not know are kept as they are."""
    if value in IMPORT_DRIVER_RUN_INPUT_CONFIG_DOUBLE_OPTIN_EMAIL_VALUES or isinstance(value, str):
        return cast(ImportDriverRunInputConfigDoubleOptinEmail, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPORT_DRIVER_RUN_INPUT_CONFIG_DOUBLE_OPTIN_EMAIL_VALUES!r}"
    )
