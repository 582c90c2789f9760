from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_csv_import_input_create_owner import (
    CompanyCsvImportInputCreateOwner,
    check_company_csv_import_input_create_owner,
)
from ..models.company_csv_import_input_update import CompanyCsvImportInputUpdate, check_company_csv_import_input_update
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_csv_import_input_map_item import CompanyCsvImportInputMapItem


T = TypeVar("T", bound="CompanyCsvImportInput")


@_attrs_define
class CompanyCsvImportInput:
    """One page of a company import from a CSV file that was uploaded before (the upload route answers with the stored
    file name). `map` pairs CSV columns with company columns.

        Attributes:
            file (str): Name of the uploaded file, as the upload answered it.
            map (list[CompanyCsvImportInputMapItem]):
            update (CompanyCsvImportInputUpdate | Unset): Whether existing companies (same name) are updated.
            create_owner (CompanyCsvImportInputCreateOwner | Unset):
            importing_page (int | Unset):
    """

    file: str
    map: list[CompanyCsvImportInputMapItem]
    update: CompanyCsvImportInputUpdate | Unset = UNSET
    create_owner: CompanyCsvImportInputCreateOwner | Unset = UNSET
    importing_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        map = []
        for map_item_data in self.map:
            map_item = map_item_data.to_dict()
            map.append(map_item)

        update: str | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = self.update

        create_owner: str | Unset = UNSET
        if not isinstance(self.create_owner, Unset):
            create_owner = self.create_owner

        importing_page = self.importing_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "map": map,
            }
        )
        if update is not UNSET:
            field_dict["update"] = update
        if create_owner is not UNSET:
            field_dict["create_owner"] = create_owner
        if importing_page is not UNSET:
            field_dict["importing_page"] = importing_page

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        map = []
        _map = d.pop("map")
        for map_item_data in _map:
            map_item = CompanyCsvImportInputMapItem.from_dict(map_item_data)

            map.append(map_item)

        _update = d.pop("update", UNSET)
        update: CompanyCsvImportInputUpdate | Unset
        if isinstance(_update, Unset):
            update = UNSET
        else:
            update = check_company_csv_import_input_update(_update)

        _create_owner = d.pop("create_owner", UNSET)
        create_owner: CompanyCsvImportInputCreateOwner | Unset
        if isinstance(_create_owner, Unset):
            create_owner = UNSET
        else:
            create_owner = check_company_csv_import_input_create_owner(_create_owner)

        importing_page = d.pop("importing_page", UNSET)

        company_csv_import_input = cls(
            file=file,
            map=map,
            update=update,
            create_owner=create_owner,
            importing_page=importing_page,
        )

        company_csv_import_input.additional_properties = d
        return company_csv_import_input

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
from ..models.company_csv_import_input_map_item import CompanyCsvImportInputMapItem  # noqa: E402
