from typing import Literal, cast

CsvUploadInputType = Literal["company"]

CSV_UPLOAD_INPUT_TYPE_VALUES: set[CsvUploadInputType] = {
    "company",
}


def check_csv_upload_input_type(value: str) -> CsvUploadInputType:
    """Return ``value`` typed as CsvUploadInputType; values this client does not know are kept as they are."""
    if value in CSV_UPLOAD_INPUT_TYPE_VALUES or isinstance(value, str):
        return cast(CsvUploadInputType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CSV_UPLOAD_INPUT_TYPE_VALUES!r}")
