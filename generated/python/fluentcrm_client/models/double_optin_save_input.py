from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no_input import YesNoInput, check_yes_no_input
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.double_optin_settings_input import DoubleOptinSettingsInput


T = TypeVar("T", bound="DoubleOptinSaveInput")


@_attrs_define
class DoubleOptinSaveInput:
    """What `PUT /setting/double-optin` reads: the `settings` object, and optionally the list it belongs to. Without
    `settings` FluentCRM 2.9.84 crashes (500).

        Attributes:
            settings (DoubleOptinSettingsInput): The double opt-in settings to store. `email_subject`, `email_body` and
                `after_confirm_message` are required,
                and `email_body` must contain `#activate_link#` or `{{crm.activate_button`. The object is stored as sent.
            list_id (int | Unset): Store the settings for this list instead of globally.
            global_double_optin (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes`
                as on.
    """

    settings: DoubleOptinSettingsInput
    list_id: int | Unset = UNSET
    global_double_optin: YesNoInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings = self.settings.to_dict()

        list_id = self.list_id

        global_double_optin: str | Unset = UNSET
        if not isinstance(self.global_double_optin, Unset):
            global_double_optin = self.global_double_optin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settings": settings,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if global_double_optin is not UNSET:
            field_dict["global_double_optin"] = global_double_optin

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        settings = DoubleOptinSettingsInput.from_dict(d.pop("settings"))

        list_id = d.pop("list_id", UNSET)

        _global_double_optin = d.pop("global_double_optin", UNSET)
        global_double_optin: YesNoInput | Unset
        if isinstance(_global_double_optin, Unset):
            global_double_optin = UNSET
        else:
            global_double_optin = check_yes_no_input(_global_double_optin)

        double_optin_save_input = cls(
            settings=settings,
            list_id=list_id,
            global_double_optin=global_double_optin,
        )

        double_optin_save_input.additional_properties = d
        return double_optin_save_input

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
from ..models.double_optin_settings_input import DoubleOptinSettingsInput  # noqa: E402
