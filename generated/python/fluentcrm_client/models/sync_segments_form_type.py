from typing import Literal, cast

SyncSegmentsFormType = Literal["lists", "tags"]

SYNC_SEGMENTS_FORM_TYPE_VALUES: set[SyncSegmentsFormType] = {
    "lists",
    "tags",
}


def check_sync_segments_form_type(value: str) -> SyncSegmentsFormType:
    """Return ``value`` typed as SyncSegmentsFormType; values this client does not know are kept as they are."""
    if value in SYNC_SEGMENTS_FORM_TYPE_VALUES or isinstance(value, str):
        return cast(SyncSegmentsFormType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNC_SEGMENTS_FORM_TYPE_VALUES!r}")
