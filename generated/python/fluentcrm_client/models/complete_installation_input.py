from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no_input import YesNoInput, check_yes_no_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteInstallationInput")


@_attrs_define
class CompleteInstallationInput:
    """Choices of the set-up wizard. All are optional: with none, the call only answers. `install_fluentform` and
    `install_fluentcart` download plugins from wordpress.org, `optin_email` sends the address to the plugin vendor,
    and `share_essentials` stores the consent.

        Attributes:
            install_fluentform (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes`
                as on.
            install_fluentcart (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes`
                as on.
            optin_email (str | Unset): An e-mail address to share with the vendor (`no` or empty for none).
            share_essentials (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
    """

    install_fluentform: YesNoInput | Unset = UNSET
    install_fluentcart: YesNoInput | Unset = UNSET
    optin_email: str | Unset = UNSET
    share_essentials: YesNoInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        install_fluentform: str | Unset = UNSET
        if not isinstance(self.install_fluentform, Unset):
            install_fluentform = self.install_fluentform

        install_fluentcart: str | Unset = UNSET
        if not isinstance(self.install_fluentcart, Unset):
            install_fluentcart = self.install_fluentcart

        optin_email = self.optin_email

        share_essentials: str | Unset = UNSET
        if not isinstance(self.share_essentials, Unset):
            share_essentials = self.share_essentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if install_fluentform is not UNSET:
            field_dict["install_fluentform"] = install_fluentform
        if install_fluentcart is not UNSET:
            field_dict["install_fluentcart"] = install_fluentcart
        if optin_email is not UNSET:
            field_dict["optin_email"] = optin_email
        if share_essentials is not UNSET:
            field_dict["share_essentials"] = share_essentials

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _install_fluentform = d.pop("install_fluentform", UNSET)
        install_fluentform: YesNoInput | Unset
        if isinstance(_install_fluentform, Unset):
            install_fluentform = UNSET
        else:
            install_fluentform = check_yes_no_input(_install_fluentform)

        _install_fluentcart = d.pop("install_fluentcart", UNSET)
        install_fluentcart: YesNoInput | Unset
        if isinstance(_install_fluentcart, Unset):
            install_fluentcart = UNSET
        else:
            install_fluentcart = check_yes_no_input(_install_fluentcart)

        optin_email = d.pop("optin_email", UNSET)

        _share_essentials = d.pop("share_essentials", UNSET)
        share_essentials: YesNoInput | Unset
        if isinstance(_share_essentials, Unset):
            share_essentials = UNSET
        else:
            share_essentials = check_yes_no_input(_share_essentials)

        complete_installation_input = cls(
            install_fluentform=install_fluentform,
            install_fluentcart=install_fluentcart,
            optin_email=optin_email,
            share_essentials=share_essentials,
        )

        complete_installation_input.additional_properties = d
        return complete_installation_input

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
