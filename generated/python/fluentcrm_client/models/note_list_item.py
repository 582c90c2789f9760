from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.note_author import NoteAuthor


from .note import Note

T = TypeVar("T", bound="NoteListItem")


@_attrs_define
class NoteListItem(Note):
    """A stored note with its author, as the note list shows it.

    Attributes:
        id (int):
        subscriber_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
            own `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        parent_id (int | None): Unused by the contact notes routes; always `null` in the recordings.
        created_by (int | None): WordPress user id of the author.
        status (str): Workflow status of the note; the database default `open` is the only value the API sets.
        type (str): The kind of a contact note. FluentCRM offers these values in its note form
            (`fields.fields.type.options` of the
            note list) but stores any string it is sent, so the value is open: a newer server or another client may have
            stored something else.
        is_private (bool | None): `"1"` (the database default) for every note written through the API.
        title (str):
        description (str):
        created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        added_by (None | NoteAuthor): The author, or `null` when the WordPress user no longer exists.
    """

    id: int
    subscriber_id: int
    parent_id: int | None
    created_by: int | None
    status: str
    type: str
    is_private: bool | None
    title: str
    description: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    added_by: None | NoteAuthor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscriber_id = _wire.format_int(self.subscriber_id)

        parent_id = None if self.parent_id is None else _wire.format_int(self.parent_id)

        created_by = None if self.created_by is None else _wire.format_int(self.created_by)

        status = self.status

        type = self.type

        is_private = None if self.is_private is None else _wire.format_bool(self.is_private)

        title = self.title

        description = self.description

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        added_by: dict[str, Any] | None
        if isinstance(self.added_by, NoteAuthor):
            added_by = self.added_by.to_dict()
        else:
            added_by = self.added_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subscriber_id": subscriber_id,
                "parent_id": parent_id,
                "created_by": created_by,
                "status": status,
                "type": type,
                "is_private": is_private,
                "title": title,
                "description": description,
                "created_at": created_at,
                "updated_at": updated_at,
                "added_by": added_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _subscriber_id = d.pop("subscriber_id")
        subscriber_id: int
        subscriber_id = _wire.parse_int(_subscriber_id)

        _parent_id = d.pop("parent_id")
        parent_id: int | None
        if _wire.is_blank(_parent_id):
            parent_id = None
        else:
            parent_id = _wire.parse_int(_parent_id)

        _created_by = d.pop("created_by")
        created_by: int | None
        if _wire.is_blank(_created_by):
            created_by = None
        else:
            created_by = _wire.parse_int(_created_by)

        status = d.pop("status")

        type = d.pop("type")

        _is_private = d.pop("is_private")
        is_private: bool | None
        if _wire.is_blank(_is_private):
            is_private = None
        else:
            is_private = _wire.parse_bool(_is_private)

        title = d.pop("title")

        description = d.pop("description")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        def _parse_added_by(data: object) -> None | NoteAuthor:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                added_by_type_0 = NoteAuthor.from_dict(data)

                return added_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NoteAuthor, data)

        added_by = _parse_added_by(d.pop("added_by"))

        note_list_item = cls(
            id=id,
            subscriber_id=subscriber_id,
            parent_id=parent_id,
            created_by=created_by,
            status=status,
            type=type,
            is_private=is_private,
            title=title,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            added_by=added_by,
        )

        note_list_item.additional_properties = d
        return note_list_item

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


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.note_author import NoteAuthor  # noqa: E402
