from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_status_input import FunnelStatusInput, check_funnel_status_input

T = TypeVar("T", bound="FunnelStatusChange")


@_attrs_define
class FunnelStatusChange:
    """The new status of a funnel.

    Attributes:
        status (FunnelStatusInput): A funnel state a client may set. Only these three are meaningful to FluentCRM: the
            scheduler runs `published`
            funnels only. FluentCRM 2.9.84 does not check the value and stores any string; sending anything else leaves a
            funnel that no screen can show as running or paused.
    """

    status: FunnelStatusInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_funnel_status_input(d.pop("status"))

        funnel_status_change = cls(
            status=status,
        )

        funnel_status_change.additional_properties = d
        return funnel_status_change

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
