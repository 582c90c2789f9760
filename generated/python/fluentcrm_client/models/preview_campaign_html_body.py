from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preview_campaign_html_body_campaign import PreviewCampaignHtmlBodyCampaign


T = TypeVar("T", bound="PreviewCampaignHtmlBody")


@_attrs_define
class PreviewCampaignHtmlBody:
    """
    Attributes:
        campaign_id (int | Unset):
        contact_id (int | Unset):
        campaign (PreviewCampaignHtmlBodyCampaign | Unset):
    """

    campaign_id: int | Unset = UNSET
    contact_id: int | Unset = UNSET
    campaign: PreviewCampaignHtmlBodyCampaign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        contact_id = self.contact_id

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preview_campaign_html_body_campaign import PreviewCampaignHtmlBodyCampaign  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        _campaign = d.pop("campaign", UNSET)
        campaign: PreviewCampaignHtmlBodyCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = PreviewCampaignHtmlBodyCampaign.from_dict(_campaign)

        preview_campaign_html_body = cls(
            campaign_id=campaign_id,
            contact_id=contact_id,
            campaign=campaign,
        )

        preview_campaign_html_body.additional_properties = d
        return preview_campaign_html_body

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
