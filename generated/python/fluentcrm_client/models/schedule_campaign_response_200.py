from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.campaign import Campaign


T = TypeVar("T", bound="ScheduleCampaignResponse200")


@_attrs_define
class ScheduleCampaignResponse200:
    """
    Attributes:
        campaign (Campaign): A stored campaign as the read routes return it. The extra keys appear only where said:
            `server_time` on
            `GET /campaigns/{id}`, `subjects` with `with[]=subjects`, `sent_by` on `GET /campaigns/{id}/status`,
            `scheduling_range` on `GET /campaigns/{id}/processing-stat` while processing.
        message (str):
        current_timestamp (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the
            site's local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    campaign: Campaign
    message: str
    current_timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        message = self.message

        current_timestamp = _wire.format_datetime(self.current_timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
                "message": message,
                "current_timestamp": current_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign = Campaign.from_dict(d.pop("campaign"))

        message = d.pop("message")

        _current_timestamp = d.pop("current_timestamp")
        current_timestamp: datetime.datetime
        current_timestamp = _wire.parse_datetime(_current_timestamp)

        schedule_campaign_response_200 = cls(
            campaign=campaign,
            message=message,
            current_timestamp=current_timestamp,
        )

        schedule_campaign_response_200.additional_properties = d
        return schedule_campaign_response_200

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
from ..models.campaign import Campaign  # noqa: E402
