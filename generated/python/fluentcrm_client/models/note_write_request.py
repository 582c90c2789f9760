from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.note_input import NoteInput


T = TypeVar("T", bound="NoteWriteRequest")


@_attrs_define
class NoteWriteRequest:
    """The body of a note create or update: the note's fields wrapped in `note`. FluentCRM reads nothing outside the
    wrapper; a flat body (the fields at the top level) makes FluentCRM 2.9.84 crash with 500.

        Attributes:
            note (NoteInput): The fields of a note as a client sends them, inside the `note` key. `title`, `description` and
                `type` are
                required (422 names each missing one). `description` may hold HTML and smart codes such as
                `{{contact.first_name}}`, which the server replaces with the contact's values before storing it.
    """

    note: NoteInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = NoteInput.from_dict(d.pop("note"))

        note_write_request = cls(
            note=note,
        )

        note_write_request.additional_properties = d
        return note_write_request

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
from ..models.note_input import NoteInput  # noqa: E402
