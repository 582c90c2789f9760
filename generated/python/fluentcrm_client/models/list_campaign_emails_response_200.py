from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_email_page import CampaignEmailPage


T = TypeVar("T", bound="ListCampaignEmailsResponse200")


@_attrs_define
class ListCampaignEmailsResponse200:
    """
    Attributes:
        emails (CampaignEmailPage): One page of campaign e-mails.
        failed_counts (int):
    """

    emails: CampaignEmailPage
    failed_counts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails.to_dict()

        failed_counts = self.failed_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "failed_counts": failed_counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = CampaignEmailPage.from_dict(d.pop("emails"))

        failed_counts = d.pop("failed_counts")

        list_campaign_emails_response_200 = cls(
            emails=emails,
            failed_counts=failed_counts,
        )

        list_campaign_emails_response_200.additional_properties = d
        return list_campaign_emails_response_200

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
from ..models.campaign_email_page import CampaignEmailPage  # noqa: E402
