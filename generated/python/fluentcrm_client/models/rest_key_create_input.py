from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RestKeyCreateInput")


@_attrs_define
class RestKeyCreateInput:
    """A name for the new application password and the user it belongs to, who must have FluentCRM access.

    Attributes:
        api_name (str):
        api_user_id (int):
    """

    api_name: str
    api_user_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_name = self.api_name

        api_user_id = self.api_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_name": api_name,
                "api_user_id": api_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_name = d.pop("api_name")

        api_user_id = d.pop("api_user_id")

        rest_key_create_input = cls(
            api_name=api_name,
            api_user_id=api_user_id,
        )

        rest_key_create_input.additional_properties = d
        return rest_key_create_input

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
