from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigratorSummaryResponseImportSummary")


@_attrs_define
class MigratorSummaryResponseImportSummary:
    """
    Attributes:
        message (str):
        subscribed_count (int | Unset):
        unsubscribed_count (int | Unset):
        all_count (int | Unset):
    """

    message: str
    subscribed_count: int | Unset = UNSET
    unsubscribed_count: int | Unset = UNSET
    all_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        subscribed_count = self.subscribed_count

        unsubscribed_count = self.unsubscribed_count

        all_count = self.all_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if subscribed_count is not UNSET:
            field_dict["subscribed_count"] = subscribed_count
        if unsubscribed_count is not UNSET:
            field_dict["unsubscribed_count"] = unsubscribed_count
        if all_count is not UNSET:
            field_dict["all_count"] = all_count

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        subscribed_count = d.pop("subscribed_count", UNSET)

        unsubscribed_count = d.pop("unsubscribed_count", UNSET)

        all_count = d.pop("all_count", UNSET)

        migrator_summary_response_import_summary = cls(
            message=message,
            subscribed_count=subscribed_count,
            unsubscribed_count=unsubscribed_count,
            all_count=all_count,
        )

        migrator_summary_response_import_summary.additional_properties = d
        return migrator_summary_response_import_summary

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
