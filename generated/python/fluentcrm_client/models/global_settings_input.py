from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_settings_input_settings import GlobalSettingsInputSettings


T = TypeVar("T", bound="GlobalSettingsInput")


@_attrs_define
class GlobalSettingsInput:
    """Entries to merge into the global settings option. Each key of `settings` replaces the stored entry of that name
    as a whole; keys not sent stay as they are. An `email_settings.email_footer` without an unsubscribe or
    subscription-management link is refused with 422.

        Attributes:
            settings (GlobalSettingsInputSettings | Unset): Entry name to new value.
    """

    settings: GlobalSettingsInputSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _settings = d.pop("settings", UNSET)
        settings: GlobalSettingsInputSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = GlobalSettingsInputSettings.from_dict(_settings)

        global_settings_input = cls(
            settings=settings,
        )

        global_settings_input.additional_properties = d
        return global_settings_input

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
from ..models.global_settings_input_settings import GlobalSettingsInputSettings  # noqa: E402
