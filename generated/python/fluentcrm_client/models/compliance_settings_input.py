from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no_input import YesNoInput, check_yes_no_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComplianceSettingsInput")


@_attrs_define
class ComplianceSettingsInput:
    """The compliance switches to store, at the top level of the body. The stored option is replaced by the known keys
    that were sent: a key left out falls back to its default.

        Attributes:
            anonymize_ip (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
            delete_contact_on_user (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string
                `yes` as on.
            personal_data_export (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes`
                as on.
            one_click_unsubscribe (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string
                `yes` as on.
            enable_gravatar (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            gravatar_fallback (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
    """

    anonymize_ip: YesNoInput | Unset = UNSET
    delete_contact_on_user: YesNoInput | Unset = UNSET
    personal_data_export: YesNoInput | Unset = UNSET
    one_click_unsubscribe: YesNoInput | Unset = UNSET
    enable_gravatar: YesNoInput | Unset = UNSET
    gravatar_fallback: YesNoInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymize_ip: str | Unset = UNSET
        if not isinstance(self.anonymize_ip, Unset):
            anonymize_ip = self.anonymize_ip

        delete_contact_on_user: str | Unset = UNSET
        if not isinstance(self.delete_contact_on_user, Unset):
            delete_contact_on_user = self.delete_contact_on_user

        personal_data_export: str | Unset = UNSET
        if not isinstance(self.personal_data_export, Unset):
            personal_data_export = self.personal_data_export

        one_click_unsubscribe: str | Unset = UNSET
        if not isinstance(self.one_click_unsubscribe, Unset):
            one_click_unsubscribe = self.one_click_unsubscribe

        enable_gravatar: str | Unset = UNSET
        if not isinstance(self.enable_gravatar, Unset):
            enable_gravatar = self.enable_gravatar

        gravatar_fallback: str | Unset = UNSET
        if not isinstance(self.gravatar_fallback, Unset):
            gravatar_fallback = self.gravatar_fallback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        _anonymize_ip = d.pop("anonymize_ip", UNSET)
        anonymize_ip: YesNoInput | Unset
        if isinstance(_anonymize_ip, Unset):
            anonymize_ip = UNSET
        else:
            anonymize_ip = check_yes_no_input(_anonymize_ip)

        _delete_contact_on_user = d.pop("delete_contact_on_user", UNSET)
        delete_contact_on_user: YesNoInput | Unset
        if isinstance(_delete_contact_on_user, Unset):
            delete_contact_on_user = UNSET
        else:
            delete_contact_on_user = check_yes_no_input(_delete_contact_on_user)

        _personal_data_export = d.pop("personal_data_export", UNSET)
        personal_data_export: YesNoInput | Unset
        if isinstance(_personal_data_export, Unset):
            personal_data_export = UNSET
        else:
            personal_data_export = check_yes_no_input(_personal_data_export)

        _one_click_unsubscribe = d.pop("one_click_unsubscribe", UNSET)
        one_click_unsubscribe: YesNoInput | Unset
        if isinstance(_one_click_unsubscribe, Unset):
            one_click_unsubscribe = UNSET
        else:
            one_click_unsubscribe = check_yes_no_input(_one_click_unsubscribe)

        _enable_gravatar = d.pop("enable_gravatar", UNSET)
        enable_gravatar: YesNoInput | Unset
        if isinstance(_enable_gravatar, Unset):
            enable_gravatar = UNSET
        else:
            enable_gravatar = check_yes_no_input(_enable_gravatar)

        _gravatar_fallback = d.pop("gravatar_fallback", UNSET)
        gravatar_fallback: YesNoInput | Unset
        if isinstance(_gravatar_fallback, Unset):
            gravatar_fallback = UNSET
        else:
            gravatar_fallback = check_yes_no_input(_gravatar_fallback)

        compliance_settings_input = cls(
            anonymize_ip=anonymize_ip,
            delete_contact_on_user=delete_contact_on_user,
            personal_data_export=personal_data_export,
            one_click_unsubscribe=one_click_unsubscribe,
            enable_gravatar=enable_gravatar,
            gravatar_fallback=gravatar_fallback,
        )

        compliance_settings_input.additional_properties = d
        return compliance_settings_input

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
