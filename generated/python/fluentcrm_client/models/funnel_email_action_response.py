from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.funnel_campaign import FunnelCampaign


T = TypeVar("T", bound="FunnelEmailActionResponse")


@_attrs_define
class FunnelEmailActionResponse:
    """Whether the hidden campaign was created or updated, its id, and the campaign as stored.

    Attributes:
        type (str): `created` or `updated`.
        reference_campaign (int): Id of the hidden campaign; the step's `settings.reference_campaign`.
        campaign (FunnelCampaign): The hidden campaign (`type` `funnel_email_campaign` in `fc_campaigns`) that holds the
            e-mail of a funnel's
            "send e-mail" step. `parent_id` is the funnel id.
    """

    type: str
    reference_campaign: int
    campaign: FunnelCampaign
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        reference_campaign = self.reference_campaign

        campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "reference_campaign": reference_campaign,
                "campaign": campaign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type")

        reference_campaign = d.pop("reference_campaign")

        campaign = FunnelCampaign.from_dict(d.pop("campaign"))

        funnel_email_action_response = cls(
            type=type,
            reference_campaign=reference_campaign,
            campaign=campaign,
        )

        funnel_email_action_response.additional_properties = d
        return funnel_email_action_response

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
from ..models.funnel_campaign import FunnelCampaign  # noqa: E402
