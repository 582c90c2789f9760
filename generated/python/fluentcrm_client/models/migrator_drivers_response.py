from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.migrator_drivers_response_drivers import MigratorDriversResponseDrivers


T = TypeVar("T", bound="MigratorDriversResponse")


@_attrs_define
class MigratorDriversResponse:
    """
    Attributes:
        drivers (MigratorDriversResponseDrivers): The migrators by driver name (`mailchimp`, `ConvertKit`, `MailerLite`,
            `Drip`, `ActiveCampaign`).
    """

    drivers: MigratorDriversResponseDrivers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drivers = self.drivers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "drivers": drivers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drivers = MigratorDriversResponseDrivers.from_dict(d.pop("drivers"))

        migrator_drivers_response = cls(
            drivers=drivers,
        )

        migrator_drivers_response.additional_properties = d
        return migrator_drivers_response

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
from ..models.migrator_drivers_response_drivers import MigratorDriversResponseDrivers  # noqa: E402
