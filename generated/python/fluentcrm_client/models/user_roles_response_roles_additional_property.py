from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_roles_response_roles_additional_property_capabilities import (
        UserRolesResponseRolesAdditionalPropertyCapabilities,
    )


T = TypeVar("T", bound="UserRolesResponseRolesAdditionalProperty")


@_attrs_define
class UserRolesResponseRolesAdditionalProperty:
    """
    Attributes:
        name (str):
        capabilities (list[str] | UserRolesResponseRolesAdditionalPropertyCapabilities): Capability name → granted; `[]`
            for a role without capabilities.
    """

    name: str
    capabilities: list[str] | UserRolesResponseRolesAdditionalPropertyCapabilities
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        capabilities: dict[str, Any] | list[str]
        if isinstance(self.capabilities, UserRolesResponseRolesAdditionalPropertyCapabilities):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "capabilities": capabilities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_capabilities(data: object) -> list[str] | UserRolesResponseRolesAdditionalPropertyCapabilities:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capabilities_capabilities = UserRolesResponseRolesAdditionalPropertyCapabilities.from_dict(data)

                return capabilities_capabilities
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            capabilities_type_1 = cast(list[str], data)

            return capabilities_type_1

        capabilities = _parse_capabilities(d.pop("capabilities"))

        user_roles_response_roles_additional_property = cls(
            name=name,
            capabilities=capabilities,
        )

        user_roles_response_roles_additional_property.additional_properties = d
        return user_roles_response_roles_additional_property

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
from ..models.user_roles_response_roles_additional_property_capabilities import (
    UserRolesResponseRolesAdditionalPropertyCapabilities,  # noqa: E402
)
