from typing import Literal, cast

RunCronInputHook = Literal[
    "fluentcrm_scheduled_every_minute_tasks",
    "fluentcrm_scheduled_five_minute_tasks",
    "fluentcrm_scheduled_hourly_tasks",
]

RUN_CRON_INPUT_HOOK_VALUES: set[RunCronInputHook] = {
    "fluentcrm_scheduled_every_minute_tasks",
    "fluentcrm_scheduled_five_minute_tasks",
    "fluentcrm_scheduled_hourly_tasks",
}


def check_run_cron_input_hook(value: str) -> RunCronInputHook:
    """Return ``value`` typed as RunCronInputHook; values this client does not know are kept as they are."""
    if value in RUN_CRON_INPUT_HOOK_VALUES or isinstance(value, str):
        return cast(RunCronInputHook, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_CRON_INPUT_HOOK_VALUES!r}")
