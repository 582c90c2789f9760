from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_record import ContactRecord
    from ..models.csv_import_response_result_skips_item import CsvImportResponseResultSkipsItem
    from ..models.imported_contact import ImportedContact


T = TypeVar("T", bound="CsvImportResponseResult")


@_attrs_define
class CsvImportResponseResult:
    """
    Attributes:
        inserted (list[ImportedContact]):
        updated (list[ContactRecord]): The existing contacts the import changed, with all their columns.
        skips (list[CsvImportResponseResultSkipsItem]):
        errors (list[str] | str): `""` when nothing failed.
    """

    inserted: list[ImportedContact]
    updated: list[ContactRecord]
    skips: list[CsvImportResponseResultSkipsItem]
    errors: list[str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inserted = []
        for inserted_item_data in self.inserted:
            inserted_item = inserted_item_data.to_dict()
            inserted.append(inserted_item)

        updated = []
        for updated_item_data in self.updated:
            updated_item = updated_item_data.to_dict()
            updated.append(updated_item)

        skips = []
        for skips_item_data in self.skips:
            skips_item = skips_item_data.to_dict()
            skips.append(skips_item)

        errors: list[str] | str
        if isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inserted": inserted,
                "updated": updated,
                "skips": skips,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inserted = []
        _inserted = d.pop("inserted")
        for inserted_item_data in _inserted:
            inserted_item = ImportedContact.from_dict(inserted_item_data)

            inserted.append(inserted_item)

        updated = []
        _updated = d.pop("updated")
        for updated_item_data in _updated:
            updated_item = ContactRecord.from_dict(updated_item_data)

            updated.append(updated_item)

        skips = []
        _skips = d.pop("skips")
        for skips_item_data in _skips:
            skips_item = CsvImportResponseResultSkipsItem.from_dict(skips_item_data)

            skips.append(skips_item)

        def _parse_errors(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_1 = cast(list[str], data)

                return errors_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        errors = _parse_errors(d.pop("errors"))

        csv_import_response_result = cls(
            inserted=inserted,
            updated=updated,
            skips=skips,
            errors=errors,
        )

        csv_import_response_result.additional_properties = d
        return csv_import_response_result

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
from ..models.contact_record import ContactRecord  # noqa: E402
from ..models.csv_import_response_result_skips_item import CsvImportResponseResultSkipsItem  # noqa: E402
from ..models.imported_contact import ImportedContact  # noqa: E402
