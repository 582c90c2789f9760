from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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
        type (str):
        label (str):
        name (str | Unset):
        id (str | Unset):
        data_type (str | Unset):
        value_format (str | Unset):
        help (str | Unset):
        placeholder (str | Unset):
        options (list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset):
    """

    type: str
    label: str
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    data_type: str | Unset = UNSET
    value_format: str | Unset = UNSET
    help: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    options: list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        label = self.label

        name = self.name

        id = self.id

        data_type = self.data_type

        value_format = self.value_format

        help = self.help

        placeholder = self.placeholder

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type,
                "label": label,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if value_format is not UNSET:
            field_dict["value_format"] = value_format
        if help is not UNSET:
            field_dict["help"] = help
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type")

        label = d.pop("label")

        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        data_type = d.pop("data_type", UNSET)

        value_format = d.pop("value_format", UNSET)

        help = d.pop("help", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        _options = d.pop("options", UNSET)
        options: list[NoteFormFieldsFieldsAdditionalPropertyOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = NoteFormFieldsFieldsAdditionalPropertyOptionsItem.from_dict(options_item_data)

                options.append(options_item)

        note_form_fields_fields_additional_property = cls(
            type=type,
            label=label,
            name=name,
            id=id,
            data_type=data_type,
            value_format=value_format,
            help=help,
            placeholder=placeholder,
            options=options,
        )

        return note_form_fields_fields_additional_property


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.note_form_fields_fields_additional_property_options_item import (
    NoteFormFieldsFieldsAdditionalPropertyOptionsItem,  # noqa: E402
)
