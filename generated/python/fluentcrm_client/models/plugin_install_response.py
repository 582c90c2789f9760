from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_install_response_ff_config import PluginInstallResponseFfConfig


T = TypeVar("T", bound="PluginInstallResponse")


@_attrs_define
class PluginInstallResponse:
    """The outcome of installing a companion plugin. The message always claims success; `is_installed` is the truth
    (it stays `false` when the download was blocked or failed).

        Attributes:
            is_installed (bool):
            message (str):
            config_url (str | Unset): FluentSMTP only.
            ff_config (PluginInstallResponseFfConfig | Unset): Fluent Forms only.
    """

    is_installed: bool
    message: str
    config_url: str | Unset = UNSET
    ff_config: PluginInstallResponseFfConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_installed = self.is_installed

        message = self.message

        config_url = self.config_url

        ff_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ff_config, Unset):
            ff_config = self.ff_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_installed": is_installed,
                "message": message,
            }
        )
        if config_url is not UNSET:
            field_dict["config_url"] = config_url
        if ff_config is not UNSET:
            field_dict["ff_config"] = ff_config

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_installed = d.pop("is_installed")

        message = d.pop("message")

        config_url = d.pop("config_url", UNSET)

        _ff_config = d.pop("ff_config", UNSET)
        ff_config: PluginInstallResponseFfConfig | Unset
        if isinstance(_ff_config, Unset):
            ff_config = UNSET
        else:
            ff_config = PluginInstallResponseFfConfig.from_dict(_ff_config)

        plugin_install_response = cls(
            is_installed=is_installed,
            message=message,
            config_url=config_url,
            ff_config=ff_config,
        )

        plugin_install_response.additional_properties = d
        return plugin_install_response

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


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.plugin_install_response_ff_config import PluginInstallResponseFfConfig  # noqa: E402
