from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_bulk_action_input_action_name import (
    CampaignBulkActionInputActionName,
    check_campaign_bulk_action_input_action_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignBulkActionInput")


@_attrs_define
class CampaignBulkActionInput:
    """A bulk action on several campaigns.

    Attributes:
        action_name (CampaignBulkActionInputActionName):
        campaign_ids (list[int]):
        labels (list[int] | Unset): Label ids, for `apply_labels`.
    """

    action_name: CampaignBulkActionInputActionName
    campaign_ids: list[int]
    labels: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name: str = self.action_name

        campaign_ids = self.campaign_ids

        labels: list[int] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_name": action_name,
                "campaign_ids": campaign_ids,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_name = check_campaign_bulk_action_input_action_name(d.pop("action_name"))

        campaign_ids = cast(list[int], d.pop("campaign_ids"))

        labels = cast(list[int], d.pop("labels", UNSET))

        campaign_bulk_action_input = cls(
            action_name=action_name,
            campaign_ids=campaign_ids,
            labels=labels,
        )

        campaign_bulk_action_input.additional_properties = d
        return campaign_bulk_action_input

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
