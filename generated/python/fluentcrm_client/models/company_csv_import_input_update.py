from typing import Literal, cast

CompanyCsvImportInputUpdate = Literal["no", "yes"]

COMPANY_CSV_IMPORT_INPUT_UPDATE_VALUES: set[CompanyCsvImportInputUpdate] = {
    "no",
    "yes",
}


def check_company_csv_import_input_update(value: str) -> CompanyCsvImportInputUpdate:
    """Return ``value`` typed as CompanyCsvImportInputUpdate; values this client does not know are kept as they are."""
    if value in COMPANY_CSV_IMPORT_INPUT_UPDATE_VALUES or isinstance(value, str):
        return cast(CompanyCsvImportInputUpdate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_CSV_IMPORT_INPUT_UPDATE_VALUES!r}")
