from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="CampaignStatusCount")


@_attrs_define
class CampaignStatusCount:
    """How many of a campaign's e-mails are in one status (a GROUP BY row, so `total` is a string of digits).

    Attributes:
        status (str):
        total (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
    """

    status: str
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        total = _wire.format_int(self.total)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        _total = d.pop("total")
        total: int
        total = _wire.parse_int(_total)

        campaign_status_count = cls(
            status=status,
            total=total,
        )

        campaign_status_count.additional_properties = d
        return campaign_status_count

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
