from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignAnalyticsFigure")


@_attrs_define
class CampaignAnalyticsFigure:
    """One figure of a sent campaign's analytics (opens, clicks, click-to-open rate, ...).

    Attributes:
        total (float | int | str): The count, or a percentage string such as `"50.00%"`.
        label (str):
        type (str):
        is_percent (bool | Unset):
        icon_class (str | Unset):
    """

    total: float | int | str
    label: str
    type: str
    is_percent: bool | Unset = UNSET
    icon_class: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: float | int | str
        total = self.total

        label = self.label

        type = self.type

        is_percent = self.is_percent

        icon_class = self.icon_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "label": label,
                "type": type,
            }
        )
        if is_percent is not UNSET:
            field_dict["is_percent"] = is_percent
        if icon_class is not UNSET:
            field_dict["icon_class"] = icon_class

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_total(data: object) -> float | int | str:
            return cast(float | int | str, data)

        total = _parse_total(d.pop("total"))

        label = d.pop("label")

        type = d.pop("type")

        is_percent = d.pop("is_percent", UNSET)

        icon_class = d.pop("icon_class", UNSET)

        campaign_analytics_figure = cls(
            total=total,
            label=label,
            type=type,
            is_percent=is_percent,
            icon_class=icon_class,
        )

        campaign_analytics_figure.additional_properties = d
        return campaign_analytics_figure

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
