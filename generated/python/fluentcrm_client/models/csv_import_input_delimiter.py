from typing import Literal, cast

CsvImportInputDelimiter = Literal["comma", "semicolon"]

CSV_IMPORT_INPUT_DELIMITER_VALUES: set[CsvImportInputDelimiter] = {
    "comma",
    "semicolon",
}


def check_csv_import_input_delimiter(value: str) -> CsvImportInputDelimiter:
    """Return ``value`` typed as CsvImportInputDelimiter; values this client does not know are kept as they are."""
    if value in CSV_IMPORT_INPUT_DELIMITER_VALUES or isinstance(value, str):
        return cast(CsvImportInputDelimiter, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CSV_IMPORT_INPUT_DELIMITER_VALUES!r}")
