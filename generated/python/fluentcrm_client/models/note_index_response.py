from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.note_form_fields import NoteFormFields
    from ..models.note_page import NotePage


T = TypeVar("T", bound="NoteIndexResponse")


@_attrs_define
class NoteIndexResponse:
    """A page of a contact's notes (`notes`) with the definition of the note form (`fields`).

    Attributes:
        notes (NotePage): One page of a contact's notes, newest first, in FluentCRM's paginator shape (15 per page).
        fields (NoteFormFields): The form FluentCRM's admin screen shows for a note: one entry per input (`type`,
            `created_at`, `title`,
            `description`), each with its widget `type`, `label`, `name` and, for `type`, the `options` (`{id, label}`) that
            are the note types.
    """

    notes: NotePage
    fields: NoteFormFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes.to_dict()

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notes": notes,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notes = NotePage.from_dict(d.pop("notes"))

        fields = NoteFormFields.from_dict(d.pop("fields"))

        note_index_response = cls(
            notes=notes,
            fields=fields,
        )

        note_index_response.additional_properties = d
        return note_index_response

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
from ..models.note_form_fields import NoteFormFields  # noqa: E402
from ..models.note_page import NotePage  # noqa: E402
