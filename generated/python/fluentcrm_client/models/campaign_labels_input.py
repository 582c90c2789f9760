from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_labels_input_action import CampaignLabelsInputAction, check_campaign_labels_input_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignLabelsInput")


@_attrs_define
class CampaignLabelsInput:
    """Labels to detach from a campaign.

    Attributes:
        action (CampaignLabelsInputAction | Unset): Only `detach` does anything.
        label_ids (list[int] | Unset):
    """

    action: CampaignLabelsInputAction | Unset = UNSET
    label_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        label_ids: list[int] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = self.label_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: CampaignLabelsInputAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_campaign_labels_input_action(_action)

        label_ids = cast(list[int], d.pop("label_ids", UNSET))

        campaign_labels_input = cls(
            action=action,
            label_ids=label_ids,
        )

        campaign_labels_input.additional_properties = d
        return campaign_labels_input

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
