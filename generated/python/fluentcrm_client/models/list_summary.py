from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="ListSummary")


@_attrs_define
class ListSummary:
    """One entry of the `all_lists` array that `GET /lists?all_lists=1` appends. Unlike everywhere else, the id is sent as
    a string of digits.

        Attributes:
            id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own `id`
                (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            title (str):
            slug (str):
    """

    id: int
    title: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = _wire.format_int(self.id)

        title = self.title

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "slug": slug,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id")
        id: int
        id = _wire.parse_int(_id)

        title = d.pop("title")

        slug = d.pop("slug")

        list_summary = cls(
            id=id,
            title=title,
            slug=slug,
        )

        list_summary.additional_properties = d
        return list_summary

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
