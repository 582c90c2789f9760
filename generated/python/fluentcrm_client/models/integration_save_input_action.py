from typing import Literal, cast

IntegrationSaveInputAction = Literal["save", "sync"]

INTEGRATION_SAVE_INPUT_ACTION_VALUES: set[IntegrationSaveInputAction] = {
    "save",
    "sync",
}


def check_integration_save_input_action(value: str) -> IntegrationSaveInputAction:
    """Return ``value`` typed as IntegrationSaveInputAction; values this client does not know are kept as they are."""
    if value in INTEGRATION_SAVE_INPUT_ACTION_VALUES or isinstance(value, str):
        return cast(IntegrationSaveInputAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTEGRATION_SAVE_INPUT_ACTION_VALUES!r}")
