from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_status_input import ContactStatusInput, check_contact_status_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInput")


@_attrs_define
class WebhookInput:
    """The settings of an incoming webhook. `name` and `status` are required on create. On update, `lists`, `tags` and
    `companies` are **reset to empty when omitted**, so always send all three.

        Attributes:
            name (str | Unset):
            status (ContactStatusInput | Unset): A status to set or filter by. The server silently drops any other value: on
                create the contact becomes
                `subscribed`, on update the status is left unchanged, and as a filter the whole `statuses[]` filter disappears.
            lists (list[int] | Unset):
            tags (list[int] | Unset):
            companies (list[int] | Unset):
    """

    name: str | Unset = UNSET
    status: ContactStatusInput | Unset = UNSET
    lists: list[int] | Unset = UNSET
    tags: list[int] | Unset = UNSET
    companies: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        lists: list[int] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        companies: list[int] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = self.companies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if lists is not UNSET:
            field_dict["lists"] = lists
        if tags is not UNSET:
            field_dict["tags"] = tags
        if companies is not UNSET:
            field_dict["companies"] = companies

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: ContactStatusInput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_contact_status_input(_status)

        lists = cast(list[int], d.pop("lists", UNSET))

        tags = cast(list[int], d.pop("tags", UNSET))

        companies = cast(list[int], d.pop("companies", UNSET))

        webhook_input = cls(
            name=name,
            status=status,
            lists=lists,
            tags=tags,
            companies=companies,
        )

        webhook_input.additional_properties = d
        return webhook_input

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
