from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_subscribe_input_comment_settings import AutoSubscribeInputCommentSettings
    from ..models.auto_subscribe_input_registration_setting import AutoSubscribeInputRegistrationSetting
    from ..models.auto_subscribe_input_user_syncing_settings import AutoSubscribeInputUserSyncingSettings


T = TypeVar("T", bound="AutoSubscribeInput")


@_attrs_define
class AutoSubscribeInput:
    """The three settings objects the free plugin saves. Each one is stored as sent, replacing the stored object; one
    that is left out is stored as an empty object, which reads back as the defaults.

        Attributes:
            registration_setting (AutoSubscribeInputRegistrationSetting | Unset):
            comment_settings (AutoSubscribeInputCommentSettings | Unset):
            user_syncing_settings (AutoSubscribeInputUserSyncingSettings | Unset):
    """

    registration_setting: AutoSubscribeInputRegistrationSetting | Unset = UNSET
    comment_settings: AutoSubscribeInputCommentSettings | Unset = UNSET
    user_syncing_settings: AutoSubscribeInputUserSyncingSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registration_setting, Unset):
            registration_setting = self.registration_setting.to_dict()

        comment_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment_settings, Unset):
            comment_settings = self.comment_settings.to_dict()

        user_syncing_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_syncing_settings, Unset):
            user_syncing_settings = self.user_syncing_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registration_setting is not UNSET:
            field_dict["registration_setting"] = registration_setting
        if comment_settings is not UNSET:
            field_dict["comment_settings"] = comment_settings
        if user_syncing_settings is not UNSET:
            field_dict["user_syncing_settings"] = user_syncing_settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _registration_setting = d.pop("registration_setting", UNSET)
        registration_setting: AutoSubscribeInputRegistrationSetting | Unset
        if isinstance(_registration_setting, Unset):
            registration_setting = UNSET
        else:
            registration_setting = AutoSubscribeInputRegistrationSetting.from_dict(_registration_setting)

        _comment_settings = d.pop("comment_settings", UNSET)
        comment_settings: AutoSubscribeInputCommentSettings | Unset
        if isinstance(_comment_settings, Unset):
            comment_settings = UNSET
        else:
            comment_settings = AutoSubscribeInputCommentSettings.from_dict(_comment_settings)

        _user_syncing_settings = d.pop("user_syncing_settings", UNSET)
        user_syncing_settings: AutoSubscribeInputUserSyncingSettings | Unset
        if isinstance(_user_syncing_settings, Unset):
            user_syncing_settings = UNSET
        else:
            user_syncing_settings = AutoSubscribeInputUserSyncingSettings.from_dict(_user_syncing_settings)

        auto_subscribe_input = cls(
            registration_setting=registration_setting,
            comment_settings=comment_settings,
            user_syncing_settings=user_syncing_settings,
        )

        auto_subscribe_input.additional_properties = d
        return auto_subscribe_input

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
from ..models.auto_subscribe_input_comment_settings import AutoSubscribeInputCommentSettings  # noqa: E402
from ..models.auto_subscribe_input_registration_setting import AutoSubscribeInputRegistrationSetting  # noqa: E402
from ..models.auto_subscribe_input_user_syncing_settings import AutoSubscribeInputUserSyncingSettings  # noqa: E402
