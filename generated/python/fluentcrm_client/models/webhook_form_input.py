from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_status_input import ContactStatusInput, check_contact_status_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookFormInput")


@_attrs_define
class WebhookFormInput:
    """`WebhookInput` as a PHP form body: arrays use bracket names.

    Attributes:
        name (str):
        status (ContactStatusInput): A status to set or filter by. The server silently drops any other value: on create
            the contact becomes
            `subscribed`, on update the status is left unchanged, and as a filter the whole `statuses[]` filter disappears.
        lists (list[int] | Unset):
        tags (list[int] | Unset):
    """

    name: str
    status: ContactStatusInput
    lists: list[int] | Unset = UNSET
    tags: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str = self.status

        lists: list[int] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
            }
        )
        if lists is not UNSET:
            field_dict["lists[]"] = lists
        if tags is not UNSET:
            field_dict["tags[]"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        status = check_contact_status_input(d.pop("status"))

        lists = cast(list[int], d.pop("lists[]", UNSET))

        tags = cast(list[int], d.pop("tags[]", UNSET))

        webhook_form_input = cls(
            name=name,
            status=status,
            lists=lists,
            tags=tags,
        )

        webhook_form_input.additional_properties = d
        return webhook_form_input

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
