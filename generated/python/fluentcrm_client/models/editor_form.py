from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.editor_form_fields import EditorFormFields


T = TypeVar("T", bound="EditorForm")


@_attrs_define
class EditorForm:
    """A form of the funnel editor: its heading and its fields by key.

    Attributes:
        title (str | Unset):
        sub_title (str | Unset):
        fields (EditorFormFields | Unset):
    """

    title: str | Unset = UNSET
    sub_title: str | Unset = UNSET
    fields: EditorFormFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        sub_title = self.sub_title

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if sub_title is not UNSET:
            field_dict["sub_title"] = sub_title
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        sub_title = d.pop("sub_title", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: EditorFormFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = EditorFormFields.from_dict(_fields)

        editor_form = cls(
            title=title,
            sub_title=sub_title,
            fields=fields,
        )

        editor_form.additional_properties = d
        return editor_form

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
from ..models.editor_form_fields import EditorFormFields  # noqa: E402
