from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportOptionsListsItem")


@_attrs_define
class ReportOptionsListsItem:
    """
    Attributes:
        id (int):
        slug (str):
        title (str):
        subscribers_count (int | Unset):
    """

    id: int
    slug: str
    title: str
    subscribers_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        title = self.title

        subscribers_count = self.subscribers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "title": title,
            }
        )
        if subscribers_count is not UNSET:
            field_dict["subscribersCount"] = subscribers_count

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        title = d.pop("title")

        subscribers_count = d.pop("subscribersCount", UNSET)

        report_options_lists_item = cls(
            id=id,
            slug=slug,
            title=title,
            subscribers_count=subscribers_count,
        )

        report_options_lists_item.additional_properties = d
        return report_options_lists_item

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
