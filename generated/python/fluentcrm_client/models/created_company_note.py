from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="CreatedCompanyNote")


@_attrs_define
class CreatedCompanyNote:
    """The note `POST /companies/{id}/notes` stored, as the model holds it after the insert: the sent fields,
    `subscriber_id` (the company id) and `created_by` as JSON integers, and the new `id`.

        Attributes:
            id (int):
            title (str):
            description (str):
            type (str):
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            subscriber_id (int): The company's id.
            status (Literal['_company_note_']):
            created_by (int): Id of the WordPress user who wrote the note.
    """

    id: int
    title: str
    description: str
    type: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    subscriber_id: int
    status: Literal["_company_note_"]
    created_by: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        type = self.type

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        subscriber_id = self.subscriber_id

        status = self.status

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "type": type,
                "created_at": created_at,
                "updated_at": updated_at,
                "subscriber_id": subscriber_id,
                "status": status,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        description = d.pop("description")

        type = d.pop("type")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        subscriber_id = d.pop("subscriber_id")

        status = cast(Literal["_company_note_"], d.pop("status"))
        if status != "_company_note_":
            raise ValueError(f"status must match const '_company_note_', got '{status}'")

        created_by = d.pop("created_by")

        created_company_note = cls(
            id=id,
            title=title,
            description=description,
            type=type,
            created_at=created_at,
            updated_at=updated_at,
            subscriber_id=subscriber_id,
            status=status,
            created_by=created_by,
        )

        created_company_note.additional_properties = d
        return created_company_note

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
