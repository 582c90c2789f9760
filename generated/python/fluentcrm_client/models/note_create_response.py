from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.created_note import CreatedNote


T = TypeVar("T", bound="NoteCreateResponse")


@_attrs_define
class NoteCreateResponse:
    """The note that was added, with a confirmation.

    Attributes:
        note (CreatedNote): A note as the create call returns it: the attributes that were just written, in the order
            they were set, with
            the PHP types they had in memory. Unlike a stored note (`Note`), `subscriber_id` and `created_by` are JSON
            integers here, and the columns filled by database defaults (`status`, `is_private`, `parent_id`) are absent.
        message (str):
    """

    note: CreatedNote
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note = self.note.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "note": note,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = CreatedNote.from_dict(d.pop("note"))

        message = d.pop("message")

        note_create_response = cls(
            note=note,
            message=message,
        )

        note_create_response.additional_properties = d
        return note_create_response

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
from ..models.created_note import CreatedNote  # noqa: E402
