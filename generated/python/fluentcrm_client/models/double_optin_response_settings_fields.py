from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.form_field_description import FormFieldDescription


T = TypeVar("T", bound="DoubleOptinResponseSettingsFields")


@_attrs_define
class DoubleOptinResponseSettingsFields:
    """Only with `with[]=settings_fields`. One form-field description per settings key."""

    additional_properties: dict[str, FormFieldDescription] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        double_optin_response_settings_fields = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = FormFieldDescription.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        double_optin_response_settings_fields.additional_properties = additional_properties
        return double_optin_response_settings_fields

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FormFieldDescription:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FormFieldDescription) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.form_field_description import FormFieldDescription  # noqa: E402
