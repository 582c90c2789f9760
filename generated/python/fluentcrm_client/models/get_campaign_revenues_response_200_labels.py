from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCampaignRevenuesResponse200Labels")


@_attrs_define
class GetCampaignRevenuesResponse200Labels:
    """
    Attributes:
        order (str):
        title (str):
        status (str):
        date (str):
        total (str):
    """

    order: str
    title: str
    status: str
    date: str
    total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order

        title = self.title

        status = self.status

        date = self.date

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "title": title,
                "status": status,
                "date": date,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order = d.pop("order")

        title = d.pop("title")

        status = d.pop("status")

        date = d.pop("date")

        total = d.pop("total")

        get_campaign_revenues_response_200_labels = cls(
            order=order,
            title=title,
            status=status,
            date=date,
            total=total,
        )

        get_campaign_revenues_response_200_labels.additional_properties = d
        return get_campaign_revenues_response_200_labels

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
