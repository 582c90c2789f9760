from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comment_subscribe_settings import CommentSubscribeSettings
    from ..models.registration_subscribe_settings import RegistrationSubscribeSettings
    from ..models.role_based_tagging_settings import RoleBasedTaggingSettings
    from ..models.settings_form_section import SettingsFormSection
    from ..models.user_sync_settings import UserSyncSettings


T = TypeVar("T", bound="AutoSubscribeResponse")


@_attrs_define
class AutoSubscribeResponse:
    """The automatic-subscription settings, each with FluentCRM's defaults until saved; with `with[]=fields`, also the
    four form sections describing them.

        Attributes:
            registration_setting (RegistrationSubscribeSettings): Whether new WordPress users become contacts, and which
                list and tags they get.
            comment_settings (CommentSubscribeSettings): Whether visitors who comment become contacts through a checkbox on
                the comment form.
            user_syncing_settings (UserSyncSettings): Whether WordPress user data and contact data are kept in step.
            role_based_tagging_settings (RoleBasedTaggingSettings): Tags added or removed when a user gets a role. Read-only
                on the free plugin: only FluentCRM Pro saves it.
            registration_fields (SettingsFormSection | Unset): A titled group of settings fields as the admin screen draws
                it (the `*_fields` of the auto-subscribe settings).
            comment_fields (SettingsFormSection | Unset): A titled group of settings fields as the admin screen draws it
                (the `*_fields` of the auto-subscribe settings).
            user_syncing_fields (SettingsFormSection | Unset): A titled group of settings fields as the admin screen draws
                it (the `*_fields` of the auto-subscribe settings).
            role_based_tagging_settings_fields (SettingsFormSection | Unset): A titled group of settings fields as the admin
                screen draws it (the `*_fields` of the auto-subscribe settings).
    """

    registration_setting: RegistrationSubscribeSettings
    comment_settings: CommentSubscribeSettings
    user_syncing_settings: UserSyncSettings
    role_based_tagging_settings: RoleBasedTaggingSettings
    registration_fields: SettingsFormSection | Unset = UNSET
    comment_fields: SettingsFormSection | Unset = UNSET
    user_syncing_fields: SettingsFormSection | Unset = UNSET
    role_based_tagging_settings_fields: SettingsFormSection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_setting = self.registration_setting.to_dict()

        comment_settings = self.comment_settings.to_dict()

        user_syncing_settings = self.user_syncing_settings.to_dict()

        role_based_tagging_settings = self.role_based_tagging_settings.to_dict()

        registration_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registration_fields, Unset):
            registration_fields = self.registration_fields.to_dict()

        comment_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment_fields, Unset):
            comment_fields = self.comment_fields.to_dict()

        user_syncing_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_syncing_fields, Unset):
            user_syncing_fields = self.user_syncing_fields.to_dict()

        role_based_tagging_settings_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role_based_tagging_settings_fields, Unset):
            role_based_tagging_settings_fields = self.role_based_tagging_settings_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registration_setting": registration_setting,
                "comment_settings": comment_settings,
                "user_syncing_settings": user_syncing_settings,
                "role_based_tagging_settings": role_based_tagging_settings,
            }
        )
        if registration_fields is not UNSET:
            field_dict["registration_fields"] = registration_fields
        if comment_fields is not UNSET:
            field_dict["comment_fields"] = comment_fields
        if user_syncing_fields is not UNSET:
            field_dict["user_syncing_fields"] = user_syncing_fields
        if role_based_tagging_settings_fields is not UNSET:
            field_dict["role_based_tagging_settings_fields"] = role_based_tagging_settings_fields

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registration_setting = RegistrationSubscribeSettings.from_dict(d.pop("registration_setting"))

        comment_settings = CommentSubscribeSettings.from_dict(d.pop("comment_settings"))

        user_syncing_settings = UserSyncSettings.from_dict(d.pop("user_syncing_settings"))

        role_based_tagging_settings = RoleBasedTaggingSettings.from_dict(d.pop("role_based_tagging_settings"))

        _registration_fields = d.pop("registration_fields", UNSET)
        registration_fields: SettingsFormSection | Unset
        if isinstance(_registration_fields, Unset):
            registration_fields = UNSET
        else:
            registration_fields = SettingsFormSection.from_dict(_registration_fields)

        _comment_fields = d.pop("comment_fields", UNSET)
        comment_fields: SettingsFormSection | Unset
        if isinstance(_comment_fields, Unset):
            comment_fields = UNSET
        else:
            comment_fields = SettingsFormSection.from_dict(_comment_fields)

        _user_syncing_fields = d.pop("user_syncing_fields", UNSET)
        user_syncing_fields: SettingsFormSection | Unset
        if isinstance(_user_syncing_fields, Unset):
            user_syncing_fields = UNSET
        else:
            user_syncing_fields = SettingsFormSection.from_dict(_user_syncing_fields)

        _role_based_tagging_settings_fields = d.pop("role_based_tagging_settings_fields", UNSET)
        role_based_tagging_settings_fields: SettingsFormSection | Unset
        if isinstance(_role_based_tagging_settings_fields, Unset):
            role_based_tagging_settings_fields = UNSET
        else:
            role_based_tagging_settings_fields = SettingsFormSection.from_dict(_role_based_tagging_settings_fields)

        auto_subscribe_response = cls(
            registration_setting=registration_setting,
            comment_settings=comment_settings,
            user_syncing_settings=user_syncing_settings,
            role_based_tagging_settings=role_based_tagging_settings,
            registration_fields=registration_fields,
            comment_fields=comment_fields,
            user_syncing_fields=user_syncing_fields,
            role_based_tagging_settings_fields=role_based_tagging_settings_fields,
        )

        auto_subscribe_response.additional_properties = d
        return auto_subscribe_response

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
from ..models.comment_subscribe_settings import CommentSubscribeSettings  # noqa: E402
from ..models.registration_subscribe_settings import RegistrationSubscribeSettings  # noqa: E402
from ..models.role_based_tagging_settings import RoleBasedTaggingSettings  # noqa: E402
from ..models.settings_form_section import SettingsFormSection  # noqa: E402
from ..models.user_sync_settings import UserSyncSettings  # noqa: E402
