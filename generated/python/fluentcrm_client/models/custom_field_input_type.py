from typing import Literal, cast

CustomFieldInputType = Literal[
    "checkbox", "date", "date_time", "number", "radio", "select-multi", "select-one", "text", "textarea"
]

CUSTOM_FIELD_INPUT_TYPE_VALUES: set[CustomFieldInputType] = {
    "checkbox",
    "date",
    "date_time",
    "number",
    "radio",
    "select-multi",
    "select-one",
    "text",
    "textarea",
}


def check_custom_field_input_type(value: str) -> CustomFieldInputType:
    """Return ``value`` typed as CustomFieldInputType; values this client does not know are kept as they are."""
    if value in CUSTOM_FIELD_INPUT_TYPE_VALUES or isinstance(value, str):
        return cast(CustomFieldInputType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_FIELD_INPUT_TYPE_VALUES!r}")
