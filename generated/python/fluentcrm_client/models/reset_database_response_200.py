from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetDatabaseResponse200")


@_attrs_define
class ResetDatabaseResponse200:
    """
    Attributes:
        message (str):
        tables (list[str]):
        field_bench (float | Unset): `__bench`: seconds the server spent on the request, as a float. FluentCRM adds it
            to most responses; clients
            should ignore it. Its value is different on every call.
    """

    message: str
    tables: list[str]
    field_bench: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        tables = self.tables

        field_bench = self.field_bench

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "tables": tables,
            }
        )
        if field_bench is not UNSET:
            field_dict["__bench"] = field_bench

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        tables = cast(list[str], d.pop("tables"))

        field_bench = d.pop("__bench", UNSET)

        reset_database_response_200 = cls(
            message=message,
            tables=tables,
            field_bench=field_bench,
        )

        reset_database_response_200.additional_properties = d
        return reset_database_response_200

    @property
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
