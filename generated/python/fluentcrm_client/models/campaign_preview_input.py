from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_preview_input_campaign import CampaignPreviewInputCampaign


T = TypeVar("T", bound="CampaignPreviewInput")


@_attrs_define
class CampaignPreviewInput:
    """The campaign to render: a stored one or an unsaved body.

    Attributes:
        campaign_id (int | Unset):
        contact_id (int | Unset): The contact to render for.
        campaign (CampaignPreviewInputCampaign | Unset): An unsaved campaign to render instead.
    """

    campaign_id: int | Unset = UNSET
    contact_id: int | Unset = UNSET
    campaign: CampaignPreviewInputCampaign | Unset = UNSET
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        _campaign = d.pop("campaign", UNSET)
        campaign: CampaignPreviewInputCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = CampaignPreviewInputCampaign.from_dict(_campaign)

        campaign_preview_input = cls(
            campaign_id=campaign_id,
            contact_id=contact_id,
            campaign=campaign,
        )

        campaign_preview_input.additional_properties = d
        return campaign_preview_input

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
from ..models.campaign_preview_input_campaign import CampaignPreviewInputCampaign  # noqa: E402
