from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.integrations_response_integrations_item import IntegrationsResponseIntegrationsItem


T = TypeVar("T", bound="IntegrationsResponse")


@_attrs_define
class IntegrationsResponse:
    """The deep-integration providers (WooCommerce, Easy Digital Downloads, ...) that add-ons register. The free plugin
    registers none, so the list is empty unless FluentCRM Pro is installed.

        Attributes:
            integrations (list[IntegrationsResponseIntegrationsItem]):
    """

    integrations: list[IntegrationsResponseIntegrationsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integrations = []
        for integrations_item_data in self.integrations:
            integrations_item = integrations_item_data.to_dict()
            integrations.append(integrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrations": integrations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        integrations = []
        _integrations = d.pop("integrations")
        for integrations_item_data in _integrations:
            integrations_item = IntegrationsResponseIntegrationsItem.from_dict(integrations_item_data)

            integrations.append(integrations_item)

        integrations_response = cls(
            integrations=integrations,
        )

        integrations_response.additional_properties = d
        return integrations_response

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
from ..models.integrations_response_integrations_item import IntegrationsResponseIntegrationsItem  # noqa: E402
