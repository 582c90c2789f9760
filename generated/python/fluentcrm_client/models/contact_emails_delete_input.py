from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactEmailsDeleteInput")


@_attrs_define
class ContactEmailsDeleteInput:
    """Which of the contact's e-mails to delete. Ids that belong to another contact, or to no e-mail, are ignored.
    Without `email_ids` FluentCRM 2.9.84 crashes with 500.

        Attributes:
            email_ids (list[int]):  Example: [45].
    """

    email_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_ids = self.email_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_ids": email_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_ids = cast(list[int], d.pop("email_ids"))

        contact_emails_delete_input = cls(
            email_ids=email_ids,
        )

        contact_emails_delete_input.additional_properties = d
        return contact_emails_delete_input

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
