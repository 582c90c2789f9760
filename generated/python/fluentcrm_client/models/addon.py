from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Addon")


@_attrs_define
class Addon:
    """A companion plugin and whether this site has it.

    Attributes:
        title (str):
        logo (str):
        is_installed (bool): Whether the plugin is active.
        learn_more_url (str):
        settings_url (str):
        action_text (str):
        description (str):
    """

    title: str
    logo: str
    is_installed: bool
    learn_more_url: str
    settings_url: str
    action_text: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        logo = self.logo

        is_installed = self.is_installed

        learn_more_url = self.learn_more_url

        settings_url = self.settings_url

        action_text = self.action_text

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "logo": logo,
                "is_installed": is_installed,
                "learn_more_url": learn_more_url,
                "settings_url": settings_url,
                "action_text": action_text,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        logo = d.pop("logo")

        is_installed = d.pop("is_installed")

        learn_more_url = d.pop("learn_more_url")

        settings_url = d.pop("settings_url")

        action_text = d.pop("action_text")

        description = d.pop("description")

        addon = cls(
            title=title,
            logo=logo,
            is_installed=is_installed,
            learn_more_url=learn_more_url,
            settings_url=settings_url,
            action_text=action_text,
            description=description,
        )

        addon.additional_properties = d
        return addon

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
