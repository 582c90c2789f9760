from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailTemplateConfig")


@_attrs_define
class EmailTemplateConfig:
    """The visual settings of FluentCRM's e-mail designer (widths in pixels, colours as CSS values, `""` for unset).

    Attributes:
        content_width (int | Unset):
        content_padding (int | Unset):
        headings_font_family (str | Unset):
        text_color (str | Unset):
        link_color (str | Unset):
        body_bg_color (str | Unset):
        content_bg_color (str | Unset):
        footer_text_color (str | Unset):
        content_font_family (str | Unset):
        paragraph_color (str | Unset):
        paragraph_font_size (str | Unset):
        paragraph_font_family (str | Unset):
        paragraph_line_height (str | Unset):
        headings_color (str | Unset):
    """

    content_width: int | Unset = UNSET
    content_padding: int | Unset = UNSET
    headings_font_family: str | Unset = UNSET
    text_color: str | Unset = UNSET
    link_color: str | Unset = UNSET
    body_bg_color: str | Unset = UNSET
    content_bg_color: str | Unset = UNSET
    footer_text_color: str | Unset = UNSET
    content_font_family: str | Unset = UNSET
    paragraph_color: str | Unset = UNSET
    paragraph_font_size: str | Unset = UNSET
    paragraph_font_family: str | Unset = UNSET
    paragraph_line_height: str | Unset = UNSET
    headings_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_width = self.content_width

        content_padding = self.content_padding

        headings_font_family = self.headings_font_family

        text_color = self.text_color

        link_color = self.link_color

        body_bg_color = self.body_bg_color

        content_bg_color = self.content_bg_color

        footer_text_color = self.footer_text_color

        content_font_family = self.content_font_family

        paragraph_color = self.paragraph_color

        paragraph_font_size = self.paragraph_font_size

        paragraph_font_family = self.paragraph_font_family

        paragraph_line_height = self.paragraph_line_height

        headings_color = self.headings_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_width is not UNSET:
            field_dict["content_width"] = content_width
        if content_padding is not UNSET:
            field_dict["content_padding"] = content_padding
        if headings_font_family is not UNSET:
            field_dict["headings_font_family"] = headings_font_family
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if link_color is not UNSET:
            field_dict["link_color"] = link_color
        if body_bg_color is not UNSET:
            field_dict["body_bg_color"] = body_bg_color
        if content_bg_color is not UNSET:
            field_dict["content_bg_color"] = content_bg_color
        if footer_text_color is not UNSET:
            field_dict["footer_text_color"] = footer_text_color
        if content_font_family is not UNSET:
            field_dict["content_font_family"] = content_font_family
        if paragraph_color is not UNSET:
            field_dict["paragraph_color"] = paragraph_color
        if paragraph_font_size is not UNSET:
            field_dict["paragraph_font_size"] = paragraph_font_size
        if paragraph_font_family is not UNSET:
            field_dict["paragraph_font_family"] = paragraph_font_family
        if paragraph_line_height is not UNSET:
            field_dict["paragraph_line_height"] = paragraph_line_height
        if headings_color is not UNSET:
            field_dict["headings_color"] = headings_color

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_width = d.pop("content_width", UNSET)

        content_padding = d.pop("content_padding", UNSET)

        headings_font_family = d.pop("headings_font_family", UNSET)

        text_color = d.pop("text_color", UNSET)

        link_color = d.pop("link_color", UNSET)

        body_bg_color = d.pop("body_bg_color", UNSET)

        content_bg_color = d.pop("content_bg_color", UNSET)

        footer_text_color = d.pop("footer_text_color", UNSET)

        content_font_family = d.pop("content_font_family", UNSET)

        paragraph_color = d.pop("paragraph_color", UNSET)

        paragraph_font_size = d.pop("paragraph_font_size", UNSET)

        paragraph_font_family = d.pop("paragraph_font_family", UNSET)

        paragraph_line_height = d.pop("paragraph_line_height", UNSET)

        headings_color = d.pop("headings_color", UNSET)

        email_template_config = cls(
            content_width=content_width,
            content_padding=content_padding,
            headings_font_family=headings_font_family,
            text_color=text_color,
            link_color=link_color,
            body_bg_color=body_bg_color,
            content_bg_color=content_bg_color,
            footer_text_color=footer_text_color,
            content_font_family=content_font_family,
            paragraph_color=paragraph_color,
            paragraph_font_size=paragraph_font_size,
            paragraph_font_family=paragraph_font_family,
            paragraph_line_height=paragraph_line_height,
            headings_color=headings_color,
        )

        email_template_config.additional_properties = d
        return email_template_config

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
