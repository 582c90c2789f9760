from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="ContactSearchHit")


@_attrs_define
class ContactSearchHit:
    """A contact as the contact picker shows it. Here `id` is a string, unlike everywhere else.

    Attributes:
        first_name (None | str):
        last_name (None | str):
        full_name (str):
        email (str):
        id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own `id`
            (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
    """

    first_name: None | str
    last_name: None | str
    full_name: str
    email: str
    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        full_name = self.full_name

        email = self.email

        id = _wire.format_int(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "full_name": full_name,
                "email": email,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        full_name = d.pop("full_name")

        email = d.pop("email")

        _id = d.pop("id")
        id: int
        id = _wire.parse_int(_id)

        contact_search_hit = cls(
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            email=email,
            id=id,
        )

        contact_search_hit.additional_properties = d
        return contact_search_hit

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
