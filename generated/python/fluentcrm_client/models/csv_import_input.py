from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.csv_import_input_delimiter import CsvImportInputDelimiter, check_csv_import_input_delimiter
from ..models.csv_import_input_double_optin_email import (
    CsvImportInputDoubleOptinEmail,
    check_csv_import_input_double_optin_email,
)
from ..models.csv_import_input_force_update_status import (
    CsvImportInputForceUpdateStatus,
    check_csv_import_input_force_update_status,
)
from ..models.import_status_input import ImportStatusInput, check_import_status_input
from ..models.import_update_input_value import ImportUpdateInputValue, check_import_update_input_value
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.csv_column_map import CsvColumnMap


T = TypeVar("T", bound="CsvImportInput")


@_attrs_define
class CsvImportInput:
    """Import one page (500 rows) of a staged CSV file. Repeat with `importing_page` increased while `has_more` is true.

    Attributes:
        file (str): The `file` name `POST /import/csv-upload` returned.
        map (list[CsvColumnMap]): Where each column goes; a mapping for `email` is required.
        new_status (ImportStatusInput): The status given to imported contacts that are new (existing ones keep theirs
            unless it is a strict status such as `unsubscribed`, or `force_update_status` is `yes`).
        tags (list[int] | Unset): Ids of tags to attach to every imported contact.
        lists (list[int] | Unset): Ids of lists to attach to every imported contact.
        update (bool | ImportUpdateInputValue | Unset): Whether contacts whose e-mail already exists are updated with
            the imported values (and get the import's tags and
            lists). Only JSON `true` or the string `"true"` does that; anything else, `"yes"` included, leaves existing
            contacts as they are without reporting them as skipped.
        double_optin_email (CsvImportInputDoubleOptinEmail | Unset): `yes` sends the double opt-in e-mail to new
            `pending` contacts.
        force_update_status (CsvImportInputForceUpdateStatus | Unset): `yes` also changes the status of existing
            contacts.
        importing_page (int | Unset):  Default: 1.
        delimiter (CsvImportInputDelimiter | Unset):  Default: 'comma'.
    """

    file: str
    map: list[CsvColumnMap]
    new_status: ImportStatusInput
    tags: list[int] | Unset = UNSET
    lists: list[int] | Unset = UNSET
    update: bool | ImportUpdateInputValue | Unset = UNSET
    double_optin_email: CsvImportInputDoubleOptinEmail | Unset = UNSET
    force_update_status: CsvImportInputForceUpdateStatus | Unset = UNSET
    importing_page: int | Unset = 1
    delimiter: CsvImportInputDelimiter | Unset = "comma"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        map = []
        for map_item_data in self.map:
            map_item = map_item_data.to_dict()
            map.append(map_item)

        new_status: str = self.new_status

        tags: list[int] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        lists: list[int] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

        update: bool | str | Unset
        if isinstance(self.update, Unset):
            update = UNSET
        elif isinstance(self.update, str):
            update = self.update
        else:
            update = self.update

        double_optin_email: str | Unset = UNSET
        if not isinstance(self.double_optin_email, Unset):
            double_optin_email = self.double_optin_email

        force_update_status: str | Unset = UNSET
        if not isinstance(self.force_update_status, Unset):
            force_update_status = self.force_update_status

        importing_page = self.importing_page

        delimiter: str | Unset = UNSET
        if not isinstance(self.delimiter, Unset):
            delimiter = self.delimiter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "map": map,
                "new_status": new_status,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if lists is not UNSET:
            field_dict["lists"] = lists
        if update is not UNSET:
            field_dict["update"] = update
        if double_optin_email is not UNSET:
            field_dict["double_optin_email"] = double_optin_email
        if force_update_status is not UNSET:
            field_dict["force_update_status"] = force_update_status
        if importing_page is not UNSET:
            field_dict["importing_page"] = importing_page
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        map = []
        _map = d.pop("map")
        for map_item_data in _map:
            map_item = CsvColumnMap.from_dict(map_item_data)

            map.append(map_item)

        new_status = check_import_status_input(d.pop("new_status"))

        tags = cast(list[int], d.pop("tags", UNSET))

        lists = cast(list[int], d.pop("lists", UNSET))

        def _parse_update(data: object) -> bool | ImportUpdateInputValue | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_import_update_input_import_update_input_value = check_import_update_input_value(data)

                return componentsschemas_import_update_input_import_update_input_value
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ImportUpdateInputValue | Unset, data)

        update = _parse_update(d.pop("update", UNSET))

        _double_optin_email = d.pop("double_optin_email", UNSET)
        double_optin_email: CsvImportInputDoubleOptinEmail | Unset
        if isinstance(_double_optin_email, Unset):
            double_optin_email = UNSET
        else:
            double_optin_email = check_csv_import_input_double_optin_email(_double_optin_email)

        _force_update_status = d.pop("force_update_status", UNSET)
        force_update_status: CsvImportInputForceUpdateStatus | Unset
        if isinstance(_force_update_status, Unset):
            force_update_status = UNSET
        else:
            force_update_status = check_csv_import_input_force_update_status(_force_update_status)

        importing_page = d.pop("importing_page", UNSET)

        _delimiter = d.pop("delimiter", UNSET)
        delimiter: CsvImportInputDelimiter | Unset
        if isinstance(_delimiter, Unset):
            delimiter = UNSET
        else:
            delimiter = check_csv_import_input_delimiter(_delimiter)

        csv_import_input = cls(
            file=file,
            map=map,
            new_status=new_status,
            tags=tags,
            lists=lists,
            update=update,
            double_optin_email=double_optin_email,
            force_update_status=force_update_status,
            importing_page=importing_page,
            delimiter=delimiter,
        )

        csv_import_input.additional_properties = d
        return csv_import_input

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
from ..models.csv_column_map import CsvColumnMap  # noqa: E402
