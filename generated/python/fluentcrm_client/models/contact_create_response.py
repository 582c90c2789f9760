from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_record import ContactRecord


T = TypeVar("T", bound="ContactCreateResponse")


@_attrs_define
class ContactCreateResponse:
    """Body of a successful `POST /subscribers`. `action_type` is `created` for a new contact and `updated` when
    `__force_update=yes` updated an existing contact with the same e-mail; the message differs accordingly.

        Attributes:
            message (str):
            contact (ContactRecord): A contact as `POST /subscribers` and `PUT /subscribers/{id}` return it: all columns,
                plus `tags` and `lists` only
                when the request attached or detached some (the relations are not loaded otherwise). It never carries
                `custom_values`.
            action_type (str): `created` or `updated` (not a closed enum, so that other values do not break clients).
    """

    message: str
    contact: ContactRecord
    action_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        contact = self.contact.to_dict()

        action_type = self.action_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "contact": contact,
                "action_type": action_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        contact = ContactRecord.from_dict(d.pop("contact"))

        action_type = d.pop("action_type")

        contact_create_response = cls(
            message=message,
            contact=contact,
            action_type=action_type,
        )

        contact_create_response.additional_properties = d
        return contact_create_response

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


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.contact_record import ContactRecord  # noqa: E402
