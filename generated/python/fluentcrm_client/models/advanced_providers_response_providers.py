from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.advanced_providers_response_providers_additional_property import (
        AdvancedProvidersResponseProvidersAdditionalProperty,
    )


T = TypeVar("T", bound="AdvancedProvidersResponseProviders")


@_attrs_define
class AdvancedProvidersResponseProviders:
    additional_properties: dict[str, AdvancedProvidersResponseProvidersAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        advanced_providers_response_providers = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = AdvancedProvidersResponseProvidersAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        advanced_providers_response_providers.additional_properties = additional_properties
        return advanced_providers_response_providers

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AdvancedProvidersResponseProvidersAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AdvancedProvidersResponseProvidersAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.advanced_providers_response_providers_additional_property import (
    AdvancedProvidersResponseProvidersAdditionalProperty,  # noqa: E402
)
