from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no_input import YesNoInput, check_yes_no_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoSubscribeInputUserSyncingSettings")


@_attrs_define
class AutoSubscribeInputUserSyncingSettings:
    """
    Attributes:
        status (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
        delete_contact_on_user_delete (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact
            string `yes` as on.
    """

    status: YesNoInput | Unset = UNSET
    delete_contact_on_user_delete: YesNoInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        delete_contact_on_user_delete: str | Unset = UNSET
        if not isinstance(self.delete_contact_on_user_delete, Unset):
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
        _status = d.pop("status", UNSET)
        status: YesNoInput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_yes_no_input(_status)

        _delete_contact_on_user_delete = d.pop("delete_contact_on_user_delete", UNSET)
        delete_contact_on_user_delete: YesNoInput | Unset
        if isinstance(_delete_contact_on_user_delete, Unset):
            delete_contact_on_user_delete = UNSET
        else:
            delete_contact_on_user_delete = check_yes_no_input(_delete_contact_on_user_delete)

        auto_subscribe_input_user_syncing_settings = cls(
            status=status,
            delete_contact_on_user_delete=delete_contact_on_user_delete,
        )

        auto_subscribe_input_user_syncing_settings.additional_properties = d
        return auto_subscribe_input_user_syncing_settings

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
