from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityLogEntry")


@_attrs_define
class ActivityLogEntry:
    """An activity log row (`fc_activity_logs`); `description` is decoded from JSON.

    Attributes:
        id (int):
        object_type (str):
        action (str):
        created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        object_id (int | None | Unset):
        source (None | str | Unset):
        description (Any | Unset): Details of the action, decoded from JSON.
        activity_by (int | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    id: int
    object_type: str
    action: str
    created_at: datetime.datetime
    object_id: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    description: Any | Unset = UNSET
    activity_by: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_type = self.object_type

        action = self.action

        created_at = _wire.format_datetime(self.created_at)

        object_id: Any = UNSET
        if not isinstance(self.object_id, Unset):
            object_id = None if self.object_id is None else _wire.format_int(self.object_id)

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        description = self.description

        activity_by: Any = UNSET
        if not isinstance(self.activity_by, Unset):
            activity_by = None if self.activity_by is None else _wire.format_int(self.activity_by)

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = None if self.updated_at is None else _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object_type": object_type,
                "action": action,
                "created_at": created_at,
            }
        )
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if source is not UNSET:
            field_dict["source"] = source
        if description is not UNSET:
            field_dict["description"] = description
        if activity_by is not UNSET:
            field_dict["activity_by"] = activity_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_type = d.pop("object_type")

        action = d.pop("action")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _object_id = d.pop("object_id", UNSET)
        object_id: int | None | Unset
        if isinstance(_object_id, Unset):
            object_id = UNSET
        elif _wire.is_blank(_object_id):
            object_id = None
        else:
            object_id = _wire.parse_int(_object_id)

        source = d.pop("source", UNSET)

        description = d.pop("description", UNSET)

        _activity_by = d.pop("activity_by", UNSET)
        activity_by: int | None | Unset
        if isinstance(_activity_by, Unset):
            activity_by = UNSET
        elif _wire.is_blank(_activity_by):
            activity_by = None
        else:
            activity_by = _wire.parse_int(_activity_by)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        elif _wire.is_blank(_updated_at):
            updated_at = None
        else:
            updated_at = _wire.parse_datetime(_updated_at)

        activity_log_entry = cls(
            id=id,
            object_type=object_type,
            action=action,
            created_at=created_at,
            object_id=object_id,
            source=source,
            description=description,
            activity_by=activity_by,
            updated_at=updated_at,
        )

        activity_log_entry.additional_properties = d
        return activity_log_entry

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
