from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompanyCsvImportResponse")


@_attrs_define
class CompanyCsvImportResponse:
    """Progress of a CSV import page.

    Attributes:
        total (int):
        completed (int):
        total_page (int):
        skipped (int):
        has_more (bool):
        last_page (int):
        offset (int):
    """

    total: int
    completed: int
    total_page: int
    skipped: int
    has_more: bool
    last_page: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        completed = self.completed

        total_page = self.total_page

        skipped = self.skipped

        has_more = self.has_more

        last_page = self.last_page

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "completed": completed,
                "total_page": total_page,
                "skipped": skipped,
                "has_more": has_more,
                "last_page": last_page,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        completed = d.pop("completed")

        total_page = d.pop("total_page")

        skipped = d.pop("skipped")

        has_more = d.pop("has_more")

        last_page = d.pop("last_page")

        offset = d.pop("offset")

        company_csv_import_response = cls(
            total=total,
            completed=completed,
            total_page=total_page,
            skipped=skipped,
            has_more=has_more,
            last_page=last_page,
            offset=offset,
        )

        company_csv_import_response.additional_properties = d
        return company_csv_import_response

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
