from typing import Literal, cast

UserImportInputImportSilently = Literal["no", "yes"]

USER_IMPORT_INPUT_IMPORT_SILENTLY_VALUES: set[UserImportInputImportSilently] = {
    "no",
    "yes",
}


def check_user_import_input_import_silently(value: str) -> UserImportInputImportSilently:
    """Return ``value`` typed as UserImportInputImportSilently; values this client does not know are kept as they are."""
    if value in USER_IMPORT_INPUT_IMPORT_SILENTLY_VALUES or isinstance(value, str):
        return cast(UserImportInputImportSilently, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_IMPORT_INPUT_IMPORT_SILENTLY_VALUES!r}")
