from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="TrackedEvent")


@_attrs_define
class TrackedEvent:
    """A custom event recorded for a contact (a row of `fc_event_tracking`). Tracking the same `event_key` again for the
    same contact updates this row: `counter` goes up and `value` is replaced.

        Attributes:
            id (int):
            subscriber_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            counter (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
                `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            created_by (int | None):
            provider (str):
            event_key (str):
            title (str):
            value (None | str):
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    id: int
    subscriber_id: int
    counter: int
    created_by: int | None
    provider: str
    event_key: str
    title: str
    value: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscriber_id = _wire.format_int(self.subscriber_id)

        counter = _wire.format_int(self.counter)

        created_by = None if self.created_by is None else _wire.format_int(self.created_by)

        provider = self.provider

        event_key = self.event_key

        title = self.title

        value: None | str
        value = self.value

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subscriber_id": subscriber_id,
                "counter": counter,
                "created_by": created_by,
                "provider": provider,
                "event_key": event_key,
                "title": title,
                "value": value,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _subscriber_id = d.pop("subscriber_id")
        subscriber_id: int
        subscriber_id = _wire.parse_int(_subscriber_id)

        _counter = d.pop("counter")
        counter: int
        counter = _wire.parse_int(_counter)

        _created_by = d.pop("created_by")
        created_by: int | None
        if _wire.is_blank(_created_by):
            created_by = None
        else:
            created_by = _wire.parse_int(_created_by)

        provider = d.pop("provider")

        event_key = d.pop("event_key")

        title = d.pop("title")

        value = d.pop("value")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        tracked_event = cls(
            id=id,
            subscriber_id=subscriber_id,
            counter=counter,
            created_by=created_by,
            provider=provider,
            event_key=event_key,
            title=title,
            value=value,
            created_at=created_at,
            updated_at=updated_at,
        )

        tracked_event.additional_properties = d
        return tracked_event

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
