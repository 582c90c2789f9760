from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.note_form_fields_fields_additional_property_options_item import (
        NoteFormFieldsFieldsAdditionalPropertyOptionsItem,
    )


T = TypeVar("T", bound="NoteFormFieldsFieldsAdditionalProperty")


@_attrs_define
class NoteFormFieldsFieldsAdditionalProperty:
    """
    Attributes:
        type_ (str):
        label (str):
        name (str | Unset):
        id (str | Unset):
        options (list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset):
    """

    type_: str
    label: str
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    options: list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label

        name = self.name

        id = self.id

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "label": label,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.note_form_fields_fields_additional_property_options_item import (
            NoteFormFieldsFieldsAdditionalPropertyOptionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        label = d.pop("label")

        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        _options = d.pop("options", UNSET)
        options: list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = NoteFormFieldsFieldsAdditionalPropertyOptionsItem.from_dict(options_item_data)

                options.append(options_item)

        note_form_fields_fields_additional_property = cls(
            type_=type_,
            label=label,
            name=name,
            id=id,
            options=options,
        )

        note_form_fields_fields_additional_property.additional_properties = d
        return note_form_fields_fields_additional_property

    @property
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
