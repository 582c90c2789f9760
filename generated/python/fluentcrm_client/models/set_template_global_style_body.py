from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_template_global_style_body_config import SetTemplateGlobalStyleBodyConfig


T = TypeVar("T", bound="SetTemplateGlobalStyleBody")


@_attrs_define
class SetTemplateGlobalStyleBody:
    """
    Attributes:
        config (SetTemplateGlobalStyleBodyConfig | Unset):
    """

    config: SetTemplateGlobalStyleBodyConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_template_global_style_body_config import SetTemplateGlobalStyleBodyConfig  # noqa: PLC0415

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: SetTemplateGlobalStyleBodyConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = SetTemplateGlobalStyleBodyConfig.from_dict(_config)

        set_template_global_style_body = cls(
            config=config,
        )

        set_template_global_style_body.additional_properties = d
        return set_template_global_style_body

    @property
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
