from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CronStatusServer")


@_attrs_define
class CronStatusServer:
    """
    Attributes:
        memory_limit (str): PHP memory limit, such as `256MB`.
        usage_percent (str): Share of the memory limit in use, in percent, as text (`"0.05"`).
        max_execution_time (str): Such as `27 seconds`.
        has_server_cron (bool): Whether WordPress's page-load cron is disabled (`DISABLE_WP_CRON`), meaning a real cron
            runs it.
    """

    memory_limit: str
    usage_percent: str
    max_execution_time: str
    has_server_cron: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_limit = self.memory_limit

        usage_percent = self.usage_percent

        max_execution_time = self.max_execution_time

        has_server_cron = self.has_server_cron

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "memory_limit": memory_limit,
                "usage_percent": usage_percent,
                "max_execution_time": max_execution_time,
                "has_server_cron": has_server_cron,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        memory_limit = d.pop("memory_limit")

        usage_percent = d.pop("usage_percent")

        max_execution_time = d.pop("max_execution_time")

        has_server_cron = d.pop("has_server_cron")

        cron_status_server = cls(
            memory_limit=memory_limit,
            usage_percent=usage_percent,
            max_execution_time=max_execution_time,
            has_server_cron=has_server_cron,
        )

        cron_status_server.additional_properties = d
        return cron_status_server

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
