from __future__ import annotations

import builtins
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.csv_upload_input_delimiter import CsvUploadInputDelimiter, check_csv_upload_input_delimiter
from ..models.csv_upload_input_type import CsvUploadInputType, check_csv_upload_input_type
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CsvUploadInput")


@_attrs_define
class CsvUploadInput:
    """The CSV file to stage for an import, as `multipart/form-data`.

    Attributes:
        file (File | Unset): The CSV file; its first row holds the column headers. The file name must end in `.csv` or
            `.txt` and the
            content must be text; anything else is refused (422).
            Without this part the server still answers 200, with `file: null`.
        delimiter (CsvUploadInputDelimiter | Unset): The column separator, used to read the header row. Default:
            'comma'.
        type (CsvUploadInputType | Unset): `company` maps the headers to company fields instead of contact fields.
    """

    file: File | Unset = UNSET
    delimiter: CsvUploadInputDelimiter | Unset = "comma"
    type: CsvUploadInputType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        delimiter: str | Unset = UNSET
        if not isinstance(self.delimiter, Unset):
            delimiter = self.delimiter

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if delimiter is not UNSET:
            field_dict["delimiter"] = delimiter
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.delimiter, Unset):
            files.append(("delimiter", (None, str(self.delimiter).encode(), "text/plain")))

        if not isinstance(self.type, Unset):
            files.append(("type", (None, str(self.type).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        _delimiter = d.pop("delimiter", UNSET)
        delimiter: CsvUploadInputDelimiter | Unset
        if isinstance(_delimiter, Unset):
            delimiter = UNSET
        else:
            delimiter = check_csv_upload_input_delimiter(_delimiter)

        _type = d.pop("type", UNSET)
        type: CsvUploadInputType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_csv_upload_input_type(_type)

        csv_upload_input = cls(
            file=file,
            delimiter=delimiter,
            type=type,
        )

        csv_upload_input.additional_properties = d
        return csv_upload_input

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
