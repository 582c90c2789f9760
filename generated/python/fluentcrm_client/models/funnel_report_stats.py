from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.funnel_step_metric import FunnelStepMetric


T = TypeVar("T", bound="FunnelReportStats")


@_attrs_define
class FunnelReportStats:
    """
    Attributes:
        metrics (list[FunnelStepMetric]):
        total_revenue (float): Revenue attributed to the funnel (an integer `0` when there is none).
        total_revenue_formatted (str):
        revenue_currency (str):
    """

    metrics: list[FunnelStepMetric]
    total_revenue: float
    total_revenue_formatted: str
    revenue_currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        total_revenue = self.total_revenue

        total_revenue_formatted = self.total_revenue_formatted

        revenue_currency = self.revenue_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
                "total_revenue": total_revenue,
                "total_revenue_formatted": total_revenue_formatted,
                "revenue_currency": revenue_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = FunnelStepMetric.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        total_revenue = d.pop("total_revenue")

        total_revenue_formatted = d.pop("total_revenue_formatted")

        revenue_currency = d.pop("revenue_currency")

        funnel_report_stats = cls(
            metrics=metrics,
            total_revenue=total_revenue,
            total_revenue_formatted=total_revenue_formatted,
            revenue_currency=revenue_currency,
        )

        funnel_report_stats.additional_properties = d
        return funnel_report_stats

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
from ..models.funnel_step_metric import FunnelStepMetric  # noqa: E402
