from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.double_optin_response_settings_fields import DoubleOptinResponseSettingsFields
    from ..models.double_optin_settings import DoubleOptinSettings


T = TypeVar("T", bound="DoubleOptinResponse")


@_attrs_define
class DoubleOptinResponse:
    """The double opt-in settings (`settings`); with `list_id`, also whether that list uses the global settings
    (`global_double_optin`); with `with[]=settings_fields`, the form description the admin screen draws.

        Attributes:
            settings (DoubleOptinSettings): The double opt-in e-mail and what happens after confirmation, globally or for
                one list. The default is served
                until something is saved; a saved object comes back exactly as it was sent.
            global_double_optin (str | Unset): Only with `list_id`. `yes` (the default) when the list follows the global
                settings.
            settings_fields (DoubleOptinResponseSettingsFields | Unset): Only with `with[]=settings_fields`. One form-field
                description per settings key.
    """

    settings: DoubleOptinSettings
    global_double_optin: str | Unset = UNSET
    settings_fields: DoubleOptinResponseSettingsFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings = self.settings.to_dict()

        global_double_optin = self.global_double_optin

        settings_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings_fields, Unset):
            settings_fields = self.settings_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settings": settings,
            }
        )
        if global_double_optin is not UNSET:
            field_dict["global_double_optin"] = global_double_optin
        if settings_fields is not UNSET:
            field_dict["settings_fields"] = settings_fields

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        settings = DoubleOptinSettings.from_dict(d.pop("settings"))

        global_double_optin = d.pop("global_double_optin", UNSET)

        _settings_fields = d.pop("settings_fields", UNSET)
        settings_fields: DoubleOptinResponseSettingsFields | Unset
        if isinstance(_settings_fields, Unset):
            settings_fields = UNSET
        else:
            settings_fields = DoubleOptinResponseSettingsFields.from_dict(_settings_fields)

        double_optin_response = cls(
            settings=settings,
            global_double_optin=global_double_optin,
            settings_fields=settings_fields,
        )

        double_optin_response.additional_properties = d
        return double_optin_response

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
from ..models.double_optin_response_settings_fields import DoubleOptinResponseSettingsFields  # noqa: E402
from ..models.double_optin_settings import DoubleOptinSettings  # noqa: E402
