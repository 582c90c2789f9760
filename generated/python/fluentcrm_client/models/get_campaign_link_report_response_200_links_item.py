from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="GetCampaignLinkReportResponse200LinksItem")


@_attrs_define
class GetCampaignLinkReportResponse200LinksItem:
    """
    Attributes:
        total (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        url (str):
        id (int):
    """

    total: int
    url: str
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = _wire.format_int(self.total)

        url = self.url

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "url": url,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _total = d.pop("total")
        total: int
        total = _wire.parse_int(_total)

        url = d.pop("url")

        id = d.pop("id")

        get_campaign_link_report_response_200_links_item = cls(
            total=total,
            url=url,
            id=id,
        )

        get_campaign_link_report_response_200_links_item.additional_properties = d
        return get_campaign_link_report_response_200_links_item

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
