from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormFieldDescriptionFieldOptionSelector")


@_attrs_define
class FormFieldDescriptionFieldOptionSelector:
    """
    Attributes:
        option_key (str | Unset):
        is_multiple (bool | Unset):
    """

    option_key: str | Unset = UNSET
    is_multiple: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option_key = self.option_key

        is_multiple = self.is_multiple

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if option_key is not UNSET:
            field_dict["option_key"] = option_key
        if is_multiple is not UNSET:
            field_dict["is_multiple"] = is_multiple

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option_key = d.pop("option_key", UNSET)

        is_multiple = d.pop("is_multiple", UNSET)

        form_field_description_field_option_selector = cls(
            option_key=option_key,
            is_multiple=is_multiple,
        )

        form_field_description_field_option_selector.additional_properties = d
        return form_field_description_field_option_selector

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
