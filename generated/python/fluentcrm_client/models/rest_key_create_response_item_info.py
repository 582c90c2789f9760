from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RestKeyCreateResponseItemInfo")


@_attrs_define
class RestKeyCreateResponseItemInfo:
    """
    Attributes:
        api_password (str):
        api_username (str):
    """

    api_password: str
    api_username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_password = self.api_password

        api_username = self.api_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_password": api_password,
                "api_username": api_username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_password = d.pop("api_password")

        api_username = d.pop("api_username")

        rest_key_create_response_item_info = cls(
            api_password=api_password,
            api_username=api_username,
        )

        rest_key_create_response_item_info.additional_properties = d
        return rest_key_create_response_item_info

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
