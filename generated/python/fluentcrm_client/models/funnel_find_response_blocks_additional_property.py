from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel_find_response_blocks_additional_property_settings import (
        FunnelFindResponseBlocksAdditionalPropertySettings,
    )


T = TypeVar("T", bound="FunnelFindResponseBlocksAdditionalProperty")


@_attrs_define
class FunnelFindResponseBlocksAdditionalProperty:
    """
    Attributes:
        title (str):
        description (str):
        icon (str):
        type (str):
        category (str | Unset):
        is_pro (bool | Unset):
        settings (FunnelFindResponseBlocksAdditionalPropertySettings | Unset):
    """

    title: str
    description: str
    icon: str
    type: str
    category: str | Unset = UNSET
    is_pro: bool | Unset = UNSET
    settings: FunnelFindResponseBlocksAdditionalPropertySettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        icon = self.icon

        type = self.type

        category = self.category

        is_pro = self.is_pro

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "icon": icon,
                "type": type,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if is_pro is not UNSET:
            field_dict["is_pro"] = is_pro
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        icon = d.pop("icon")

        type = d.pop("type")

        category = d.pop("category", UNSET)

        is_pro = d.pop("is_pro", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: FunnelFindResponseBlocksAdditionalPropertySettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = FunnelFindResponseBlocksAdditionalPropertySettings.from_dict(_settings)

        funnel_find_response_blocks_additional_property = cls(
            title=title,
            description=description,
            icon=icon,
            type=type,
            category=category,
            is_pro=is_pro,
            settings=settings,
        )

        funnel_find_response_blocks_additional_property.additional_properties = d
        return funnel_find_response_blocks_additional_property

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
from ..models.funnel_find_response_blocks_additional_property_settings import (
    FunnelFindResponseBlocksAdditionalPropertySettings,  # noqa: E402
)
