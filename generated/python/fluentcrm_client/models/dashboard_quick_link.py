from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardQuickLink")


@_attrs_define
class DashboardQuickLink:
    """A shortcut shown on the dashboard.

    Attributes:
        title (str):
        url (str): Absolute admin URL, or an external address when `is_external` is true.
        icon (str): CSS icon class of the admin UI.
        is_external (bool | Unset): Present (and true) on links that leave the WordPress admin.
    """

    title: str
    url: str
    icon: str
    is_external: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        icon = self.icon

        is_external = self.is_external

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "url": url,
                "icon": icon,
            }
        )
        if is_external is not UNSET:
            field_dict["is_external"] = is_external

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        url = d.pop("url")

        icon = d.pop("icon")

        is_external = d.pop("is_external", UNSET)

        dashboard_quick_link = cls(
            title=title,
            url=url,
            icon=icon,
            is_external=is_external,
        )

        dashboard_quick_link.additional_properties = d
        return dashboard_quick_link

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
