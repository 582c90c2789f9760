from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.advanced_providers_response_providers import AdvancedProvidersResponseProviders
    from ..models.advanced_providers_response_providers_item import AdvancedProvidersResponseProvidersItem


T = TypeVar("T", bound="AdvancedProvidersResponse")


@_attrs_define
class AdvancedProvidersResponse:
    """
    Attributes:
        providers (AdvancedProvidersResponseProviders | list[AdvancedProvidersResponseProvidersItem]): Advanced report
            providers registered by add-ons, by name; `[]` when there are none (always on the free plugin).
    """

    providers: AdvancedProvidersResponseProviders | list[AdvancedProvidersResponseProvidersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        providers: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.providers, list):
            providers = []
            for providers_type_0_item_data in self.providers:
                providers_type_0_item = providers_type_0_item_data.to_dict()
                providers.append(providers_type_0_item)

        else:
            providers = self.providers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providers": providers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_providers(
            data: object,
        ) -> AdvancedProvidersResponseProviders | list[AdvancedProvidersResponseProvidersItem]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                providers_type_0 = []
                _providers_type_0 = data
                for providers_type_0_item_data in _providers_type_0:
                    providers_type_0_item = AdvancedProvidersResponseProvidersItem.from_dict(providers_type_0_item_data)

                    providers_type_0.append(providers_type_0_item)

                return providers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            providers_providers = AdvancedProvidersResponseProviders.from_dict(data)

            return providers_providers

        providers = _parse_providers(d.pop("providers"))

        advanced_providers_response = cls(
            providers=providers,
        )

        advanced_providers_response.additional_properties = d
        return advanced_providers_response

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
from ..models.advanced_providers_response_providers import AdvancedProvidersResponseProviders  # noqa: E402
from ..models.advanced_providers_response_providers_item import AdvancedProvidersResponseProvidersItem  # noqa: E402
