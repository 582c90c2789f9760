from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.csv_column_map import CsvColumnMap
    from ..models.csv_upload_response_fields import CsvUploadResponseFields


T = TypeVar("T", bound="CsvUploadResponse")


@_attrs_define
class CsvUploadResponse:
    """The staged file and a first guess at mapping its columns. There is no `__bench`: the controller answers with
    `send()`.

        Attributes:
            file (None | str): The name the server stored the file under (`fluentcrm-<md5>-fluentcrm-<original name>`), to
                pass to
                `POST /import/csv-import`; `null` when the request carried no file.
            headers (list[str]): The header row of the file, in order.
            fields (CsvUploadResponseFields): The fields a column can be mapped to, with their labels (contact fields, or
                company fields with `type=company`).
            columns (list[str]): The keys of `fields`, in order.
            map (list[CsvColumnMap]): One entry per header. `table` is the field whose key or label matches the header
                (ignoring case, spaces
                becoming `_`), otherwise the header turned into a slug.
    """

    file: None | str
    headers: list[str]
    fields: CsvUploadResponseFields
    columns: list[str]
    map: list[CsvColumnMap]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: None | str
        file = self.file

        headers = self.headers

        fields = self.fields.to_dict()

        columns = self.columns

        map = []
        for map_item_data in self.map:
            map_item = map_item_data.to_dict()
            map.append(map_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "headers": headers,
                "fields": fields,
                "columns": columns,
                "map": map,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        headers = cast(list[str], d.pop("headers"))

        fields = CsvUploadResponseFields.from_dict(d.pop("fields"))

        columns = cast(list[str], d.pop("columns"))

        map = []
        _map = d.pop("map")
        for map_item_data in _map:
            map_item = CsvColumnMap.from_dict(map_item_data)

            map.append(map_item)

        csv_upload_response = cls(
            file=file,
            headers=headers,
            fields=fields,
            columns=columns,
            map=map,
        )

        csv_upload_response.additional_properties = d
        return csv_upload_response

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
from ..models.csv_upload_response_fields import CsvUploadResponseFields  # noqa: E402
