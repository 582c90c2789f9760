from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TagUpdateResponse")


@_attrs_define
class TagUpdateResponse:
    """Body of a successful `PUT /tags/{id}`. `lists` (sic) is the number of rows the update changed, as an integer: `1`,
    or `0` when the submitted values equal the stored ones.

        Attributes:
            lists (int): Affected rows (`1` changed, `0` unchanged).
            message (str):
    """

    lists: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lists = self.lists

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lists": lists,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lists = d.pop("lists")

        message = d.pop("message")

        tag_update_response = cls(
            lists=lists,
            message=message,
        )

        tag_update_response.additional_properties = d
        return tag_update_response

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
