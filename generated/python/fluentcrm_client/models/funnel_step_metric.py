from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FunnelStepMetric")


@_attrs_define
class FunnelStepMetric:
    """One row of a funnel's funnel chart: how many contacts reached a step. The first row is the entrance (`type`
    `root`, `sequence_id` 0). All numbers are integers.

        Attributes:
            label (str):
            count (int):
            sequence_id (int):
            type (str):
            percent (float):
            percent_text (float):
            previous_step_count (int):
            drop_count (int):
            drop_percent (float):
    """

    label: str
    count: int
    sequence_id: int
    type: str
    percent: float
    percent_text: float
    previous_step_count: int
    drop_count: int
    drop_percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        count = self.count

        sequence_id = self.sequence_id

        type = self.type

        percent = self.percent

        percent_text = self.percent_text

        previous_step_count = self.previous_step_count

        drop_count = self.drop_count

        drop_percent = self.drop_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "count": count,
                "sequence_id": sequence_id,
                "type": type,
                "percent": percent,
                "percent_text": percent_text,
                "previous_step_count": previous_step_count,
                "drop_count": drop_count,
                "drop_percent": drop_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        count = d.pop("count")

        sequence_id = d.pop("sequence_id")

        type = d.pop("type")

        percent = d.pop("percent")

        percent_text = d.pop("percent_text")

        previous_step_count = d.pop("previous_step_count")

        drop_count = d.pop("drop_count")

        drop_percent = d.pop("drop_percent")

        funnel_step_metric = cls(
            label=label,
            count=count,
            sequence_id=sequence_id,
            type=type,
            percent=percent,
            percent_text=percent_text,
            previous_step_count=previous_step_count,
            drop_count=drop_count,
            drop_percent=drop_percent,
        )

        funnel_step_metric.additional_properties = d
        return funnel_step_metric

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
