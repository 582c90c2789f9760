from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stat_buckets import StatBuckets


T = TypeVar("T", bound="ReportStats")


@_attrs_define
class ReportStats:
    """Body of the time-series reports (`/reports/subscribers`, `/reports/email-sents`, `/reports/email-opens`,
    `/reports/email-clicks`): one integer count per period, keyed by the period label, in chronological order.

        Attributes:
            stats (list[int] | StatBuckets): Counts per period. An object keyed `YYYY-MM-DD` (daily and weekly buckets) or
                `Mon YYYY` (monthly buckets), or PHP's empty array `[]`, never `{}`, when the range holds no period: the end
                date lies before the start date, or both are the same day (recorded as `live/empty-
                maps.report_stats_reversed_range` and `.report_stats_one_day`).
            field_bench (float): `__bench`: seconds the server spent on the request, as a float. FluentCRM adds it to most
                responses; clients
                should ignore it. Its value is different on every call.
    """

    stats: list[int] | StatBuckets
    field_bench: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stat_buckets import StatBuckets  # noqa: PLC0415

        stats: dict[str, Any] | list[int]
        if isinstance(self.stats, StatBuckets):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        field_bench = self.field_bench

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stats": stats,
                "__bench": field_bench,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stat_buckets import StatBuckets  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_stats(data: object) -> list[int] | StatBuckets:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stats_type_0 = StatBuckets.from_dict(data)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            stats_type_1 = cast(list[int], data)

            return stats_type_1

        stats = _parse_stats(d.pop("stats"))

        field_bench = d.pop("__bench")

        report_stats = cls(
            stats=stats,
            field_bench=field_bench,
        )

        report_stats.additional_properties = d
        return report_stats

    @property
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
