from typing import Literal, cast

UserImportInputDoubleOptinEmail = Literal["no", "yes"]

USER_IMPORT_INPUT_DOUBLE_OPTIN_EMAIL_VALUES: set[UserImportInputDoubleOptinEmail] = {
    "no",
    "yes",
}


def check_user_import_input_double_optin_email(value: str) -> UserImportInputDoubleOptinEmail:
    """Return ``value`` typed as UserImportInputDoubleOptinEmail; values this client does not know are kept as they are."""
    if value in USER_IMPORT_INPUT_DOUBLE_OPTIN_EMAIL_VALUES or isinstance(value, str):
        return cast(UserImportInputDoubleOptinEmail, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_IMPORT_INPUT_DOUBLE_OPTIN_EMAIL_VALUES!r}")
