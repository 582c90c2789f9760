from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteInput")


@_attrs_define
class NoteInput:
    """The fields of a note as a client sends them, inside the `note` key. `title`, `description` and `type` are
    required (422 names each missing one). `description` may hold HTML and smart codes such as
    `{{contact.first_name}}`, which the server replaces with the contact's values before storing it.

        Attributes:
            title (str): Short heading of the note. Example: Called about the renewal.
            description (str): Body of the note (HTML allowed; smart codes are resolved on save). Example: <p>Called
                {{contact.first_name}}</p>.
            type (str): The kind of note. The note form offers `note`, `call`, `email`, `meeting`, `quote_sent`,
                `quote_accepted`,
                `quote_refused`, `invoice_sent`, `invoice_part_paid`, `invoice_paid`, `invoice_refunded`, `transaction`,
                `feedback`, `tweet` and `facebook_post`; the server stores any other text as well.
                 Example: call.
            created_at (datetime.datetime | Unset): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the
                site's local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    title: str
    description: str
    type: str
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        type = self.type

        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = _wire.format_datetime(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "type": type,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        type = d.pop("type")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = _wire.parse_datetime(_created_at)

        note_input = cls(
            title=title,
            description=description,
            type=type,
            created_at=created_at,
        )

        note_input.additional_properties = d
        return note_input

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
