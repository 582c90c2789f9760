from typing import Literal, cast

CsvImportInputUpdate = Literal["no", "yes"]

CSV_IMPORT_INPUT_UPDATE_VALUES: set[CsvImportInputUpdate] = {
    "no",
    "yes",
}


def check_csv_import_input_update(value: str) -> CsvImportInputUpdate:
    """Return ``value`` typed as CsvImportInputUpdate; values this client does not know are kept as they are."""
    if value in CSV_IMPORT_INPUT_UPDATE_VALUES or isinstance(value, str):
        return cast(CsvImportInputUpdate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CSV_IMPORT_INPUT_UPDATE_VALUES!r}")
