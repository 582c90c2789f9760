from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..models.campaign_schedule_input_sending_type import (
    CampaignScheduleInputSendingType,
    check_campaign_schedule_input_sending_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignScheduleInput")


@_attrs_define
class CampaignScheduleInput:
    """When to start sending. Without `scheduled_at` the campaign is sent at once.

    Attributes:
        scheduled_at (datetime.datetime | tuple[datetime.datetime, datetime.datetime] | Unset): When to start: a `YYYY-
            MM-DD HH:MM:SS` site time, or with `sending_type` `range_schedule` a `[start, end]` pair. Leave it out to start
            sending at once.
        sending_type (CampaignScheduleInputSendingType | Unset): Default `schedule`.
    """

    scheduled_at: datetime.datetime | tuple[datetime.datetime, datetime.datetime] | Unset = UNSET
    sending_type: CampaignScheduleInputSendingType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_at: Any = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = _wire.format_one_or_pair(_wire.format_datetime, self.scheduled_at)

        sending_type: str | Unset = UNSET
        if not isinstance(self.sending_type, Unset):
            sending_type = self.sending_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if sending_type is not UNSET:
            field_dict["sending_type"] = sending_type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | tuple[datetime.datetime, datetime.datetime] | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = _wire.parse_one_or_pair(_wire.parse_datetime, _scheduled_at)

        _sending_type = d.pop("sending_type", UNSET)
        sending_type: CampaignScheduleInputSendingType | Unset
        if isinstance(_sending_type, Unset):
            sending_type = UNSET
        else:
            sending_type = check_campaign_schedule_input_sending_type(_sending_type)

        campaign_schedule_input = cls(
            scheduled_at=scheduled_at,
            sending_type=sending_type,
        )

        campaign_schedule_input.additional_properties = d
        return campaign_schedule_input

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
