from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.old_log_counts_log_counts_item import OldLogCountsLogCountsItem


T = TypeVar("T", bound="OldLogCounts")


@_attrs_define
class OldLogCounts:
    """How many rows of each selected log are older than the limit, in the order emails, clicks, opens, system, activity.

    Attributes:
        log_counts (list[OldLogCountsLogCountsItem]):
    """

    log_counts: list[OldLogCountsLogCountsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_counts = []
        for log_counts_item_data in self.log_counts:
            log_counts_item = log_counts_item_data.to_dict()
            log_counts.append(log_counts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_counts": log_counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        log_counts = []
        _log_counts = d.pop("log_counts")
        for log_counts_item_data in _log_counts:
            log_counts_item = OldLogCountsLogCountsItem.from_dict(log_counts_item_data)

            log_counts.append(log_counts_item)

        old_log_counts = cls(
            log_counts=log_counts,
        )

        old_log_counts.additional_properties = d
        return old_log_counts

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.old_log_counts_log_counts_item import OldLogCountsLogCountsItem  # noqa: E402
