from typing import Literal, cast

UserImportInputUpdate = Literal["no", "yes"]

USER_IMPORT_INPUT_UPDATE_VALUES: set[UserImportInputUpdate] = {
    "no",
    "yes",
}


def check_user_import_input_update(value: str) -> UserImportInputUpdate:
    """Return ``value`` typed as UserImportInputUpdate; values this client does not know are kept as they are."""
    if value in USER_IMPORT_INPUT_UPDATE_VALUES or isinstance(value, str):
        return cast(UserImportInputUpdate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_IMPORT_INPUT_UPDATE_VALUES!r}")
