from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.preview_campaign_email_response_200_email import PreviewCampaignEmailResponse200Email
    from ..models.preview_campaign_email_response_200_info import PreviewCampaignEmailResponse200Info


T = TypeVar("T", bound="PreviewCampaignEmailResponse200")


@_attrs_define
class PreviewCampaignEmailResponse200:
    """
    Attributes:
        info (PreviewCampaignEmailResponse200Info):
        email (PreviewCampaignEmailResponse200Email):
    """

    info: PreviewCampaignEmailResponse200Info
    email: PreviewCampaignEmailResponse200Email
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info = self.info.to_dict()

        email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info": info,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        info = PreviewCampaignEmailResponse200Info.from_dict(d.pop("info"))

        email = PreviewCampaignEmailResponse200Email.from_dict(d.pop("email"))

        preview_campaign_email_response_200 = cls(
            info=info,
            email=email,
        )

        preview_campaign_email_response_200.additional_properties = d
        return preview_campaign_email_response_200

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
from ..models.preview_campaign_email_response_200_email import PreviewCampaignEmailResponse200Email  # noqa: E402
from ..models.preview_campaign_email_response_200_info import PreviewCampaignEmailResponse200Info  # noqa: E402
