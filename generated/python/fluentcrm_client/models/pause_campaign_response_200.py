from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign import Campaign


T = TypeVar("T", bound="PauseCampaignResponse200")


@_attrs_define
class PauseCampaignResponse200:
    """
    Attributes:
        message (str):
        campaign (Campaign): A stored campaign as the read routes return it. The extra keys appear only where said:
            `server_time` on
            `GET /campaigns/{id}`, `subjects` with `with[]=subjects`, `sent_by` on `GET /campaigns/{id}/status`,
            `scheduling_range` on `GET /campaigns/{id}/processing-stat` while processing.
    """

    message: str
    campaign: Campaign
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "campaign": campaign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        campaign = Campaign.from_dict(d.pop("campaign"))

        pause_campaign_response_200 = cls(
            message=message,
            campaign=campaign,
        )

        pause_campaign_response_200.additional_properties = d
        return pause_campaign_response_200

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
