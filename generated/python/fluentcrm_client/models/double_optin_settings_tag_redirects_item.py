from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DoubleOptinSettingsTagRedirectsItem")


@_attrs_define
class DoubleOptinSettingsTagRedirectsItem:
    """
    Attributes:
        field_key (list[int | str] | Unset): Tag ids.
        field_value (str | Unset): Redirect URL.
    """

    field_key: list[int | str] | Unset = UNSET
    field_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_key: list[int | str] | Unset = UNSET
        if not isinstance(self.field_key, Unset):
            field_key = []
            for field_key_item_data in self.field_key:
                field_key_item: int | str
                field_key_item = field_key_item_data
                field_key.append(field_key_item)

        field_value = self.field_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_key is not UNSET:
            field_dict["field_key"] = field_key
        if field_value is not UNSET:
            field_dict["field_value"] = field_value

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field_key = d.pop("field_key", UNSET)
        field_key: list[int | str] | Unset = UNSET
        if _field_key is not UNSET:
            field_key = []
            for field_key_item_data in _field_key:

                def _parse_field_key_item(data: object) -> int | str:
                    return cast(int | str, data)

                field_key_item = _parse_field_key_item(field_key_item_data)

                field_key.append(field_key_item)

        field_value = d.pop("field_value", UNSET)

        double_optin_settings_tag_redirects_item = cls(
            field_key=field_key,
            field_value=field_value,
        )

        double_optin_settings_tag_redirects_item.additional_properties = d
        return double_optin_settings_tag_redirects_item

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
