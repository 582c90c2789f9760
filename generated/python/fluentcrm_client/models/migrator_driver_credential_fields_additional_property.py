from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigratorDriverCredentialFieldsAdditionalProperty")


@_attrs_define
class MigratorDriverCredentialFieldsAdditionalProperty:
    """
    Attributes:
        label (str):
        type (str):
        placeholder (str | Unset):
        data_type (str | Unset):
        inline_help (str | Unset):
    """

    label: str
    type: str
    placeholder: str | Unset = UNSET
    data_type: str | Unset = UNSET
    inline_help: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        type = self.type

        placeholder = self.placeholder

        data_type = self.data_type

        inline_help = self.inline_help

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "type": type,
            }
        )
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if inline_help is not UNSET:
            field_dict["inline_help"] = inline_help

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        type = d.pop("type")

        placeholder = d.pop("placeholder", UNSET)

        data_type = d.pop("data_type", UNSET)

        inline_help = d.pop("inline_help", UNSET)

        migrator_driver_credential_fields_additional_property = cls(
            label=label,
            type=type,
            placeholder=placeholder,
            data_type=data_type,
            inline_help=inline_help,
        )

        migrator_driver_credential_fields_additional_property.additional_properties = d
        return migrator_driver_credential_fields_additional_property

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
