from typing import Literal, cast

SyncSegmentsInputFindBy = Literal["id", "slug"]

SYNC_SEGMENTS_INPUT_FIND_BY_VALUES: set[SyncSegmentsInputFindBy] = {
    "id",
    "slug",
}


def check_sync_segments_input_find_by(value: str) -> SyncSegmentsInputFindBy:
    """Return ``value`` typed as SyncSegmentsInputFindBy; values this client does not know are kept as they are."""
    if value in SYNC_SEGMENTS_INPUT_FIND_BY_VALUES or isinstance(value, str):
        return cast(SyncSegmentsInputFindBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNC_SEGMENTS_INPUT_FIND_BY_VALUES!r}")
