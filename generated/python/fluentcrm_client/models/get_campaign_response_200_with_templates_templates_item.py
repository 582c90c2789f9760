from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCampaignResponse200WithTemplatesTemplatesItem")


@_attrs_define
class GetCampaignResponse200WithTemplatesTemplatesItem:
    """
    Attributes:
        id (int):
        post_title (str):
    """

    id: int
    post_title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        post_title = self.post_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "post_title": post_title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID")

        post_title = d.pop("post_title")

        get_campaign_response_200_with_templates_templates_item = cls(
            id=id,
            post_title=post_title,
        )

        get_campaign_response_200_with_templates_templates_item.additional_properties = d
        return get_campaign_response_200_with_templates_templates_item

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
