from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign import Campaign


T = TypeVar("T", bound="GetCampaignProcessingStatResponse200WithDidRun")


@_attrs_define
class GetCampaignProcessingStatResponse200WithDidRun:
    """
    Attributes:
        campaign (Campaign): A stored campaign as the read routes return it. The extra keys appear only where said:
            `server_time` on
            `GET /campaigns/{id}`, `subjects` with `with[]=subjects`, `sent_by` on `GET /campaigns/{id}/status`,
            `scheduling_range` on `GET /campaigns/{id}/processing-stat` while processing.
        did_run (bool):
        scheduling_method (None | str | Unset):
    """

    campaign: Campaign
    did_run: bool
    scheduling_method: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        did_run = self.did_run

        scheduling_method: None | str | Unset
        if isinstance(self.scheduling_method, Unset):
            scheduling_method = UNSET
        else:
            scheduling_method = self.scheduling_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
                "didRun": did_run,
            }
        )
        if scheduling_method is not UNSET:
            field_dict["scheduling_method"] = scheduling_method

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign = Campaign.from_dict(d.pop("campaign"))

        did_run = d.pop("didRun")

        scheduling_method = d.pop("scheduling_method", UNSET)

        get_campaign_processing_stat_response_200_with_did_run = cls(
            campaign=campaign,
            did_run=did_run,
            scheduling_method=scheduling_method,
        )

        get_campaign_processing_stat_response_200_with_did_run.additional_properties = d
        return get_campaign_processing_stat_response_200_with_did_run

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
