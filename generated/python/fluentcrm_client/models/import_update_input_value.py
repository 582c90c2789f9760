from typing import Literal, cast

ImportUpdateInputValue = Literal["false", "no", "true", "yes"]

IMPORT_UPDATE_INPUT_VALUE_VALUES: set[ImportUpdateInputValue] = {
    "false",
    "no",
    "true",
    "yes",
}


def check_import_update_input_value(value: str) -> ImportUpdateInputValue:
    """Return ``value`` typed as ImportUpdateInputValue; values this client does not know are kept as they are."""
    if value in IMPORT_UPDATE_INPUT_VALUE_VALUES or isinstance(value, str):
        return cast(ImportUpdateInputValue, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_UPDATE_INPUT_VALUE_VALUES!r}")
