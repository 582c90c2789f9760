from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign import Campaign


T = TypeVar("T", bound="GetCampaignProcessingStatResponse200Type0")


@_attrs_define
class GetCampaignProcessingStatResponse200Type0:
    """
    Attributes:
        reload (bool):
        campaign (Campaign): A stored campaign as the read routes return it. The extra keys appear only where said:
            `server_time` on
            `GET /campaigns/{id}`, `subjects` with `with[]=subjects`, `sent_by` on `GET /campaigns/{id}/status`,
            `scheduling_range` on `GET /campaigns/{id}/processing-stat` while processing.
        field_bench (float | Unset): `__bench`: seconds the server spent on the request, as a float. FluentCRM adds it
            to most responses; clients
            should ignore it. Its value is different on every call.
    """

    reload: bool
    campaign: Campaign
    field_bench: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reload = self.reload

        campaign = self.campaign.to_dict()

        field_bench = self.field_bench

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reload": reload,
                "campaign": campaign,
            }
        )
        if field_bench is not UNSET:
            field_dict["__bench"] = field_bench

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign import Campaign  # noqa: PLC0415

        d = dict(src_dict)
        reload = d.pop("reload")

        campaign = Campaign.from_dict(d.pop("campaign"))

        field_bench = d.pop("__bench", UNSET)

        get_campaign_processing_stat_response_200_type_0 = cls(
            reload=reload,
            campaign=campaign,
            field_bench=field_bench,
        )

        get_campaign_processing_stat_response_200_type_0.additional_properties = d
        return get_campaign_processing_stat_response_200_type_0

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
