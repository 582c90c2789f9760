from typing import Literal, cast

SyncSegmentsInputType = Literal["lists", "tags"]

SYNC_SEGMENTS_INPUT_TYPE_VALUES: set[SyncSegmentsInputType] = {
    "lists",
    "tags",
}


def check_sync_segments_input_type(value: str) -> SyncSegmentsInputType:
    """Return ``value`` typed as SyncSegmentsInputType; values this client does not know are kept as they are."""
    if value in SYNC_SEGMENTS_INPUT_TYPE_VALUES or isinstance(value, str):
        return cast(SyncSegmentsInputType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNC_SEGMENTS_INPUT_TYPE_VALUES!r}")
