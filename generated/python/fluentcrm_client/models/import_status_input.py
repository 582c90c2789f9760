from typing import Literal, cast

ImportStatusInput = Literal["pending", "subscribed", "transactional", "unsubscribed"]

IMPORT_STATUS_INPUT_VALUES: set[ImportStatusInput] = {
    "pending",
    "subscribed",
    "transactional",
    "unsubscribed",
}


def check_import_status_input(value: str) -> ImportStatusInput:
    """Return ``value`` typed as ImportStatusInput; values this client does not know are kept as they are."""
    if value in IMPORT_STATUS_INPUT_VALUES or isinstance(value, str):
        return cast(ImportStatusInput, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_STATUS_INPUT_VALUES!r}")
