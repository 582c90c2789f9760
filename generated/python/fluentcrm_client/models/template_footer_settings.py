from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateFooterSettings")


@_attrs_define
class TemplateFooterSettings:
    """The footer of a template. With `custom_footer` `yes`, `footer_content` replaces the global footer and must
    contain `##crm.unsubscribe_url##` or `##crm.manage_subscription_url##`.

        Attributes:
            custom_footer (str | Unset):
            footer_content (str | Unset):
    """

    custom_footer: str | Unset = UNSET
    footer_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_footer = self.custom_footer

        footer_content = self.footer_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_footer is not UNSET:
            field_dict["custom_footer"] = custom_footer
        if footer_content is not UNSET:
            field_dict["footer_content"] = footer_content

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_footer = d.pop("custom_footer", UNSET)

        footer_content = d.pop("footer_content", UNSET)

        template_footer_settings = cls(
            custom_footer=custom_footer,
            footer_content=footer_content,
        )

        template_footer_settings.additional_properties = d
        return template_footer_settings

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
