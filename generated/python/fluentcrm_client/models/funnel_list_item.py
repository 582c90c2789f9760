from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel_label import FunnelLabel
    from ..models.funnel_sequence import FunnelSequence
    from ..models.php_map_item import PhpMapItem
    from ..models.php_map_object import PhpMapObject


T = TypeVar("T", bound="FunnelListItem")


@_attrs_define
class FunnelListItem:
    """A funnel as `GET /funnels` lists it: the stored row plus the number of contacts that ever entered it, its
    description (from funnel meta; `null` when none was saved) and its labels.

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
            settings (list[PhpMapItem] | None | PhpMapObject): The trigger's settings; `null` for a funnel imported (or
                copied from one imported) without them.
            subscribers_count (int):
            description (None | str):
            labels (list[FunnelLabel]):
            actions (list[FunnelSequence] | Unset): The funnel's steps, where an operation loads them with the funnel (`GET
                /funnels/all-activities`).
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
    settings: list[PhpMapItem] | None | PhpMapObject
    subscribers_count: int
    description: None | str
    labels: list[FunnelLabel]
    actions: list[FunnelSequence] | Unset = UNSET
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

        settings: dict[str, Any] | list[dict[str, Any]] | None
        if isinstance(self.settings, PhpMapObject):
            settings = self.settings.to_dict()
        elif isinstance(self.settings, list):
            settings = []
            for componentsschemas_php_map_type_1_item_data in self.settings:
                componentsschemas_php_map_type_1_item = componentsschemas_php_map_type_1_item_data.to_dict()
                settings.append(componentsschemas_php_map_type_1_item)

        else:
            settings = self.settings

        subscribers_count = self.subscribers_count

        description: None | str
        description = self.description

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

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
                "settings": settings,
                "subscribers_count": subscribers_count,
                "description": description,
                "labels": labels,
            }
        )
        if actions is not UNSET:
            field_dict["actions"] = actions

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

        def _parse_settings(data: object) -> list[PhpMapItem] | None | PhpMapObject:
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

        settings = _parse_settings(d.pop("settings"))

        subscribers_count = d.pop("subscribers_count")

        description = d.pop("description")

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = FunnelLabel.from_dict(labels_item_data)

            labels.append(labels_item)

        _actions = d.pop("actions", UNSET)
        actions: list[FunnelSequence] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = FunnelSequence.from_dict(actions_item_data)

                actions.append(actions_item)

        funnel_list_item = cls(
            id=id,
            type=type,
            title=title,
            trigger_name=trigger_name,
            status=status,
            conditions=conditions,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            settings=settings,
            subscribers_count=subscribers_count,
            description=description,
            labels=labels,
            actions=actions,
        )

        funnel_list_item.additional_properties = d
        return funnel_list_item

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
from ..models.funnel_label import FunnelLabel  # noqa: E402
from ..models.funnel_sequence import FunnelSequence  # noqa: E402
from ..models.php_map_item import PhpMapItem  # noqa: E402
from ..models.php_map_object import PhpMapObject  # noqa: E402
