from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComplianceSettings")


@_attrs_define
class ComplianceSettings:
    """Privacy and compliance switches (`_fluentcrm_compliance_settings`). A read merges the stored values over the
    defaults, so every key is present.

        Attributes:
            anonymize_ip (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
                stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            delete_contact_on_user (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent
                back as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            personal_data_export (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent
                back as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            one_click_unsubscribe (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent
                back as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            enable_gravatar (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
                stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            gravatar_fallback (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back
                as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
    """

    anonymize_ip: str
    delete_contact_on_user: str
    personal_data_export: str
    one_click_unsubscribe: str
    enable_gravatar: str
    gravatar_fallback: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymize_ip = self.anonymize_ip

        delete_contact_on_user = self.delete_contact_on_user

        personal_data_export = self.personal_data_export

        one_click_unsubscribe = self.one_click_unsubscribe

        enable_gravatar = self.enable_gravatar

        gravatar_fallback = self.gravatar_fallback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymize_ip": anonymize_ip,
                "delete_contact_on_user": delete_contact_on_user,
                "personal_data_export": personal_data_export,
                "one_click_unsubscribe": one_click_unsubscribe,
                "enable_gravatar": enable_gravatar,
                "gravatar_fallback": gravatar_fallback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anonymize_ip = d.pop("anonymize_ip")

        delete_contact_on_user = d.pop("delete_contact_on_user")

        personal_data_export = d.pop("personal_data_export")

        one_click_unsubscribe = d.pop("one_click_unsubscribe")

        enable_gravatar = d.pop("enable_gravatar")

        gravatar_fallback = d.pop("gravatar_fallback")

        compliance_settings = cls(
            anonymize_ip=anonymize_ip,
            delete_contact_on_user=delete_contact_on_user,
            personal_data_export=personal_data_export,
            one_click_unsubscribe=one_click_unsubscribe,
            enable_gravatar=enable_gravatar,
            gravatar_fallback=gravatar_fallback,
        )

        compliance_settings.additional_properties = d
        return compliance_settings

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
