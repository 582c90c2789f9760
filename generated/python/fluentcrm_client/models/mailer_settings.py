from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailerSettings")


@_attrs_define
class MailerSettings:
    """Sender overrides of a funnel e-mail (all strings; `is_custom` is `yes` or `no`).

    Attributes:
        from_name (str | Unset):
        from_email (str | Unset):
        reply_to_name (str | Unset):
        reply_to_email (str | Unset):
        is_custom (str | Unset):
    """

    from_name: str | Unset = UNSET
    from_email: str | Unset = UNSET
    reply_to_name: str | Unset = UNSET
    reply_to_email: str | Unset = UNSET
    is_custom: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_name = self.from_name

        from_email = self.from_email

        reply_to_name = self.reply_to_name

        reply_to_email = self.reply_to_email

        is_custom = self.is_custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if reply_to_name is not UNSET:
            field_dict["reply_to_name"] = reply_to_name
        if reply_to_email is not UNSET:
            field_dict["reply_to_email"] = reply_to_email
        if is_custom is not UNSET:
            field_dict["is_custom"] = is_custom

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_name = d.pop("from_name", UNSET)

        from_email = d.pop("from_email", UNSET)

        reply_to_name = d.pop("reply_to_name", UNSET)

        reply_to_email = d.pop("reply_to_email", UNSET)

        is_custom = d.pop("is_custom", UNSET)

        mailer_settings = cls(
            from_name=from_name,
            from_email=from_email,
            reply_to_name=reply_to_name,
            reply_to_email=reply_to_email,
            is_custom=is_custom,
        )

        mailer_settings.additional_properties = d
        return mailer_settings

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
