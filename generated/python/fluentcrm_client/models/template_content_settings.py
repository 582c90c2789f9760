from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_config_object import TemplateConfigObject
    from ..models.template_footer_settings import TemplateFooterSettings


T = TypeVar("T", bound="TemplateContentSettings")


@_attrs_define
class TemplateContentSettings:
    """
    Attributes:
        template_config (list[str] | TemplateConfigObject | Unset): Design options of an e-mail. The keys FluentCRM's
            own designs write are typed below (sizes in pixels as integers,
            colours and fonts as strings, `""` for "inherit"); designs and add-ons may store further options, so other keys
            are allowed (a string or a number, as the editor sent it). PHP's empty array `[]` when none are stored.
        footer_settings (TemplateFooterSettings | Unset): The footer of a template. With `custom_footer` `yes`,
            `footer_content` replaces the global footer and must
            contain `##crm.unsubscribe_url##` or `##crm.manage_subscription_url##`.
    """

    template_config: list[str] | TemplateConfigObject | Unset = UNSET
    footer_settings: TemplateFooterSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_config: dict[str, Any] | list[str] | Unset
        if isinstance(self.template_config, Unset):
            template_config = UNSET
        elif isinstance(self.template_config, TemplateConfigObject):
            template_config = self.template_config.to_dict()
        else:
            template_config = self.template_config

        footer_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.footer_settings, Unset):
            footer_settings = self.footer_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_config is not UNSET:
            field_dict["template_config"] = template_config
        if footer_settings is not UNSET:
            field_dict["footer_settings"] = footer_settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_template_config(data: object) -> list[str] | TemplateConfigObject | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_template_config_template_config_object = TemplateConfigObject.from_dict(data)

                return componentsschemas_template_config_template_config_object
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_template_config_type_1 = cast(list[str], data)

            return componentsschemas_template_config_type_1

        template_config = _parse_template_config(d.pop("template_config", UNSET))

        _footer_settings = d.pop("footer_settings", UNSET)
        footer_settings: TemplateFooterSettings | Unset
        if isinstance(_footer_settings, Unset):
            footer_settings = UNSET
        else:
            footer_settings = TemplateFooterSettings.from_dict(_footer_settings)

        template_content_settings = cls(
            template_config=template_config,
            footer_settings=footer_settings,
        )

        template_content_settings.additional_properties = d
        return template_content_settings

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
from ..models.template_config_object import TemplateConfigObject  # noqa: E402
from ..models.template_footer_settings import TemplateFooterSettings  # noqa: E402
