from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    pass


T = TypeVar("T", bound="ReportStats")


@_attrs_define
class ReportStats:
    """Body of the time-series reports (`/reports/subscribers`, `/reports/email-sents`, `/reports/email-opens`,
    `/reports/email-clicks`): one integer count per period, keyed by the period label, in chronological order.

        Attributes:
            stats (dict[str, int]): Counts per period. An object keyed `YYYY-MM-DD` (daily and weekly buckets) or `Mon YYYY`
                (monthly buckets), or PHP's empty array `[]`, never `{}`, when the range holds no period: the end date lies
                before the start date, or both are the same day (recorded as `live/empty-maps.report_stats_reversed_range` and
                `.report_stats_one_day`).
    """

    stats: dict[str, int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats = _wire.format_int_dict(self.stats)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stats": stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _stats = d.pop("stats")
        stats: dict[str, int]
        stats = _wire.parse_int_dict(_stats)

        report_stats = cls(
            stats=stats,
        )

        report_stats.additional_properties = d
        return report_stats

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
