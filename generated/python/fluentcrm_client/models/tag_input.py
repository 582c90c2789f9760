from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TagInput")


@_attrs_define
class TagInput:
    """Fields accepted when creating or updating a tag, whether sent as query parameters, a form body or a JSON body.

    Attributes:
        title (str): Name of the tag; required, and must not be blank (422).
        slug (str | Unset): Unique identifier, stored verbatim (not slugified, unlike list slugs). When left out it is
            derived from the title, on create and on update alike. On create a blank value is refused with 422.
        description (str | Unset): Internal note shown in the admin screens.
    """

    title: str
    slug: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        slug = self.slug

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        slug = d.pop("slug", UNSET)

        description = d.pop("description", UNSET)

        tag_input = cls(
            title=title,
            slug=slug,
            description=description,
        )

        tag_input.additional_properties = d
        return tag_input

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
