from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomFieldType")


@_attrs_define
class CustomFieldType:
    """One entry of the field-type catalogue returned with `with[]=field_types`.

    Attributes:
        type (str): Input type to store in a field definition's `type`.
        label (str):
        value_type (str): Kind of value a contact holds for such a field. Known values: `string`, `numeric`, `array`,
            `date`, `datetime`.
    """

    type: str
    label: str
    value_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        label = self.label

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "label": label,
                "value_type": value_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type")

        label = d.pop("label")

        value_type = d.pop("value_type")

        custom_field_type = cls(
            type=type,
            label=label,
            value_type=value_type,
        )

        custom_field_type.additional_properties = d
        return custom_field_type

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
