from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="WpUser")


@_attrs_define
class WpUser:
    """A WordPress user in the default `fields` of `GET /users`: `ID` and its lower-case copy `id`, both numeric
    strings, the display name and the e-mail. Other `fields[]` give those columns instead.

        Attributes:
            ID (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            id (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            display_name (str | Unset):
            user_email (str | Unset):
    """

    ID: int | Unset = UNSET
    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ID: Any = UNSET
        if not isinstance(self.ID, Unset):
            ID = _wire.format_int(self.ID)

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = _wire.format_int(self.id)

        display_name = self.display_name

        user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ID is not UNSET:
            field_dict["ID"] = ID
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ID = d.pop("ID", UNSET)
        ID: int | Unset
        if isinstance(_ID, Unset):
            ID = UNSET
        else:
            ID = _wire.parse_int(_ID)

        _id = d.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _wire.parse_int(_id)

        display_name = d.pop("display_name", UNSET)

        user_email = d.pop("user_email", UNSET)

        wp_user = cls(
            ID=ID,
            id=id,
            display_name=display_name,
            user_email=user_email,
        )

        wp_user.additional_properties = d
        return wp_user

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
