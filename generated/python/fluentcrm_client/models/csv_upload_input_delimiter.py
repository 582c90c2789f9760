from typing import Literal, cast

CsvUploadInputDelimiter = Literal["comma", "semicolon"]

CSV_UPLOAD_INPUT_DELIMITER_VALUES: set[CsvUploadInputDelimiter] = {
    "comma",
    "semicolon",
}


def check_csv_upload_input_delimiter(value: str) -> CsvUploadInputDelimiter:
    """Return ``value`` typed as CsvUploadInputDelimiter; values this client does not know are kept as they are."""
    if value in CSV_UPLOAD_INPUT_DELIMITER_VALUES or isinstance(value, str):
        return cast(CsvUploadInputDelimiter, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CSV_UPLOAD_INPUT_DELIMITER_VALUES!r}")
