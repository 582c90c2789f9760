from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CampaignRecipientsInputExcludedSubscribersItem")


@_attrs_define
class CampaignRecipientsInputExcludedSubscribersItem:
    """
    Attributes:
        list_id (int | str): List id or `all`.
        tag (int | str): Tag id or `all`.
    """

    list_id: int | str
    tag: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id: int | str
        list_id = self.list_id

        tag: int | str
        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_id,
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_list_id(data: object) -> int | str:
            return cast(int | str, data)

        list_id = _parse_list_id(d.pop("list"))

        def _parse_tag(data: object) -> int | str:
            return cast(int | str, data)

        tag = _parse_tag(d.pop("tag"))

        campaign_recipients_input_excluded_subscribers_item = cls(
            list_id=list_id,
            tag=tag,
        )

        campaign_recipients_input_excluded_subscribers_item.additional_properties = d
        return campaign_recipients_input_excluded_subscribers_item

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
