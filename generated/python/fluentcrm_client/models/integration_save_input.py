from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_save_input_action import IntegrationSaveInputAction, check_integration_save_input_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationSaveInput")


@_attrs_define
class IntegrationSaveInput:
    """The provider to save or synchronise, and its settings. An add-on handles the request; without one every
    provider is unknown (422).

        Attributes:
            provider (str):
            action (IntegrationSaveInputAction | Unset): `sync` runs a synchronisation; anything else saves the settings.
    """

    provider: str
    action: IntegrationSaveInputAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider")

        _action = d.pop("action", UNSET)
        action: IntegrationSaveInputAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_integration_save_input_action(_action)

        integration_save_input = cls(
            provider=provider,
            action=action,
        )

        integration_save_input.additional_properties = d
        return integration_save_input

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
