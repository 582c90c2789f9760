from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_driver_run_input_config import ImportDriverRunInputConfig


T = TypeVar("T", bound="ImportDriverRunInput")


@_attrs_define
class ImportDriverRunInput:
    """One page of an import through a driver (only `users` exists on the free plugin).

    Attributes:
        config (ImportDriverRunInputConfig): The driver's settings; for `users` the roles, and what to do with the
            contacts.
        importing_page (int):
    """

    config: ImportDriverRunInputConfig
    importing_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        importing_page = self.importing_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "importing_page": importing_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = ImportDriverRunInputConfig.from_dict(d.pop("config"))

        importing_page = d.pop("importing_page")

        import_driver_run_input = cls(
            config=config,
            importing_page=importing_page,
        )

        import_driver_run_input.additional_properties = d
        return import_driver_run_input

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
from ..models.import_driver_run_input_config import ImportDriverRunInputConfig  # noqa: E402
