from typing import Literal, cast

ImportDriverRunInputConfigImportSilently = Literal["no", "yes"]

IMPORT_DRIVER_RUN_INPUT_CONFIG_IMPORT_SILENTLY_VALUES: set[ImportDriverRunInputConfigImportSilently] = {
    "no",
    "yes",
}


def check_import_driver_run_input_config_import_silently(value: str) -> ImportDriverRunInputConfigImportSilently:
    """Return ``value`` typed as ImportDriverRunInputConfigImportSilently; values this client does not know are kept as they are."""
    if value in IMPORT_DRIVER_RUN_INPUT_CONFIG_IMPORT_SILENTLY_VALUES or isinstance(value, str):
        return cast(ImportDriverRunInputConfigImportSilently, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPORT_DRIVER_RUN_INPUT_CONFIG_IMPORT_SILENTLY_VALUES!r}"
    )
