from typing import Literal, cast

ImportDriverRunInputConfigUpdate = Literal["no", "yes"]

IMPORT_DRIVER_RUN_INPUT_CONFIG_UPDATE_VALUES: set[ImportDriverRunInputConfigUpdate] = {
    "no",
    "yes",
}


def check_import_driver_run_input_config_update(value: str) -> ImportDriverRunInputConfigUpdate:
    """Return ``value`` typed as ImportDriverRunInputConfigUpdate; values this client does not know are kept as they are."""
    if value in IMPORT_DRIVER_RUN_INPUT_CONFIG_UPDATE_VALUES or isinstance(value, str):
        return cast(ImportDriverRunInputConfigUpdate, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_DRIVER_RUN_INPUT_CONFIG_UPDATE_VALUES!r}")
