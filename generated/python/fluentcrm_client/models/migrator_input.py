from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migrator_input_driver import MigratorInputDriver, check_migrator_input_driver
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migrator_input_credential import MigratorInputCredential
    from ..models.migrator_input_map_settings import MigratorInputMapSettings


T = TypeVar("T", bound="MigratorInput")


@_attrs_define
class MigratorInput:
    """Which migrator to use and the account to read from. The remaining keys (`map_settings`, `tags`, `lists`,
    `import_page`, ...) depend on the migrator and are passed to it unchanged.

        Attributes:
            driver (MigratorInputDriver): A key of `GET /migrators` (case matters).
            credential (MigratorInputCredential | Unset): The values of the migrator's `credentials` keys.
            map_settings (MigratorInputMapSettings | Unset): The tag, list and field mapping chosen from `GET
                /migrators/list-tag-mappings`.
    """

    driver: MigratorInputDriver
    credential: MigratorInputCredential | Unset = UNSET
    map_settings: MigratorInputMapSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        driver: str = self.driver

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        map_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.map_settings, Unset):
            map_settings = self.map_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "driver": driver,
            }
        )
        if credential is not UNSET:
            field_dict["credential"] = credential
        if map_settings is not UNSET:
            field_dict["map_settings"] = map_settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        driver = check_migrator_input_driver(d.pop("driver"))

        _credential = d.pop("credential", UNSET)
        credential: MigratorInputCredential | Unset
        if isinstance(_credential, Unset):
            credential = UNSET
        else:
            credential = MigratorInputCredential.from_dict(_credential)

        _map_settings = d.pop("map_settings", UNSET)
        map_settings: MigratorInputMapSettings | Unset
        if isinstance(_map_settings, Unset):
            map_settings = UNSET
        else:
            map_settings = MigratorInputMapSettings.from_dict(_map_settings)

        migrator_input = cls(
            driver=driver,
            credential=credential,
            map_settings=map_settings,
        )

        migrator_input.additional_properties = d
        return migrator_input

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
from ..models.migrator_input_credential import MigratorInputCredential  # noqa: E402
from ..models.migrator_input_map_settings import MigratorInputMapSettings  # noqa: E402
