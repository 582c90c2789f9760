from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemLogEntry")


@_attrs_define
class SystemLogEntry:
    """A system log line; FluentCRM keeps them as contact notes of status `_system_log_`.

    Attributes:
        id (int):
        title (None | str):
        created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        subscriber_id (int | None | Unset):
        parent_id (int | None | Unset):
        created_by (int | None | Unset):
        status (str | Unset):
        type (None | str | Unset):
        description (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    id: int
    title: None | str
    created_at: datetime.datetime
    subscriber_id: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    created_by: int | None | Unset = UNSET
    status: str | Unset = UNSET
    type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str
        title = self.title

        created_at = _wire.format_datetime(self.created_at)

        subscriber_id: Any = UNSET
        if not isinstance(self.subscriber_id, Unset):
            subscriber_id = None if self.subscriber_id is None else _wire.format_int(self.subscriber_id)

        parent_id: Any = UNSET
        if not isinstance(self.parent_id, Unset):
            parent_id = None if self.parent_id is None else _wire.format_int(self.parent_id)

        created_by: Any = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = None if self.created_by is None else _wire.format_int(self.created_by)

        status = self.status

        type: None | str | Unset
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = None if self.updated_at is None else _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "created_at": created_at,
            }
        )
        if subscriber_id is not UNSET:
            field_dict["subscriber_id"] = subscriber_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if status is not UNSET:
            field_dict["status"] = status
        if type is not UNSET:
            field_dict["type"] = type
        if description is not UNSET:
            field_dict["description"] = description
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _subscriber_id = d.pop("subscriber_id", UNSET)
        subscriber_id: int | None | Unset
        if isinstance(_subscriber_id, Unset):
            subscriber_id = UNSET
        elif _wire.is_blank(_subscriber_id):
            subscriber_id = None
        else:
            subscriber_id = _wire.parse_int(_subscriber_id)

        _parent_id = d.pop("parent_id", UNSET)
        parent_id: int | None | Unset
        if isinstance(_parent_id, Unset):
            parent_id = UNSET
        elif _wire.is_blank(_parent_id):
            parent_id = None
        else:
            parent_id = _wire.parse_int(_parent_id)

        _created_by = d.pop("created_by", UNSET)
        created_by: int | None | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        elif _wire.is_blank(_created_by):
            created_by = None
        else:
            created_by = _wire.parse_int(_created_by)

        status = d.pop("status", UNSET)

        type = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        elif _wire.is_blank(_updated_at):
            updated_at = None
        else:
            updated_at = _wire.parse_datetime(_updated_at)

        system_log_entry = cls(
            id=id,
            title=title,
            created_at=created_at,
            subscriber_id=subscriber_id,
            parent_id=parent_id,
            created_by=created_by,
            status=status,
            type=type,
            description=description,
            updated_at=updated_at,
        )

        system_log_entry.additional_properties = d
        return system_log_entry

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
