from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_settings_input_settings_email_settings import GlobalSettingsInputSettingsEmailSettings


T = TypeVar("T", bound="GlobalSettingsInputSettings")


@_attrs_define
class GlobalSettingsInputSettings:
    """Entry name to new value.

    Attributes:
        email_settings (GlobalSettingsInputSettingsEmailSettings | Unset): The e-mail defaults (see `EmailSettings`);
            `email_footer` must hold an unsubscribe link.
    """

    email_settings: GlobalSettingsInputSettingsEmailSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_settings, Unset):
            email_settings = self.email_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_settings is not UNSET:
            field_dict["email_settings"] = email_settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _email_settings = d.pop("email_settings", UNSET)
        email_settings: GlobalSettingsInputSettingsEmailSettings | Unset
        if isinstance(_email_settings, Unset):
            email_settings = UNSET
        else:
            email_settings = GlobalSettingsInputSettingsEmailSettings.from_dict(_email_settings)

        global_settings_input_settings = cls(
            email_settings=email_settings,
        )

        global_settings_input_settings.additional_properties = d
        return global_settings_input_settings

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
from ..models.global_settings_input_settings_email_settings import GlobalSettingsInputSettingsEmailSettings  # noqa: E402
