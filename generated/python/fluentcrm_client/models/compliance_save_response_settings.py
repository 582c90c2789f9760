from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplianceSaveResponseSettings")


@_attrs_define
class ComplianceSaveResponseSettings:
    """
    Attributes:
        anonymize_ip (str | Unset):
        delete_contact_on_user (str | Unset):
        personal_data_export (str | Unset):
        one_click_unsubscribe (str | Unset):
        enable_gravatar (str | Unset):
        gravatar_fallback (str | Unset):
    """

    anonymize_ip: str | Unset = UNSET
    delete_contact_on_user: str | Unset = UNSET
    personal_data_export: str | Unset = UNSET
    one_click_unsubscribe: str | Unset = UNSET
    enable_gravatar: str | Unset = UNSET
    gravatar_fallback: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        anonymize_ip = self.anonymize_ip

        delete_contact_on_user = self.delete_contact_on_user

        personal_data_export = self.personal_data_export

        one_click_unsubscribe = self.one_click_unsubscribe

        enable_gravatar = self.enable_gravatar

        gravatar_fallback = self.gravatar_fallback

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if anonymize_ip is not UNSET:
            field_dict["anonymize_ip"] = anonymize_ip
        if delete_contact_on_user is not UNSET:
            field_dict["delete_contact_on_user"] = delete_contact_on_user
        if personal_data_export is not UNSET:
            field_dict["personal_data_export"] = personal_data_export
        if one_click_unsubscribe is not UNSET:
            field_dict["one_click_unsubscribe"] = one_click_unsubscribe
        if enable_gravatar is not UNSET:
            field_dict["enable_gravatar"] = enable_gravatar
        if gravatar_fallback is not UNSET:
            field_dict["gravatar_fallback"] = gravatar_fallback

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anonymize_ip = d.pop("anonymize_ip", UNSET)

        delete_contact_on_user = d.pop("delete_contact_on_user", UNSET)

        personal_data_export = d.pop("personal_data_export", UNSET)

        one_click_unsubscribe = d.pop("one_click_unsubscribe", UNSET)

        enable_gravatar = d.pop("enable_gravatar", UNSET)

        gravatar_fallback = d.pop("gravatar_fallback", UNSET)

        compliance_save_response_settings = cls(
            anonymize_ip=anonymize_ip,
            delete_contact_on_user=delete_contact_on_user,
            personal_data_export=personal_data_export,
            one_click_unsubscribe=one_click_unsubscribe,
            enable_gravatar=enable_gravatar,
            gravatar_fallback=gravatar_fallback,
        )

        return compliance_save_response_settings
