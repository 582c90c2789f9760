from typing import Literal, cast

CompanyCsvImportInputCreateOwner = Literal["no", "yes"]

COMPANY_CSV_IMPORT_INPUT_CREATE_OWNER_VALUES: set[CompanyCsvImportInputCreateOwner] = {
    "no",
    "yes",
}


def check_company_csv_import_input_create_owner(value: str) -> CompanyCsvImportInputCreateOwner:
    """Return ``value`` typed as CompanyCsvImportInputCreateOwner; values this client does not know are kept as they are."""
    if value in COMPANY_CSV_IMPORT_INPUT_CREATE_OWNER_VALUES or isinstance(value, str):
        return cast(CompanyCsvImportInputCreateOwner, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_CSV_IMPORT_INPUT_CREATE_OWNER_VALUES!r}")
