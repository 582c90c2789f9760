from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_bulk_action_input_action_name import (
    FunnelBulkActionInputActionName,
    check_funnel_bulk_action_input_action_name,
)
from ..models.funnel_status_input import FunnelStatusInput, check_funnel_status_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunnelBulkActionInput")


@_attrs_define
class FunnelBulkActionInput:
    """A bulk action on funnels.

    Attributes:
        action_name (FunnelBulkActionInputActionName):
        funnel_ids (list[int]):
        status (FunnelStatusInput | Unset): A funnel state a client may set. Only these three are meaningful to
            FluentCRM: the scheduler runs `published`
            funnels only. FluentCRM 2.9.84 does not check the value and stores any string; sending anything else leaves a
            funnel that no screen can show as running or paused.
        labels (list[int] | Unset): Label ids, for `apply_labels`.
    """

    action_name: FunnelBulkActionInputActionName
    funnel_ids: list[int]
    status: FunnelStatusInput | Unset = UNSET
    labels: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name: str = self.action_name

        funnel_ids = self.funnel_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        labels: list[int] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_name": action_name,
                "funnel_ids": funnel_ids,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_name = check_funnel_bulk_action_input_action_name(d.pop("action_name"))

        funnel_ids = cast(list[int], d.pop("funnel_ids"))

        _status = d.pop("status", UNSET)
        status: FunnelStatusInput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_funnel_status_input(_status)

        labels = cast(list[int], d.pop("labels", UNSET))

        funnel_bulk_action_input = cls(
            action_name=action_name,
            funnel_ids=funnel_ids,
            status=status,
            labels=labels,
        )

        funnel_bulk_action_input.additional_properties = d
        return funnel_bulk_action_input

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
