from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_test_email_input_test_campaign import (
    CampaignTestEmailInputTestCampaign,
    check_campaign_test_email_input_test_campaign,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_test_email_input_campaign import CampaignTestEmailInputCampaign


T = TypeVar("T", bound="CampaignTestEmailInput")


@_attrs_define
class CampaignTestEmailInput:
    """What to send as a test e-mail, and where.

    Attributes:
        campaign_id (int | Unset): The stored campaign to send.
        email (str | Unset): The address to send to (default: the current user's).
        test_campaign (CampaignTestEmailInputTestCampaign | Unset): `yes` to send the unsaved `campaign` instead.
        campaign (CampaignTestEmailInputCampaign | Unset): An unsaved campaign (with `test_campaign` `yes`).
    """

    campaign_id: int | Unset = UNSET
    email: str | Unset = UNSET
    test_campaign: CampaignTestEmailInputTestCampaign | Unset = UNSET
    campaign: CampaignTestEmailInputCampaign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        email = self.email

        test_campaign: str | Unset = UNSET
        if not isinstance(self.test_campaign, Unset):
            test_campaign = self.test_campaign

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if email is not UNSET:
            field_dict["email"] = email
        if test_campaign is not UNSET:
            field_dict["test_campaign"] = test_campaign
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)

        email = d.pop("email", UNSET)

        _test_campaign = d.pop("test_campaign", UNSET)
        test_campaign: CampaignTestEmailInputTestCampaign | Unset
        if isinstance(_test_campaign, Unset):
            test_campaign = UNSET
        else:
            test_campaign = check_campaign_test_email_input_test_campaign(_test_campaign)

        _campaign = d.pop("campaign", UNSET)
        campaign: CampaignTestEmailInputCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = CampaignTestEmailInputCampaign.from_dict(_campaign)

        campaign_test_email_input = cls(
            campaign_id=campaign_id,
            email=email,
            test_campaign=test_campaign,
            campaign=campaign,
        )

        campaign_test_email_input.additional_properties = d
        return campaign_test_email_input

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
from ..models.campaign_test_email_input_campaign import CampaignTestEmailInputCampaign  # noqa: E402
