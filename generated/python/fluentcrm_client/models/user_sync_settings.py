from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSyncSettings")


@_attrs_define
class UserSyncSettings:
    """Whether WordPress user data and contact data are kept in step.

    Attributes:
        status (str | Unset): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
            stored, so the response
            side keeps it open; an unexpected value saved earlier comes back unchanged.
        delete_contact_on_user_delete (str | Unset): A switch as FluentCRM stores it: the string `yes` or `no` (never a
            boolean). Sent back as stored, so the response
            side keeps it open; an unexpected value saved earlier comes back unchanged.
    """

    status: str | Unset = UNSET
    delete_contact_on_user_delete: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        delete_contact_on_user_delete = self.delete_contact_on_user_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if delete_contact_on_user_delete is not UNSET:
            field_dict["delete_contact_on_user_delete"] = delete_contact_on_user_delete

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        delete_contact_on_user_delete = d.pop("delete_contact_on_user_delete", UNSET)

        user_sync_settings = cls(
            status=status,
            delete_contact_on_user_delete=delete_contact_on_user_delete,
        )

        user_sync_settings.additional_properties = d
        return user_sync_settings

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
