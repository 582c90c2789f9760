from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.php_map_item import PhpMapItem
    from ..models.php_map_object import PhpMapObject


T = TypeVar("T", bound="FunnelRow")


@_attrs_define
class FunnelRow:
    """The columns of a funnel (`fc_funnels`) that read the same everywhere; `settings`, whose empty value differs
    between operations, is added by `Funnel` and `FunnelDetail`.

        Attributes:
            id (int):
            type (str): Always `funnels` for automations.
            title (str):
            trigger_name (str): Key of the trigger in `GET /funnels/triggers`.
            status (str): The state of a funnel as stored. FluentCRM's interface uses `draft` (being edited, never runs),
                `published` (runs for
                every contact its trigger fires on) and `paused` (keeps its contacts but starts none). The server stores
                whatever
                string a client sets (see `updateFunnelStatus`), so other values, even an empty string, can come back.
            conditions (list[PhpMapItem] | None | PhpMapObject): The trigger's entry conditions; `null` once an editor save
                sent a `conditions` string that is not JSON (the emulator stores such a value as empty).
            created_by (int): WordPress user id of the author (integer right after a write, numeric string when read).
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    id: int
    type: str
    title: str
    trigger_name: str
    status: str
    conditions: list[PhpMapItem] | None | PhpMapObject
    created_by: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type = self.type

        title = self.title

        trigger_name = self.trigger_name

        status = self.status

        conditions: dict[str, Any] | list[dict[str, Any]] | None
        if isinstance(self.conditions, PhpMapObject):
            conditions = self.conditions.to_dict()
        elif isinstance(self.conditions, list):
            conditions = []
            for componentsschemas_php_map_type_1_item_data in self.conditions:
                componentsschemas_php_map_type_1_item = componentsschemas_php_map_type_1_item_data.to_dict()
                conditions.append(componentsschemas_php_map_type_1_item)

        else:
            conditions = self.conditions

        created_by = _wire.format_int_as_sent(self.created_by)

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type,
                "title": title,
                "trigger_name": trigger_name,
                "status": status,
                "conditions": conditions,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type = d.pop("type")

        title = d.pop("title")

        trigger_name = d.pop("trigger_name")

        status = d.pop("status")

        def _parse_conditions(data: object) -> list[PhpMapItem] | None | PhpMapObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_php_map_php_map_object = PhpMapObject.from_dict(data)

                return componentsschemas_php_map_php_map_object
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_php_map_type_1 = []
                _componentsschemas_php_map_type_1 = data
                for componentsschemas_php_map_type_1_item_data in _componentsschemas_php_map_type_1:
                    componentsschemas_php_map_type_1_item = PhpMapItem.from_dict(
                        componentsschemas_php_map_type_1_item_data
                    )

                    componentsschemas_php_map_type_1.append(componentsschemas_php_map_type_1_item)

                return componentsschemas_php_map_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PhpMapItem] | None | PhpMapObject, data)

        conditions = _parse_conditions(d.pop("conditions"))

        _created_by = d.pop("created_by")
        created_by: int
        created_by = _wire.parse_int_as_sent(_created_by)

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        funnel_row = cls(
            id=id,
            type=type,
            title=title,
            trigger_name=trigger_name,
            status=status,
            conditions=conditions,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        funnel_row.additional_properties = d
        return funnel_row

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


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.php_map_item import PhpMapItem  # noqa: E402
from ..models.php_map_object import PhpMapObject  # noqa: E402
