from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CampaignStats")


@_attrs_define
class CampaignStats:
    """E-mail counters of a campaign (index with `with[]=stats`). All integers.

    Attributes:
        total (int): E-mails queued or sent.
        sent (int):
        clicks (int):
        views (int):
        unsubscribers (int):
    """

    total: int
    sent: int
    clicks: int
    views: int
    unsubscribers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        sent = self.sent

        clicks = self.clicks

        views = self.views

        unsubscribers = self.unsubscribers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "sent": sent,
                "clicks": clicks,
                "views": views,
                "unsubscribers": unsubscribers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        sent = d.pop("sent")

        clicks = d.pop("clicks")

        views = d.pop("views")

        unsubscribers = d.pop("unsubscribers")

        campaign_stats = cls(
            total=total,
            sent=sent,
            clicks=clicks,
            views=views,
            unsubscribers=unsubscribers,
        )

        campaign_stats.additional_properties = d
        return campaign_stats

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
