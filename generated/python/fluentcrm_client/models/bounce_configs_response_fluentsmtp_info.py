from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BounceConfigsResponseFluentsmtpInfo")


@_attrs_define
class BounceConfigsResponseFluentsmtpInfo:
    """
    Attributes:
        configured (bool):
        config_url (str):
        verified_senders (list[str] | Unset):
    """

    configured: bool
    config_url: str
    verified_senders: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configured = self.configured

        config_url = self.config_url

        verified_senders: list[str] | Unset = UNSET
        if not isinstance(self.verified_senders, Unset):
            verified_senders = self.verified_senders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured": configured,
                "config_url": config_url,
            }
        )
        if verified_senders is not UNSET:
            field_dict["verified_senders"] = verified_senders

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configured = d.pop("configured")

        config_url = d.pop("config_url")

        verified_senders = cast(list[str], d.pop("verified_senders", UNSET))

        bounce_configs_response_fluentsmtp_info = cls(
            configured=configured,
            config_url=config_url,
            verified_senders=verified_senders,
        )

        bounce_configs_response_fluentsmtp_info.additional_properties = d
        return bounce_configs_response_fluentsmtp_info

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
