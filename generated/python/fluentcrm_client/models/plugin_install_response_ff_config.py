from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PluginInstallResponseFfConfig")


@_attrs_define
class PluginInstallResponseFfConfig:
    """Fluent Forms only.

    Attributes:
        is_installed (bool):
        create_form_link (str):
    """

    is_installed: bool
    create_form_link: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_installed = self.is_installed

        create_form_link = self.create_form_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_installed": is_installed,
                "create_form_link": create_form_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_installed = d.pop("is_installed")

        create_form_link = d.pop("create_form_link")

        plugin_install_response_ff_config = cls(
            is_installed=is_installed,
            create_form_link=create_form_link,
        )

        plugin_install_response_ff_config.additional_properties = d
        return plugin_install_response_ff_config

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
