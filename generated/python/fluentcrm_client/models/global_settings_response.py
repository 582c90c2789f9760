from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_settings import EmailSettings
    from ..models.global_settings_response_business_settings import GlobalSettingsResponseBusinessSettings
    from ..models.global_settings_response_campaign import GlobalSettingsResponseCampaign
    from ..models.global_settings_response_email import GlobalSettingsResponseEmail


T = TypeVar("T", bound="GlobalSettingsResponse")


@_attrs_define
class GlobalSettingsResponse:
    """The requested entries of the global settings option (`fluentcrm-global-settings`), one key per requested
    `settings_keys[]` that exists, plus `__bench`. `email_settings` is always answered (computed with its defaults);
    any other key is answered only when it is stored, with the value as it was saved. Requesting nothing gives only
    `__bench`.

        Attributes:
            email_settings (EmailSettings | Unset): The e-mail sending defaults (`email_settings` of `GET /setting`).
                FluentCRM computes this object on every read:
                stored values are merged over the defaults, so every key is present even on a fresh install.
            business_settings (GlobalSettingsResponseBusinessSettings | Unset): Business name, address and logo, once saved.
            campaign (GlobalSettingsResponseCampaign | Unset): Stored by the installer: `{"from": {"name": "", "email":
                ""}}`.
            email (GlobalSettingsResponseEmail | Unset): Stored by the installer: `{"emails_per_second": 4}`.
    """

    email_settings: EmailSettings | Unset = UNSET
    business_settings: GlobalSettingsResponseBusinessSettings | Unset = UNSET
    campaign: GlobalSettingsResponseCampaign | Unset = UNSET
    email: GlobalSettingsResponseEmail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_settings, Unset):
            email_settings = self.email_settings.to_dict()

        business_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business_settings, Unset):
            business_settings = self.business_settings.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_settings is not UNSET:
            field_dict["email_settings"] = email_settings
        if business_settings is not UNSET:
            field_dict["business_settings"] = business_settings
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _email_settings = d.pop("email_settings", UNSET)
        email_settings: EmailSettings | Unset
        if isinstance(_email_settings, Unset):
            email_settings = UNSET
        else:
            email_settings = EmailSettings.from_dict(_email_settings)

        _business_settings = d.pop("business_settings", UNSET)
        business_settings: GlobalSettingsResponseBusinessSettings | Unset
        if isinstance(_business_settings, Unset):
            business_settings = UNSET
        else:
            business_settings = GlobalSettingsResponseBusinessSettings.from_dict(_business_settings)

        _campaign = d.pop("campaign", UNSET)
        campaign: GlobalSettingsResponseCampaign | Unset
        if isinstance(_campaign, Unset):
            campaign = UNSET
        else:
            campaign = GlobalSettingsResponseCampaign.from_dict(_campaign)

        _email = d.pop("email", UNSET)
        email: GlobalSettingsResponseEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = GlobalSettingsResponseEmail.from_dict(_email)

        global_settings_response = cls(
            email_settings=email_settings,
            business_settings=business_settings,
            campaign=campaign,
            email=email,
        )

        global_settings_response.additional_properties = d
        return global_settings_response

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
from ..models.email_settings import EmailSettings  # noqa: E402
from ..models.global_settings_response_business_settings import GlobalSettingsResponseBusinessSettings  # noqa: E402
from ..models.global_settings_response_campaign import GlobalSettingsResponseCampaign  # noqa: E402
from ..models.global_settings_response_email import GlobalSettingsResponseEmail  # noqa: E402
