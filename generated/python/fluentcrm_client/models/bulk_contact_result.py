from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkContactResult")


@_attrs_define
class BulkContactResult:
    """A contact stored by a bulk call.

    Attributes:
        id (int):
        email (str):
        status (str): Subscription status of a contact. FluentCRM 2.9.84 knows seven values: `subscribed`, `pending`,
            `unsubscribed`,
            `transactional`, `bounced`, `complained` and `spammed`. The list is deliberately not a closed `enum` in
            responses:
            treat an unknown value as a status a newer server added, not as an error.
    """

    id: int
    email: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        status = d.pop("status")

        bulk_contact_result = cls(
            id=id,
            email=email,
            status=status,
        )

        bulk_contact_result.additional_properties = d
        return bulk_contact_result

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
