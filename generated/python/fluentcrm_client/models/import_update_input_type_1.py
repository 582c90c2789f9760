from typing import Literal, cast

ImportUpdateInputType1 = Literal["false", "no", "true", "yes"]

IMPORT_UPDATE_INPUT_TYPE_1_VALUES: set[ImportUpdateInputType1] = {
    "false",
    "no",
    "true",
    "yes",
}


def check_import_update_input_type_1(value: str) -> ImportUpdateInputType1:
    """Return ``value`` typed as ImportUpdateInputType1; values this client does not know are kept as they are."""
    if value in IMPORT_UPDATE_INPUT_TYPE_1_VALUES or isinstance(value, str):
        return cast(ImportUpdateInputType1, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_UPDATE_INPUT_TYPE_1_VALUES!r}")
