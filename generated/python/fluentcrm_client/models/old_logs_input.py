from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.old_logs_input_selected_logs_item import (
    OldLogsInputSelectedLogsItem,
    check_old_logs_input_selected_logs_item,
)

T = TypeVar("T", bound="OldLogsInput")


@_attrs_define
class OldLogsInput:
    """Which logs, older than how many days. Both are required; `days_before` must be a number of at least 7. An
    unknown log name is ignored.

        Attributes:
            days_before (int): Age limit in days; rows created before midnight that many days ago count. Above the maximum
                the cut-off date overflows and FluentCRM 2.9.84 crashes.
            selected_logs (list[OldLogsInputSelectedLogsItem]): `emails` (sent campaign e-mails), `email_clicks`,
                `email_open`, `system_logs`, `activity_logs`.
    """

    days_before: int
    selected_logs: list[OldLogsInputSelectedLogsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_before = self.days_before

        selected_logs = []
        for selected_logs_item_data in self.selected_logs:
            selected_logs_item: str = selected_logs_item_data
            selected_logs.append(selected_logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days_before": days_before,
                "selected_logs": selected_logs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days_before = d.pop("days_before")

        selected_logs = []
        _selected_logs = d.pop("selected_logs")
        for selected_logs_item_data in _selected_logs:
            selected_logs_item = check_old_logs_input_selected_logs_item(selected_logs_item_data)

            selected_logs.append(selected_logs_item)

        old_logs_input = cls(
            days_before=days_before,
            selected_logs=selected_logs,
        )

        old_logs_input.additional_properties = d
        return old_logs_input

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
