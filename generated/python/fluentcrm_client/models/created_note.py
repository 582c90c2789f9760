from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="CreatedNote")


@_attrs_define
class CreatedNote:
    """A note as the create call returns it: the attributes that were just written, in the order they were set, with
    the PHP types they had in memory. Unlike a stored note (`Note`), `subscriber_id` and `created_by` are JSON
    integers here, and the columns filled by database defaults (`status`, `is_private`, `parent_id`) are absent.

        Attributes:
            id (int):
            subscriber_id (int): The contact's id (taken from the path, as an integer).
            title (str):
            description (str): The stored body, smart codes already replaced.
            type (str): The kind of a contact note. FluentCRM offers these values in its note form
                (`fields.fields.type.options` of the
                note list) but stores any string it is sent, so the value is open: a newer server or another client may have
                stored something else.
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            created_by (int): WordPress user id of the author (the caller).
    """

    id: int
    subscriber_id: int
    title: str
    description: str
    type: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscriber_id = self.subscriber_id

        title = self.title

        description = self.description

        type = self.type

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subscriber_id": subscriber_id,
                "title": title,
                "description": description,
                "type": type,
                "created_at": created_at,
                "updated_at": updated_at,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        subscriber_id = d.pop("subscriber_id")

        title = d.pop("title")

        description = d.pop("description")

        type = d.pop("type")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        created_by = d.pop("created_by")

        created_note = cls(
            id=id,
            subscriber_id=subscriber_id,
            title=title,
            description=description,
            type=type,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
        )

        created_note.additional_properties = d
        return created_note

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
