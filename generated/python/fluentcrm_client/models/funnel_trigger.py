from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunnelTrigger")


@_attrs_define
class FunnelTrigger:
    """One event that can start a funnel, as `GET /funnels/triggers` lists it. In the free plugin only `user_register` is
    usable; the others carry `disabled: true` (they need FluentCRM Pro), although the API still accepts them on create.

        Attributes:
            category (str): Group shown in the trigger picker.
            label (str): Human-readable name.
            icon (str): CSS class of the icon, or an empty string.
            description (str):
            disabled (bool | Unset): Present and `true` when the trigger needs FluentCRM Pro.
    """

    category: str
    label: str
    icon: str
    description: str
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        label = self.label

        icon = self.icon

        description = self.description

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "label": label,
                "icon": icon,
                "description": description,
            }
        )
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        label = d.pop("label")

        icon = d.pop("icon")

        description = d.pop("description")

        disabled = d.pop("disabled", UNSET)

        funnel_trigger = cls(
            category=category,
            label=label,
            icon=icon,
            description=description,
            disabled=disabled,
        )

        funnel_trigger.additional_properties = d
        return funnel_trigger

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
