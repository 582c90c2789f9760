from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommentSubscribeSettings")


@_attrs_define
class CommentSubscribeSettings:
    """Whether visitors who comment become contacts through a checkbox on the comment form.

    Attributes:
        status (str | Unset): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
            stored, so the response
            side keeps it open; an unexpected value saved earlier comes back unchanged.
        checkbox_label (str | Unset): Label of the checkbox. Default `Subscribe to newsletter`.
        auto_checked (str | Unset): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent
            back as stored, so the response
            side keeps it open; an unexpected value saved earlier comes back unchanged.
        target_list (int | str | Unset):
        show_only_new (str | Unset): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent
            back as stored, so the response
            side keeps it open; an unexpected value saved earlier comes back unchanged.
        target_tags (list[int | str] | Unset):
        double_optin (str | Unset): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent
            back as stored, so the response
            side keeps it open; an unexpected value saved earlier comes back unchanged.
    """

    status: str | Unset = UNSET
    checkbox_label: str | Unset = UNSET
    auto_checked: str | Unset = UNSET
    target_list: int | str | Unset = UNSET
    show_only_new: str | Unset = UNSET
    target_tags: list[int | str] | Unset = UNSET
    double_optin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        checkbox_label = self.checkbox_label

        auto_checked = self.auto_checked

        target_list: int | str | Unset
        if isinstance(self.target_list, Unset):
            target_list = UNSET
        else:
            target_list = self.target_list

        show_only_new = self.show_only_new

        target_tags: list[int | str] | Unset = UNSET
        if not isinstance(self.target_tags, Unset):
            target_tags = []
            for target_tags_item_data in self.target_tags:
                target_tags_item: int | str
                target_tags_item = target_tags_item_data
                target_tags.append(target_tags_item)

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
        status = d.pop("status", UNSET)

        checkbox_label = d.pop("checkbox_label", UNSET)

        auto_checked = d.pop("auto_checked", UNSET)

        def _parse_target_list(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        target_list = _parse_target_list(d.pop("target_list", UNSET))

        show_only_new = d.pop("show_only_new", UNSET)

        _target_tags = d.pop("target_tags", UNSET)
        target_tags: list[int | str] | Unset = UNSET
        if _target_tags is not UNSET:
            target_tags = []
            for target_tags_item_data in _target_tags:

                def _parse_target_tags_item(data: object) -> int | str:
                    return cast(int | str, data)

                target_tags_item = _parse_target_tags_item(target_tags_item_data)

                target_tags.append(target_tags_item)

        double_optin = d.pop("double_optin", UNSET)

        comment_subscribe_settings = cls(
            status=status,
            checkbox_label=checkbox_label,
            auto_checked=auto_checked,
            target_list=target_list,
            show_only_new=show_only_new,
            target_tags=target_tags,
            double_optin=double_optin,
        )

        comment_subscribe_settings.additional_properties = d
        return comment_subscribe_settings

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
