from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalSettingsResponseEmail")


@_attrs_define
class GlobalSettingsResponseEmail:
    """Stored by the installer: `{"emails_per_second": 4}`.

    Attributes:
        emails_per_second (int | str | Unset):
    """

    emails_per_second: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails_per_second: int | str | Unset
        if isinstance(self.emails_per_second, Unset):
            emails_per_second = UNSET
        else:
            emails_per_second = self.emails_per_second

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emails_per_second is not UNSET:
            field_dict["emails_per_second"] = emails_per_second

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_emails_per_second(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        emails_per_second = _parse_emails_per_second(d.pop("emails_per_second", UNSET))

        global_settings_response_email = cls(
            emails_per_second=emails_per_second,
        )

        global_settings_response_email.additional_properties = d
        return global_settings_response_email

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
