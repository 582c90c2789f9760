from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagItem")


@_attrs_define
class TagItem:
    """A tag as it appears in `GET /tags`: the stored columns plus the number of subscribed contacts. There is no
    `totalCount` and no `is_public` (the prose documentation copies the list shape here).

        Attributes:
            id (int): Primary key of the tag (an integer, although the prose documentation shows a string).
            title (str):
            slug (str):
            description (None | str):
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            subscribers_count (int | Unset): Contacts with this tag whose status is `subscribed`. Absent when
                `exclude_counts` is set.
    """

    id: int
    title: str
    slug: str
    description: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    subscribers_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        slug = self.slug

        description: None | str
        description = self.description

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        subscribers_count = self.subscribers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "slug": slug,
                "description": description,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if subscribers_count is not UNSET:
            field_dict["subscribersCount"] = subscribers_count

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        slug = d.pop("slug")

        description = d.pop("description")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        subscribers_count = d.pop("subscribersCount", UNSET)

        tag_item = cls(
            id=id,
            title=title,
            slug=slug,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            subscribers_count=subscribers_count,
        )

        tag_item.additional_properties = d
        return tag_item

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
