from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunnelCreateInputFunnel")


@_attrs_define
class FunnelCreateInputFunnel:
    """
    Attributes:
        trigger_name (str): A key of `GET /funnels/triggers`.
        title (str | Unset): Name; generated from the trigger label and the date when empty.
        description (str | Unset): Internal note, stored in funnel meta.
    """

    trigger_name: str
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger_name = self.trigger_name

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trigger_name": trigger_name,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trigger_name = d.pop("trigger_name")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        funnel_create_input_funnel = cls(
            trigger_name=trigger_name,
            title=title,
            description=description,
        )

        funnel_create_input_funnel.additional_properties = d
        return funnel_create_input_funnel

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
