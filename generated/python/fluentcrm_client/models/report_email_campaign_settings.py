from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_email_campaign_settings_mailer_settings import ReportEmailCampaignSettingsMailerSettings


T = TypeVar("T", bound="ReportEmailCampaignSettings")


@_attrs_define
class ReportEmailCampaignSettings:
    """
    Attributes:
        mailer_settings (list[str] | ReportEmailCampaignSettingsMailerSettings | Unset):
        sending_filter (str | Unset):
        sending_type (str | Unset):
        is_transactional (str | Unset):
    """

    mailer_settings: list[str] | ReportEmailCampaignSettingsMailerSettings | Unset = UNSET
    sending_filter: str | Unset = UNSET
    sending_type: str | Unset = UNSET
    is_transactional: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailer_settings: dict[str, Any] | list[str] | Unset
        if isinstance(self.mailer_settings, Unset):
            mailer_settings = UNSET
        elif isinstance(self.mailer_settings, ReportEmailCampaignSettingsMailerSettings):
            mailer_settings = self.mailer_settings.to_dict()
        else:
            mailer_settings = self.mailer_settings

        sending_filter = self.sending_filter

        sending_type = self.sending_type

        is_transactional = self.is_transactional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mailer_settings is not UNSET:
            field_dict["mailer_settings"] = mailer_settings
        if sending_filter is not UNSET:
            field_dict["sending_filter"] = sending_filter
        if sending_type is not UNSET:
            field_dict["sending_type"] = sending_type
        if is_transactional is not UNSET:
            field_dict["is_transactional"] = is_transactional

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mailer_settings(data: object) -> list[str] | ReportEmailCampaignSettingsMailerSettings | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailer_settings_mailer_settings = ReportEmailCampaignSettingsMailerSettings.from_dict(data)

                return mailer_settings_mailer_settings
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            mailer_settings_type_1 = cast(list[str], data)

            return mailer_settings_type_1

        mailer_settings = _parse_mailer_settings(d.pop("mailer_settings", UNSET))

        sending_filter = d.pop("sending_filter", UNSET)

        sending_type = d.pop("sending_type", UNSET)

        is_transactional = d.pop("is_transactional", UNSET)

        report_email_campaign_settings = cls(
            mailer_settings=mailer_settings,
            sending_filter=sending_filter,
            sending_type=sending_type,
            is_transactional=is_transactional,
        )

        report_email_campaign_settings.additional_properties = d
        return report_email_campaign_settings

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
from ..models.report_email_campaign_settings_mailer_settings import ReportEmailCampaignSettingsMailerSettings  # noqa: E402
