from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel_email_action_input_action_data_campaign import FunnelEmailActionInputActionDataCampaign
    from ..models.funnel_email_action_input_action_data_mailer_settings import (
        FunnelEmailActionInputActionDataMailerSettings,
    )


T = TypeVar("T", bound="FunnelEmailActionInputActionData")


@_attrs_define
class FunnelEmailActionInputActionData:
    """
    Attributes:
        campaign (FunnelEmailActionInputActionDataCampaign):
        mailer_settings (FunnelEmailActionInputActionDataMailerSettings | Unset): Sender overrides (`from_name`,
            `from_email`, `reply_to_name`, `reply_to_email`, `is_custom`).
    """

    campaign: FunnelEmailActionInputActionDataCampaign
    mailer_settings: FunnelEmailActionInputActionDataMailerSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        mailer_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailer_settings, Unset):
            mailer_settings = self.mailer_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
            }
        )
        if mailer_settings is not UNSET:
            field_dict["mailer_settings"] = mailer_settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign = FunnelEmailActionInputActionDataCampaign.from_dict(d.pop("campaign"))

        _mailer_settings = d.pop("mailer_settings", UNSET)
        mailer_settings: FunnelEmailActionInputActionDataMailerSettings | Unset
        if isinstance(_mailer_settings, Unset):
            mailer_settings = UNSET
        else:
            mailer_settings = FunnelEmailActionInputActionDataMailerSettings.from_dict(_mailer_settings)

        funnel_email_action_input_action_data = cls(
            campaign=campaign,
            mailer_settings=mailer_settings,
        )

        funnel_email_action_input_action_data.additional_properties = d
        return funnel_email_action_input_action_data

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
from ..models.funnel_email_action_input_action_data_campaign import FunnelEmailActionInputActionDataCampaign  # noqa: E402
from ..models.funnel_email_action_input_action_data_mailer_settings import (
    FunnelEmailActionInputActionDataMailerSettings,  # noqa: E402
)
