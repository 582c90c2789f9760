from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no_input import YesNoInput, check_yes_no_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoSubscribeInputCommentSettings")


@_attrs_define
class AutoSubscribeInputCommentSettings:
    """
    Attributes:
        status (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
        checkbox_label (str | Unset):
        auto_checked (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
        target_list (str | Unset):
        show_only_new (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
        target_tags (list[int] | Unset):
        double_optin (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
    """

    status: YesNoInput | Unset = UNSET
    checkbox_label: str | Unset = UNSET
    auto_checked: YesNoInput | Unset = UNSET
    target_list: str | Unset = UNSET
    show_only_new: YesNoInput | Unset = UNSET
    target_tags: list[int] | Unset = UNSET
    double_optin: YesNoInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        checkbox_label = self.checkbox_label

        auto_checked: str | Unset = UNSET
        if not isinstance(self.auto_checked, Unset):
            auto_checked = self.auto_checked

        target_list = self.target_list

        show_only_new: str | Unset = UNSET
        if not isinstance(self.show_only_new, Unset):
            show_only_new = self.show_only_new

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
        if checkbox_label is not UNSET:
            field_dict["checkbox_label"] = checkbox_label
        if auto_checked is not UNSET:
            field_dict["auto_checked"] = auto_checked
        if target_list is not UNSET:
            field_dict["target_list"] = target_list
        if show_only_new is not UNSET:
            field_dict["show_only_new"] = show_only_new
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

        checkbox_label = d.pop("checkbox_label", UNSET)

        _auto_checked = d.pop("auto_checked", UNSET)
        auto_checked: YesNoInput | Unset
        if isinstance(_auto_checked, Unset):
            auto_checked = UNSET
        else:
            auto_checked = check_yes_no_input(_auto_checked)

        target_list = d.pop("target_list", UNSET)

        _show_only_new = d.pop("show_only_new", UNSET)
        show_only_new: YesNoInput | Unset
        if isinstance(_show_only_new, Unset):
            show_only_new = UNSET
        else:
            show_only_new = check_yes_no_input(_show_only_new)

        target_tags = cast(list[int], d.pop("target_tags", UNSET))

        _double_optin = d.pop("double_optin", UNSET)
        double_optin: YesNoInput | Unset
        if isinstance(_double_optin, Unset):
            double_optin = UNSET
        else:
            double_optin = check_yes_no_input(_double_optin)

        auto_subscribe_input_comment_settings = cls(
            status=status,
            checkbox_label=checkbox_label,
            auto_checked=auto_checked,
            target_list=target_list,
            show_only_new=show_only_new,
            target_tags=target_tags,
            double_optin=double_optin,
        )

        auto_subscribe_input_comment_settings.additional_properties = d
        return auto_subscribe_input_comment_settings

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
