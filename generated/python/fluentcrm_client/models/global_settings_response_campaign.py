from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_settings_response_campaign_from import GlobalSettingsResponseCampaignFrom


T = TypeVar("T", bound="GlobalSettingsResponseCampaign")


@_attrs_define
class GlobalSettingsResponseCampaign:
    """Stored by the installer: `{"from": {"name": "", "email": ""}}`.

    Attributes:
        sender (GlobalSettingsResponseCampaignFrom | Unset):
    """

    sender: GlobalSettingsResponseCampaignFrom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender is not UNSET:
            field_dict["from"] = sender

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sender = d.pop("from", UNSET)
        sender: GlobalSettingsResponseCampaignFrom | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = GlobalSettingsResponseCampaignFrom.from_dict(_sender)

        global_settings_response_campaign = cls(
            sender=sender,
        )

        global_settings_response_campaign.additional_properties = d
        return global_settings_response_campaign

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
from ..models.global_settings_response_campaign_from import GlobalSettingsResponseCampaignFrom  # noqa: E402
