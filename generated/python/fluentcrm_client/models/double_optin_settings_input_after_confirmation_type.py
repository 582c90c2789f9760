from typing import Literal, cast

DoubleOptinSettingsInputAfterConfirmationType = Literal["message", "redirect"]

DOUBLE_OPTIN_SETTINGS_INPUT_AFTER_CONFIRMATION_TYPE_VALUES: set[DoubleOptinSettingsInputAfterConfirmationType] = {
    "message",
    "redirect",
}


def check_double_optin_settings_input_after_confirmation_type(
    value: str,
) -> DoubleOptinSettingsInputAfterConfirmationType:
    """Return ``value`` typed as DoubleOptinSettingsInputAfterConfirmationType; values this client does not know are kept as they are."""
    if value in DOUBLE_OPTIN_SETTINGS_INPUT_AFTER_CONFIRMATION_TYPE_VALUES or isinstance(value, str):
        return cast(DoubleOptinSettingsInputAfterConfirmationType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBLE_OPTIN_SETTINGS_INPUT_AFTER_CONFIRMATION_TYPE_VALUES!r}"
    )
