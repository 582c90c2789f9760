from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_php_array_item import EmptyPhpArrayItem
    from ..models.funnel_email_reports_email_sequences_item_campaign import FunnelEmailReportsEmailSequencesItemCampaign
    from ..models.funnel_sequence_children import FunnelSequenceChildren
    from ..models.funnel_step_settings_object import FunnelStepSettingsObject
    from ..models.php_map_item import PhpMapItem
    from ..models.php_map_object import PhpMapObject


from .funnel_sequence import FunnelSequence

T = TypeVar("T", bound="FunnelEmailReportsEmailSequencesItem")


@_attrs_define
class FunnelEmailReportsEmailSequencesItem(FunnelSequence):
    """
    Attributes:
        id (int):
        funnel_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        parent_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        action_name (str):
        condition_type (None | str): `yes` or `no` for a step inside a conditional block, otherwise `null`.
        type (str): Kind of step (open set).
        title (str):
        description (None | str):
        status (str): Saved steps are `published`.
        conditions (list[PhpMapItem] | PhpMapObject): A free-form settings map that FluentCRM stores serialised and
            hands back as it was saved. Its keys depend on the
            trigger, action or editor that wrote it, so only its container is described. PHP prints an empty map as `[]`, so
            an
            unset map arrives as an empty JSON array instead of `{}`. FluentCRM does not check what a client stores here: a
            client that saves a list or a scalar (for instance a `funnel_settings` string that decodes to one) gets exactly
            that back, which this description does not cover. The emulator stores such values as empty.
        settings (FunnelStepSettingsObject | list[EmptyPhpArrayItem]): The settings of a funnel step. Which keys it has
            depends on `action_name`; the keys of FluentCRM's own free
            actions are typed here (tags and lists to apply or remove, the wait of a wait step, the e-mail of an e-mail
            step),
            anything else is free-form. An empty map arrives as `[]`.
        note (None | str):
        delay (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        c_delay (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        sequence (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
            `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        created_by (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
            own `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
        created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        campaign (FunnelEmailReportsEmailSequencesItemCampaign):
        children (FunnelSequenceChildren | Unset): For a conditional block in an editor read, its `yes` and `no`
            branches.
    """

    id: int
    funnel_id: int
    parent_id: int
    action_name: str
    condition_type: None | str
    type: str
    title: str
    description: None | str
    status: str
    conditions: list[PhpMapItem] | PhpMapObject
    settings: FunnelStepSettingsObject | list[EmptyPhpArrayItem]
    note: None | str
    delay: int
    c_delay: int
    sequence: int
    created_by: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    campaign: FunnelEmailReportsEmailSequencesItemCampaign
    children: FunnelSequenceChildren | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        funnel_id = _wire.format_int(self.funnel_id)

        parent_id = _wire.format_int(self.parent_id)

        action_name = self.action_name

        condition_type: None | str
        condition_type = self.condition_type

        type = self.type

        title = self.title

        description: None | str
        description = self.description

        status = self.status

        conditions: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.conditions, PhpMapObject):
            conditions = self.conditions.to_dict()
        else:
            conditions = []
            for componentsschemas_php_map_type_1_item_data in self.conditions:
                componentsschemas_php_map_type_1_item = componentsschemas_php_map_type_1_item_data.to_dict()
                conditions.append(componentsschemas_php_map_type_1_item)

        settings: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.settings, FunnelStepSettingsObject):
            settings = self.settings.to_dict()
        else:
            settings = []
            for componentsschemas_empty_php_array_item_data in self.settings:
                componentsschemas_empty_php_array_item = componentsschemas_empty_php_array_item_data.to_dict()
                settings.append(componentsschemas_empty_php_array_item)

        note: None | str
        note = self.note

        delay = _wire.format_int(self.delay)

        c_delay = _wire.format_int(self.c_delay)

        sequence = _wire.format_int(self.sequence)

        created_by = _wire.format_int(self.created_by)

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        campaign = self.campaign.to_dict()

        children: dict[str, Any] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "funnel_id": funnel_id,
                "parent_id": parent_id,
                "action_name": action_name,
                "condition_type": condition_type,
                "type": type,
                "title": title,
                "description": description,
                "status": status,
                "conditions": conditions,
                "settings": settings,
                "note": note,
                "delay": delay,
                "c_delay": c_delay,
                "sequence": sequence,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "campaign": campaign,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _funnel_id = d.pop("funnel_id")
        funnel_id: int
        funnel_id = _wire.parse_int(_funnel_id)

        _parent_id = d.pop("parent_id")
        parent_id: int
        parent_id = _wire.parse_int(_parent_id)

        action_name = d.pop("action_name")

        condition_type = d.pop("condition_type")

        type = d.pop("type")

        title = d.pop("title")

        description = d.pop("description")

        status = d.pop("status")

        def _parse_conditions(data: object) -> list[PhpMapItem] | PhpMapObject:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_php_map_php_map_object = PhpMapObject.from_dict(data)

                return componentsschemas_php_map_php_map_object
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_php_map_type_1 = []
            _componentsschemas_php_map_type_1 = data
            for componentsschemas_php_map_type_1_item_data in _componentsschemas_php_map_type_1:
                componentsschemas_php_map_type_1_item = PhpMapItem.from_dict(componentsschemas_php_map_type_1_item_data)

                componentsschemas_php_map_type_1.append(componentsschemas_php_map_type_1_item)

            return componentsschemas_php_map_type_1

        conditions = _parse_conditions(d.pop("conditions"))

        def _parse_settings(data: object) -> FunnelStepSettingsObject | list[EmptyPhpArrayItem]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_funnel_step_settings_funnel_step_settings_object = FunnelStepSettingsObject.from_dict(
                    data
                )

                return componentsschemas_funnel_step_settings_funnel_step_settings_object
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_funnel_step_settings_type_1 = []
            _componentsschemas_funnel_step_settings_type_1 = data
            for componentsschemas_empty_php_array_item_data in _componentsschemas_funnel_step_settings_type_1:
                componentsschemas_empty_php_array_item = EmptyPhpArrayItem.from_dict(
                    componentsschemas_empty_php_array_item_data
                )

                componentsschemas_funnel_step_settings_type_1.append(componentsschemas_empty_php_array_item)

            return componentsschemas_funnel_step_settings_type_1

        settings = _parse_settings(d.pop("settings"))

        note = d.pop("note")

        _delay = d.pop("delay")
        delay: int
        delay = _wire.parse_int(_delay)

        _c_delay = d.pop("c_delay")
        c_delay: int
        c_delay = _wire.parse_int(_c_delay)

        _sequence = d.pop("sequence")
        sequence: int
        sequence = _wire.parse_int(_sequence)

        _created_by = d.pop("created_by")
        created_by: int
        created_by = _wire.parse_int(_created_by)

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        campaign = FunnelEmailReportsEmailSequencesItemCampaign.from_dict(d.pop("campaign"))

        _children = d.pop("children", UNSET)
        children: FunnelSequenceChildren | Unset
        if isinstance(_children, Unset):
            children = UNSET
        else:
            children = FunnelSequenceChildren.from_dict(_children)

        funnel_email_reports_email_sequences_item = cls(
            id=id,
            funnel_id=funnel_id,
            parent_id=parent_id,
            action_name=action_name,
            condition_type=condition_type,
            type=type,
            title=title,
            description=description,
            status=status,
            conditions=conditions,
            settings=settings,
            note=note,
            delay=delay,
            c_delay=c_delay,
            sequence=sequence,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            campaign=campaign,
            children=children,
        )

        funnel_email_reports_email_sequences_item.additional_properties = d
        return funnel_email_reports_email_sequences_item

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
from ..models.empty_php_array_item import EmptyPhpArrayItem  # noqa: E402
from ..models.funnel_email_reports_email_sequences_item_campaign import FunnelEmailReportsEmailSequencesItemCampaign  # noqa: E402
from ..models.funnel_sequence_children import FunnelSequenceChildren  # noqa: E402
from ..models.funnel_step_settings_object import FunnelStepSettingsObject  # noqa: E402
from ..models.php_map_item import PhpMapItem  # noqa: E402
from ..models.php_map_object import PhpMapObject  # noqa: E402
