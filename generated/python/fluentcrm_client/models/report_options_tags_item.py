from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="ReportOptionsTagsItem")


@_attrs_define
class ReportOptionsTagsItem:
    """
    Attributes:
        id (int):
        slug (str):
        title (str):
        value (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        label (str):
    """

    id: int
    slug: str
    title: str
    value: int
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        title = self.title

        value = _wire.format_int(self.value)

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "title": title,
                "value": value,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        title = d.pop("title")

        _value = d.pop("value")
        value: int
        value = _wire.parse_int(_value)

        label = d.pop("label")

        report_options_tags_item = cls(
            id=id,
            slug=slug,
            title=title,
            value=value,
            label=label,
        )

        report_options_tags_item.additional_properties = d
        return report_options_tags_item

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
