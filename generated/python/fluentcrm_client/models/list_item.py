from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListItem")


@_attrs_define
class ListItem:
    """A list as it appears in `GET /lists`: the stored columns plus two integer counters. The counters are omitted when
    the request sets `exclude_counts`.

        Attributes:
            id (int): Primary key of the list (an integer, although the prose documentation shows a string).
            title (str):
            slug (str):
            description (None | str):
            is_public (bool): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            total_count (int | Unset): Contacts in the list, whatever their status. Absent when `exclude_counts` is set.
            subscribers_count (int | Unset): Contacts in the list whose status is `subscribed`. Absent when `exclude_counts`
                is set.
    """

    id: int
    title: str
    slug: str
    description: None | str
    is_public: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    total_count: int | Unset = UNSET
    subscribers_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        slug = self.slug

        description: None | str
        description = self.description

        is_public = _wire.format_bool(self.is_public)

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        total_count = self.total_count

        subscribers_count = self.subscribers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "slug": slug,
                "description": description,
                "is_public": is_public,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
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

        _is_public = d.pop("is_public")
        is_public: bool
        is_public = _wire.parse_bool(_is_public)

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        total_count = d.pop("totalCount", UNSET)

        subscribers_count = d.pop("subscribersCount", UNSET)

        list_item = cls(
            id=id,
            title=title,
            slug=slug,
            description=description,
            is_public=is_public,
            created_at=created_at,
            updated_at=updated_at,
            total_count=total_count,
            subscribers_count=subscribers_count,
        )

        list_item.additional_properties = d
        return list_item

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
