from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailDesignTemplateConfig")


@_attrs_define
class EmailDesignTemplateConfig:
    """Default style; sizes are integers (pixels), colours and fonts strings (empty for "inherit").

    Attributes:
        content_width (int | Unset):
        content_padding (int | Unset):
    """

    content_width: int | Unset = UNSET
    content_padding: int | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_width = self.content_width

        content_padding = self.content_padding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_width is not UNSET:
            field_dict["content_width"] = content_width
        if content_padding is not UNSET:
            field_dict["content_padding"] = content_padding

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_width = d.pop("content_width", UNSET)

        content_padding = d.pop("content_padding", UNSET)

        email_design_template_config = cls(
            content_width=content_width,
            content_padding=content_padding,
        )

        email_design_template_config.additional_properties = d
        return email_design_template_config

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
