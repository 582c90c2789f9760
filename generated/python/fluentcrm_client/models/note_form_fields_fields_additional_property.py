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
        type_ (str): Widget of the input.
        name (str):
        label (str):
        id (str):
        options (list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset):
        placeholder (str | Unset):
        data_type (str | Unset):
        value_format (str | Unset):
        help_ (str | Unset):
    """

    type_: str
    name: str
    label: str
    id: str
    options: list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset = UNSET
    placeholder: str | Unset = UNSET
    data_type: str | Unset = UNSET
    value_format: str | Unset = UNSET
    help_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        label = self.label

        id = self.id

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        placeholder = self.placeholder

        data_type = self.data_type

        value_format = self.value_format

        help_ = self.help_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "label": label,
                "id": id,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if value_format is not UNSET:
            field_dict["value_format"] = value_format
        if help_ is not UNSET:
            field_dict["help"] = help_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.note_form_fields_fields_additional_property_options_item import (
            NoteFormFieldsFieldsAdditionalPropertyOptionsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        name = d.pop("name")

        label = d.pop("label")

        id = d.pop("id")

        _options = d.pop("options", UNSET)
        options: list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = NoteFormFieldsFieldsAdditionalPropertyOptionsItem.from_dict(options_item_data)

                options.append(options_item)

        placeholder = d.pop("placeholder", UNSET)

        data_type = d.pop("data_type", UNSET)

        value_format = d.pop("value_format", UNSET)

        help_ = d.pop("help", UNSET)

        note_form_fields_fields_additional_property = cls(
            type_=type_,
            name=name,
            label=label,
            id=id,
            options=options,
            placeholder=placeholder,
            data_type=data_type,
            value_format=value_format,
            help_=help_,
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
