from typing import Literal, cast

SyncSegmentsFormFindBy = Literal["id", "slug"]

SYNC_SEGMENTS_FORM_FIND_BY_VALUES: set[SyncSegmentsFormFindBy] = {
    "id",
    "slug",
}


def check_sync_segments_form_find_by(value: str) -> SyncSegmentsFormFindBy:
    """Return ``value`` typed as SyncSegmentsFormFindBy; values this client does not know are kept as they are."""
    if value in SYNC_SEGMENTS_FORM_FIND_BY_VALUES or isinstance(value, str):
        return cast(SyncSegmentsFormFindBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNC_SEGMENTS_FORM_FIND_BY_VALUES!r}")
