from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_note_added_by import CompanyNoteAddedBy


T = TypeVar("T", bound="CompanyNote")


@_attrs_define
class CompanyNote:
    """A note on a company, as read from the database. Company notes live in the contact-notes table with `status`
    `_company_note_`; `subscriber_id` holds the company's id. Numeric columns other than `id` are strings.

        Attributes:
            id (int):
            subscriber_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            parent_id (int | None):
            created_by (int | None): Id of the WordPress user who wrote the note.
            status (Literal['_company_note_']):
            type (str): Note type, one of the `fields.type.options` ids (`note`, `call`, `email`, `meeting`, ...).
            is_private (bool): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            title (None | str):
            description (None | str): HTML.
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            added_by (CompanyNoteAddedBy | None | Unset): Only in the notes index, the author as `{ID, first_name,
                last_name, display_name}`, or `null`.
    """

    id: int
    subscriber_id: int
    parent_id: int | None
    created_by: int | None
    status: Literal["_company_note_"]
    type: str
    is_private: bool
    title: None | str
    description: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    added_by: CompanyNoteAddedBy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscriber_id = _wire.format_int(self.subscriber_id)

        parent_id = None if self.parent_id is None else _wire.format_int(self.parent_id)

        created_by = None if self.created_by is None else _wire.format_int(self.created_by)

        status = self.status

        type = self.type

        is_private = _wire.format_bool(self.is_private)

        title: None | str
        title = self.title

        description: None | str
        description = self.description

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        added_by: dict[str, Any] | None | Unset
        if isinstance(self.added_by, Unset):
            added_by = UNSET
        elif isinstance(self.added_by, CompanyNoteAddedBy):
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
            }
        )
        if added_by is not UNSET:
            field_dict["added_by"] = added_by

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

        status = cast(Literal["_company_note_"], d.pop("status"))
        if status != "_company_note_":
            raise ValueError(f"status must match const '_company_note_', got '{status}'")

        type = d.pop("type")

        _is_private = d.pop("is_private")
        is_private: bool
        is_private = _wire.parse_bool(_is_private)

        title = d.pop("title")

        description = d.pop("description")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        def _parse_added_by(data: object) -> CompanyNoteAddedBy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                added_by_added_by = CompanyNoteAddedBy.from_dict(data)

                return added_by_added_by
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyNoteAddedBy | None | Unset, data)

        added_by = _parse_added_by(d.pop("added_by", UNSET))

        company_note = cls(
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

        company_note.additional_properties = d
        return company_note

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
from ..models.company_note_added_by import CompanyNoteAddedBy  # noqa: E402
