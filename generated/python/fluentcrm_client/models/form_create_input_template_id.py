from typing import Literal, cast

FormCreateInputTemplateId = Literal["inline_subscribe", "simple_optin", "with_name_subscribe"]

FORM_CREATE_INPUT_TEMPLATE_ID_VALUES: set[FormCreateInputTemplateId] = {
    "inline_subscribe",
    "simple_optin",
    "with_name_subscribe",
}


def check_form_create_input_template_id(value: str) -> FormCreateInputTemplateId:
    """Return ``value`` typed as FormCreateInputTemplateId; values this client does not know are kept as they are."""
    if value in FORM_CREATE_INPUT_TEMPLATE_ID_VALUES or isinstance(value, str):
        return cast(FormCreateInputTemplateId, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORM_CREATE_INPUT_TEMPLATE_ID_VALUES!r}")
