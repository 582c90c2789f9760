from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="FunnelMetric")


@_attrs_define
class FunnelMetric:
    """One step a contact went through in a funnel (`fc_funnel_metrics`).

    Attributes:
        id (int):
        funnel_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        sequence_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
            own `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        subscriber_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
            own `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        benchmark_value (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a
            model's own `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        benchmark_currency (str):
        status (str):
        notes (None | str):
        created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    id: int
    funnel_id: int
    sequence_id: int
    subscriber_id: int
    benchmark_value: int
    benchmark_currency: str
    status: str
    notes: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        funnel_id = _wire.format_int(self.funnel_id)

        sequence_id = _wire.format_int(self.sequence_id)

        subscriber_id = _wire.format_int(self.subscriber_id)

        benchmark_value = _wire.format_int(self.benchmark_value)

        benchmark_currency = self.benchmark_currency

        status = self.status

        notes: None | str
        notes = self.notes

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "funnel_id": funnel_id,
                "sequence_id": sequence_id,
                "subscriber_id": subscriber_id,
                "benchmark_value": benchmark_value,
                "benchmark_currency": benchmark_currency,
                "status": status,
                "notes": notes,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _funnel_id = d.pop("funnel_id")
        funnel_id: int
        funnel_id = _wire.parse_int(_funnel_id)

        _sequence_id = d.pop("sequence_id")
        sequence_id: int
        sequence_id = _wire.parse_int(_sequence_id)

        _subscriber_id = d.pop("subscriber_id")
        subscriber_id: int
        subscriber_id = _wire.parse_int(_subscriber_id)

        _benchmark_value = d.pop("benchmark_value")
        benchmark_value: int
        benchmark_value = _wire.parse_int(_benchmark_value)

        benchmark_currency = d.pop("benchmark_currency")

        status = d.pop("status")

        notes = d.pop("notes")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        funnel_metric = cls(
            id=id,
            funnel_id=funnel_id,
            sequence_id=sequence_id,
            subscriber_id=subscriber_id,
            benchmark_value=benchmark_value,
            benchmark_currency=benchmark_currency,
            status=status,
            notes=notes,
            created_at=created_at,
            updated_at=updated_at,
        )

        funnel_metric.additional_properties = d
        return funnel_metric

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
