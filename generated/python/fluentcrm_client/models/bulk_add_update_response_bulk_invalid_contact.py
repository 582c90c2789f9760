from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkAddUpdateResponseBulkInvalidContact")


@_attrs_define
class BulkAddUpdateResponseBulkInvalidContact:
    """
    Attributes:
        email (Any | Unset): The submitted `email` after sanitising: `""` for a string that is not a valid address (as
            recorded). A value that is not a string is echoed unchanged, whatever its JSON type (an empty object
            comes back as `[]`), and the key is absent when the entry had no `email`.
    """

    email: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        bulk_add_update_response_bulk_invalid_contact = cls(
            email=email,
        )

        bulk_add_update_response_bulk_invalid_contact.additional_properties = d
        return bulk_add_update_response_bulk_invalid_contact

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
