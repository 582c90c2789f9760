from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_campaign_labels_body_action import (
    UpdateCampaignLabelsBodyAction,
    check_update_campaign_labels_body_action,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCampaignLabelsBody")


@_attrs_define
class UpdateCampaignLabelsBody:
    """
    Attributes:
        action (UpdateCampaignLabelsBodyAction | Unset):
        label_ids (list[int] | Unset):
    """

    action: UpdateCampaignLabelsBodyAction | Unset = UNSET
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: UpdateCampaignLabelsBodyAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_update_campaign_labels_body_action(_action)

        label_ids = cast(list[int], d.pop("label_ids", UNSET))

        update_campaign_labels_body = cls(
            action=action,
            label_ids=label_ids,
        )

        update_campaign_labels_body.additional_properties = d
        return update_campaign_labels_body

    @property
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
