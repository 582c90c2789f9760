from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_template_config import EmailTemplateConfig


T = TypeVar("T", bound="EmailMockSettings")


@_attrs_define
class EmailMockSettings:
    """
    Attributes:
        template_config (EmailTemplateConfig): The visual settings of FluentCRM's e-mail designer (widths in pixels,
            colours as CSS values, `""` for unset).
    """

    template_config: EmailTemplateConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_config = self.template_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "template_config": template_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_config = EmailTemplateConfig.from_dict(d.pop("template_config"))

        email_mock_settings = cls(
            template_config=template_config,
        )

        email_mock_settings.additional_properties = d
        return email_mock_settings

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
from ..models.email_template_config import EmailTemplateConfig  # noqa: E402
