from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CronEvent")


@_attrs_define
class CronEvent:
    """One of FluentCRM's three recurring background tasks.

    Attributes:
        hook (str): The WordPress cron hook. FluentCRM 2.9.84 labels the five-minute task (the second entry, `interval`
            300) with
            the hourly hook's name, `fluentcrm_scheduled_hourly_tasks`; the hook that really runs it is
            `fluentcrm_scheduled_five_minute_tasks`.
        is_overdue (bool):
        human_name (str):
        next_run (str): Time to (or since) the next run in words, such as `19 mins`; not a timestamp.
        interval (int): Seconds between runs (60, 300, 3600).
    """

    hook: str
    is_overdue: bool
    human_name: str
    next_run: str
    interval: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hook = self.hook

        is_overdue = self.is_overdue

        human_name = self.human_name

        next_run = self.next_run

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hook": hook,
                "is_overdue": is_overdue,
                "human_name": human_name,
                "next_run": next_run,
                "interval": interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hook = d.pop("hook")

        is_overdue = d.pop("is_overdue")

        human_name = d.pop("human_name")

        next_run = d.pop("next_run")

        interval = d.pop("interval")

        cron_event = cls(
            hook=hook,
            is_overdue=is_overdue,
            human_name=human_name,
            next_run=next_run,
            interval=interval,
        )

        cron_event.additional_properties = d
        return cron_event

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
