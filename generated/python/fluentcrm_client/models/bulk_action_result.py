from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BulkActionResult")


@_attrs_define
class BulkActionResult:
    """The outcome of a bulk action: how many contacts it went through and the last of their ids (both integers), with a
    message that depends on the action.

        Attributes:
            last_contact_id (int):
            completed_contacts (int):
            message (str):
    """

    last_contact_id: int
    completed_contacts: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_contact_id = self.last_contact_id

        completed_contacts = self.completed_contacts

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "last_contact_id": last_contact_id,
                "completed_contacts": completed_contacts,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_contact_id = d.pop("last_contact_id")

        completed_contacts = d.pop("completed_contacts")

        message = d.pop("message")

        bulk_action_result = cls(
            last_contact_id=last_contact_id,
            completed_contacts=completed_contacts,
            message=message,
        )

        bulk_action_result.additional_properties = d
        return bulk_action_result

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
