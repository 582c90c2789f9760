from typing import Literal, cast

CsvImportInputForceUpdateStatus = Literal["no", "yes"]

CSV_IMPORT_INPUT_FORCE_UPDATE_STATUS_VALUES: set[CsvImportInputForceUpdateStatus] = {
    "no",
    "yes",
}


def check_csv_import_input_force_update_status(value: str) -> CsvImportInputForceUpdateStatus:
    """Return ``value`` typed as CsvImportInputForceUpdateStatus; values this client does not know are kept as they are."""
    if value in CSV_IMPORT_INPUT_FORCE_UPDATE_STATUS_VALUES or isinstance(value, str):
        return cast(CsvImportInputForceUpdateStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CSV_IMPORT_INPUT_FORCE_UPDATE_STATUS_VALUES!r}")
