from typing import Literal, cast

DoubleOptinSettingsInputDesignTemplate = Literal["classic", "plain", "raw_classic", "simple"]

DOUBLE_OPTIN_SETTINGS_INPUT_DESIGN_TEMPLATE_VALUES: set[DoubleOptinSettingsInputDesignTemplate] = {
    "classic",
    "plain",
    "raw_classic",
    "simple",
}


def check_double_optin_settings_input_design_template(value: str) -> DoubleOptinSettingsInputDesignTemplate:
    """Return ``value`` typed as DoubleOptinSettingsInputDesignTemplate; values this client does not know are kept as they are."""
    if value in DOUBLE_OPTIN_SETTINGS_INPUT_DESIGN_TEMPLATE_VALUES or isinstance(value, str):
        return cast(DoubleOptinSettingsInputDesignTemplate, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DOUBLE_OPTIN_SETTINGS_INPUT_DESIGN_TEMPLATE_VALUES!r}"
    )
