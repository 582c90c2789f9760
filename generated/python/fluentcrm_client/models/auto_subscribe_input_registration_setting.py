from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no_input import YesNoInput, check_yes_no_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoSubscribeInputRegistrationSetting")


@_attrs_define
class AutoSubscribeInputRegistrationSetting:
    """
    Attributes:
        status (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
        target_list (str | Unset):
        target_tags (list[int] | Unset):
        double_optin (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
    """

    status: YesNoInput | Unset = UNSET
    target_list: str | Unset = UNSET
    target_tags: list[int] | Unset = UNSET
    double_optin: YesNoInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        target_list = self.target_list

        target_tags: list[int] | Unset = UNSET
        if not isinstance(self.target_tags, Unset):
            target_tags = self.target_tags

        double_optin: str | Unset = UNSET
        if not isinstance(self.double_optin, Unset):
            double_optin = self.double_optin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if target_list is not UNSET:
            field_dict["target_list"] = target_list
        if target_tags is not UNSET:
            field_dict["target_tags"] = target_tags
        if double_optin is not UNSET:
            field_dict["double_optin"] = double_optin

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

        target_list = d.pop("target_list", UNSET)

        target_tags = cast(list[int], d.pop("target_tags", UNSET))

        _double_optin = d.pop("double_optin", UNSET)
        double_optin: YesNoInput | Unset
        if isinstance(_double_optin, Unset):
            double_optin = UNSET
        else:
            double_optin = check_yes_no_input(_double_optin)

        auto_subscribe_input_registration_setting = cls(
            status=status,
            target_list=target_list,
            target_tags=target_tags,
            double_optin=double_optin,
        )

        auto_subscribe_input_registration_setting.additional_properties = d
        return auto_subscribe_input_registration_setting

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
