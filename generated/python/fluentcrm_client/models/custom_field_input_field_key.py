from typing import Literal, cast

CustomFieldInputFieldKey = Literal[
    "checkbox", "date", "date_time", "multi-select", "number", "radio", "single-select", "text", "textarea"
]

CUSTOM_FIELD_INPUT_FIELD_KEY_VALUES: set[CustomFieldInputFieldKey] = {
    "checkbox",
    "date",
    "date_time",
    "multi-select",
    "number",
    "radio",
    "single-select",
    "text",
    "textarea",
}


def check_custom_field_input_field_key(value: str) -> CustomFieldInputFieldKey:
    """Return ``value`` typed as CustomFieldInputFieldKey; values this client does not know are kept as they are."""
    if value in CUSTOM_FIELD_INPUT_FIELD_KEY_VALUES or isinstance(value, str):
        return cast(CustomFieldInputFieldKey, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_INPUT_FIELD_KEY_VALUES!r}")
