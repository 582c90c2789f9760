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
    from ..models.editor_form import EditorForm
    from ..models.funnel_detail_condition_fields import FunnelDetailConditionFields
    from ..models.funnel_detail_condition_fields_item import FunnelDetailConditionFieldsItem
    from ..models.funnel_detail_settings import FunnelDetailSettings
    from ..models.funnel_trigger import FunnelTrigger
    from ..models.php_map_item import PhpMapItem
    from ..models.php_map_object import PhpMapObject


from .funnel_row import FunnelRow

T = TypeVar("T", bound="FunnelDetail")


@_attrs_define
class FunnelDetail(FunnelRow):
    """A funnel as `GET /funnels/{id}` returns it: the stored row, its `description` (`null` when none was saved) and the
    definition of its trigger in `trigger` (absent when the trigger is unknown to the server). `settings` is always an
    object here (`{}` when empty) because the controller casts it; `conditions` may still be `[]`.

    The trigger's editor can add its own keys: a `user_register` funnel, for instance, also carries `settingsFields`
    and `conditionFields` (form definitions for the editor) and has its default `settings` and `conditions` filled
    in. These keys are free-form and depend on the trigger.

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
            settings (FunnelDetailSettings):
            description (None | str):
            trigger (FunnelTrigger | Unset): One event that can start a funnel, as `GET /funnels/triggers` lists it. In the
                free plugin only `user_register` is
                usable; the others carry `disabled: true` (they need FluentCRM Pro), although the API still accepts them on
                create.
            settings_fields (EditorForm | Unset): A form of the funnel editor: its heading and its fields by key.
            condition_fields (FunnelDetailConditionFields | list[FunnelDetailConditionFieldsItem] | Unset): Editor fields of
                the entry conditions by key (trigger-specific).
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
    settings: FunnelDetailSettings
    description: None | str
    trigger: FunnelTrigger | Unset = UNSET
    settings_fields: EditorForm | Unset = UNSET
    condition_fields: FunnelDetailConditionFields | list[FunnelDetailConditionFieldsItem] | Unset = UNSET
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

        settings = self.settings.to_dict()

        description: None | str
        description = self.description

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        settings_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings_fields, Unset):
            settings_fields = self.settings_fields.to_dict()

        condition_fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.condition_fields, Unset):
            condition_fields = UNSET
        elif isinstance(self.condition_fields, FunnelDetailConditionFields):
            condition_fields = self.condition_fields.to_dict()
        else:
            condition_fields = []
            for condition_fields_type_1_item_data in self.condition_fields:
                condition_fields_type_1_item = condition_fields_type_1_item_data.to_dict()
                condition_fields.append(condition_fields_type_1_item)

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
                "description": description,
            }
        )
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if settings_fields is not UNSET:
            field_dict["settingsFields"] = settings_fields
        if condition_fields is not UNSET:
            field_dict["conditionFields"] = condition_fields

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

        settings = FunnelDetailSettings.from_dict(d.pop("settings"))

        description = d.pop("description")

        _trigger = d.pop("trigger", UNSET)
        trigger: FunnelTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = FunnelTrigger.from_dict(_trigger)

        _settings_fields = d.pop("settingsFields", UNSET)
        settings_fields: EditorForm | Unset
        if isinstance(_settings_fields, Unset):
            settings_fields = UNSET
        else:
            settings_fields = EditorForm.from_dict(_settings_fields)

        def _parse_condition_fields(
            data: object,
        ) -> FunnelDetailConditionFields | list[FunnelDetailConditionFieldsItem] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_fields_condition_fields = FunnelDetailConditionFields.from_dict(data)

                return condition_fields_condition_fields
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            condition_fields_type_1 = []
            _condition_fields_type_1 = data
            for condition_fields_type_1_item_data in _condition_fields_type_1:
                condition_fields_type_1_item = FunnelDetailConditionFieldsItem.from_dict(
                    condition_fields_type_1_item_data
                )

                condition_fields_type_1.append(condition_fields_type_1_item)

            return condition_fields_type_1

        condition_fields = _parse_condition_fields(d.pop("conditionFields", UNSET))

        funnel_detail = cls(
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
            description=description,
            trigger=trigger,
            settings_fields=settings_fields,
            condition_fields=condition_fields,
        )

        funnel_detail.additional_properties = d
        return funnel_detail

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
from ..models.editor_form import EditorForm  # noqa: E402
from ..models.funnel_detail_condition_fields import FunnelDetailConditionFields  # noqa: E402
from ..models.funnel_detail_condition_fields_item import FunnelDetailConditionFieldsItem  # noqa: E402
from ..models.funnel_detail_settings import FunnelDetailSettings  # noqa: E402
from ..models.funnel_trigger import FunnelTrigger  # noqa: E402
from ..models.php_map_item import PhpMapItem  # noqa: E402
from ..models.php_map_object import PhpMapObject  # noqa: E402
