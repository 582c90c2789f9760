from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_preview_input_campaign_settings import CampaignPreviewInputCampaignSettings


T = TypeVar("T", bound="CampaignPreviewInputCampaign")


@_attrs_define
class CampaignPreviewInputCampaign:
    """An unsaved campaign to render instead.

    Attributes:
        email_body (str | Unset):
        email_subject (str | Unset):
        design_template (str | Unset):
        settings (CampaignPreviewInputCampaignSettings | Unset):
    """

    email_body: str | Unset = UNSET
    email_subject: str | Unset = UNSET
    design_template: str | Unset = UNSET
    settings: CampaignPreviewInputCampaignSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_body = self.email_body

        email_subject = self.email_subject

        design_template = self.design_template

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_body is not UNSET:
            field_dict["email_body"] = email_body
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if design_template is not UNSET:
            field_dict["design_template"] = design_template
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_body = d.pop("email_body", UNSET)

        email_subject = d.pop("email_subject", UNSET)

        design_template = d.pop("design_template", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: CampaignPreviewInputCampaignSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CampaignPreviewInputCampaignSettings.from_dict(_settings)

        campaign_preview_input_campaign = cls(
            email_body=email_body,
            email_subject=email_subject,
            design_template=design_template,
            settings=settings,
        )

        campaign_preview_input_campaign.additional_properties = d
        return campaign_preview_input_campaign

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
from ..models.campaign_preview_input_campaign_settings import CampaignPreviewInputCampaignSettings  # noqa: E402
