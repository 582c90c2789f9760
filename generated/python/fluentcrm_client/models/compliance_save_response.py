from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compliance_save_response_settings import ComplianceSaveResponseSettings


T = TypeVar("T", bound="ComplianceSaveResponse")


@_attrs_define
class ComplianceSaveResponse:
    """The confirmation and the values stored, exactly the known keys that were sent (each passed through
    `sanitize_text_field`).

        Attributes:
            message (str):
            settings (ComplianceSaveResponseSettings | list[str]): The stored keys; `[]` when none of the known keys was
                sent.
    """

    message: str
    settings: ComplianceSaveResponseSettings | list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        settings: dict[str, Any] | list[str]
        if isinstance(self.settings, ComplianceSaveResponseSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_settings(data: object) -> ComplianceSaveResponseSettings | list[str]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_settings = ComplianceSaveResponseSettings.from_dict(data)

                return settings_settings
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            settings_type_1 = cast(list[str], data)

            return settings_type_1

        settings = _parse_settings(d.pop("settings"))

        compliance_save_response = cls(
            message=message,
            settings=settings,
        )

        compliance_save_response.additional_properties = d
        return compliance_save_response

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
from ..models.compliance_save_response_settings import ComplianceSaveResponseSettings  # noqa: E402
