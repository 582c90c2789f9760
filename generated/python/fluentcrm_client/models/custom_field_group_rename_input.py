from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomFieldGroupRenameInput")


@_attrs_define
class CustomFieldGroupRenameInput:
    """The group title to replace and its new title.

    Attributes:
        old_name (str):
        new_name (str):
    """

    old_name: str
    new_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_name = self.old_name

        new_name = self.new_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "old_name": old_name,
                "new_name": new_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_name = d.pop("old_name")

        new_name = d.pop("new_name")

        custom_field_group_rename_input = cls(
            old_name=old_name,
            new_name=new_name,
        )

        custom_field_group_rename_input.additional_properties = d
        return custom_field_group_rename_input

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
