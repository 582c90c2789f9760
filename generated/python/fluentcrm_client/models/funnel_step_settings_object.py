from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_php_array_item import EmptyPhpArrayItem
    from ..models.funnel_campaign import FunnelCampaign
    from ..models.mailer_settings import MailerSettings


T = TypeVar("T", bound="FunnelStepSettingsObject")


@_attrs_define
class FunnelStepSettingsObject:
    """
    Attributes:
        tags (list[int] | Unset):
        lists (list[int] | Unset):
        wait_type (str | Unset):
        wait_time_unit (str | Unset):
        send_email_to_type (str | Unset):
        reference_campaign (int | Unset): The hidden campaign that holds the e-mail of an e-mail step.
        campaign (FunnelCampaign | list[EmptyPhpArrayItem] | Unset): The e-mail as saved in the editor, or `[]` once
            stored (the campaign holds it).
        mailer_settings (list[EmptyPhpArrayItem] | MailerSettings | Unset): Sender overrides, `[]` when none.
    """

    tags: list[int] | Unset = UNSET
    lists: list[int] | Unset = UNSET
    wait_type: str | Unset = UNSET
    wait_time_unit: str | Unset = UNSET
    send_email_to_type: str | Unset = UNSET
    reference_campaign: int | Unset = UNSET
    campaign: FunnelCampaign | list[EmptyPhpArrayItem] | Unset = UNSET
    mailer_settings: list[EmptyPhpArrayItem] | MailerSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        lists: list[int] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

        wait_type = self.wait_type

        wait_time_unit = self.wait_time_unit

        send_email_to_type = self.send_email_to_type

        reference_campaign = self.reference_campaign

        campaign: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, FunnelCampaign):
            campaign = self.campaign.to_dict()
        else:
            campaign = []
            for componentsschemas_empty_php_array_item_data in self.campaign:
                componentsschemas_empty_php_array_item = componentsschemas_empty_php_array_item_data.to_dict()
                campaign.append(componentsschemas_empty_php_array_item)

        mailer_settings: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.mailer_settings, Unset):
            mailer_settings = UNSET
        elif isinstance(self.mailer_settings, MailerSettings):
            mailer_settings = self.mailer_settings.to_dict()
        else:
            mailer_settings = []
            for componentsschemas_empty_php_array_item_data in self.mailer_settings:
                componentsschemas_empty_php_array_item = componentsschemas_empty_php_array_item_data.to_dict()
                mailer_settings.append(componentsschemas_empty_php_array_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags
        if lists is not UNSET:
            field_dict["lists"] = lists
        if wait_type is not UNSET:
            field_dict["wait_type"] = wait_type
        if wait_time_unit is not UNSET:
            field_dict["wait_time_unit"] = wait_time_unit
        if send_email_to_type is not UNSET:
            field_dict["send_email_to_type"] = send_email_to_type
        if reference_campaign is not UNSET:
            field_dict["reference_campaign"] = reference_campaign
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if mailer_settings is not UNSET:
            field_dict["mailer_settings"] = mailer_settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tags = cast(list[int], d.pop("tags", UNSET))

        lists = cast(list[int], d.pop("lists", UNSET))

        wait_type = d.pop("wait_type", UNSET)

        wait_time_unit = d.pop("wait_time_unit", UNSET)

        send_email_to_type = d.pop("send_email_to_type", UNSET)

        reference_campaign = d.pop("reference_campaign", UNSET)

        def _parse_campaign(data: object) -> FunnelCampaign | list[EmptyPhpArrayItem] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_0 = FunnelCampaign.from_dict(data)

                return campaign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            campaign_type_1 = []
            _campaign_type_1 = data
            for componentsschemas_empty_php_array_item_data in _campaign_type_1:
                componentsschemas_empty_php_array_item = EmptyPhpArrayItem.from_dict(
                    componentsschemas_empty_php_array_item_data
                )

                campaign_type_1.append(componentsschemas_empty_php_array_item)

            return campaign_type_1

        campaign = _parse_campaign(d.pop("campaign", UNSET))

        def _parse_mailer_settings(data: object) -> list[EmptyPhpArrayItem] | MailerSettings | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailer_settings_type_0 = MailerSettings.from_dict(data)

                return mailer_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            mailer_settings_type_1 = []
            _mailer_settings_type_1 = data
            for componentsschemas_empty_php_array_item_data in _mailer_settings_type_1:
                componentsschemas_empty_php_array_item = EmptyPhpArrayItem.from_dict(
                    componentsschemas_empty_php_array_item_data
                )

                mailer_settings_type_1.append(componentsschemas_empty_php_array_item)

            return mailer_settings_type_1

        mailer_settings = _parse_mailer_settings(d.pop("mailer_settings", UNSET))

        funnel_step_settings_object = cls(
            tags=tags,
            lists=lists,
            wait_type=wait_type,
            wait_time_unit=wait_time_unit,
            send_email_to_type=send_email_to_type,
            reference_campaign=reference_campaign,
            campaign=campaign,
            mailer_settings=mailer_settings,
        )

        funnel_step_settings_object.additional_properties = d
        return funnel_step_settings_object

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
from ..models.empty_php_array_item import EmptyPhpArrayItem  # noqa: E402
from ..models.funnel_campaign import FunnelCampaign  # noqa: E402
from ..models.mailer_settings import MailerSettings  # noqa: E402
