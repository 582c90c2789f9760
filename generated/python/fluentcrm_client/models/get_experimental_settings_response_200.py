from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.experimental_settings import ExperimentalSettings


T = TypeVar("T", bound="GetExperimentalSettingsResponse200")


@_attrs_define
class GetExperimentalSettingsResponse200:
    """
    Attributes:
        settings (ExperimentalSettings): Feature switches of FluentCRM's "experimental" screen
            (`_fluentcrm_experimental_settings`), stored values merged
            over the defaults. Three of them add a whole feature and its database table the first time they are switched
            on: `company_module` (companies and the `/companies` routes), `event_tracking` (contact events) and
            `activity_log` (`/setting/activity-logs`). Switching them off again hides the feature but keeps the table.
    """

    settings: ExperimentalSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        settings = ExperimentalSettings.from_dict(d.pop("settings"))

        get_experimental_settings_response_200 = cls(
            settings=settings,
        )

        get_experimental_settings_response_200.additional_properties = d
        return get_experimental_settings_response_200

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
from ..models.experimental_settings import ExperimentalSettings  # noqa: E402
