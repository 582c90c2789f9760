from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_campaign_test_email_body_test_campaign import (
    SendCampaignTestEmailBodyTestCampaign,
    check_send_campaign_test_email_body_test_campaign,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_campaign_test_email_body_campaign import SendCampaignTestEmailBodyCampaign


T = TypeVar("T", bound="SendCampaignTestEmailBody")


@_attrs_define
class SendCampaignTestEmailBody:
    """
    Attributes:
        campaign_id (int | Unset):
        email (str | Unset):
        test_campaign (SendCampaignTestEmailBodyTestCampaign | Unset):
        campaign (SendCampaignTestEmailBodyCampaign | Unset):
    """

    campaign_id: int | Unset = UNSET
    email: str | Unset = UNSET
    test_campaign: SendCampaignTestEmailBodyTestCampaign | Unset = UNSET
    campaign: SendCampaignTestEmailBodyCampaign | Unset = UNSET
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_campaign_test_email_body_campaign import SendCampaignTestEmailBodyCampaign  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)

        email = d.pop("email", UNSET)

        _test_campaign = d.pop("test_campaign", UNSET)
        test_campaign: SendCampaignTestEmailBodyTestCampaign | Unset
        if isinstance(_test_campaign, Unset):
            test_campaign = UNSET
        else:
            test_campaign = check_send_campaign_test_email_body_test_campaign(_test_campaign)

        _campaign = d.pop("campaign", UNSET)
        campaign: SendCampaignTestEmailBodyCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = SendCampaignTestEmailBodyCampaign.from_dict(_campaign)

        send_campaign_test_email_body = cls(
            campaign_id=campaign_id,
            email=email,
            test_campaign=test_campaign,
            campaign=campaign,
        )

        send_campaign_test_email_body.additional_properties = d
        return send_campaign_test_email_body

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
