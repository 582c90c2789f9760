from typing import Literal, cast

CsvImportInputDoubleOptinEmail = Literal["no", "yes"]

CSV_IMPORT_INPUT_DOUBLE_OPTIN_EMAIL_VALUES: set[CsvImportInputDoubleOptinEmail] = {
    "no",
    "yes",
}


def check_csv_import_input_double_optin_email(value: str) -> CsvImportInputDoubleOptinEmail:
    """Return ``value`` typed as CsvImportInputDoubleOptinEmail; values this client does not know are kept as they are."""
    if value in CSV_IMPORT_INPUT_DOUBLE_OPTIN_EMAIL_VALUES or isinstance(value, str):
        return cast(CsvImportInputDoubleOptinEmail, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CSV_IMPORT_INPUT_DOUBLE_OPTIN_EMAIL_VALUES!r}")
