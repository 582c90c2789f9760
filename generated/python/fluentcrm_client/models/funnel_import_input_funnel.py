from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel_import_input_funnel_conditions import FunnelImportInputFunnelConditions
    from ..models.funnel_import_input_funnel_labels_item import FunnelImportInputFunnelLabelsItem
    from ..models.funnel_import_input_funnel_settings import FunnelImportInputFunnelSettings


T = TypeVar("T", bound="FunnelImportInputFunnel")


@_attrs_define
class FunnelImportInputFunnel:
    """
    Attributes:
        title (str):
        trigger_name (str):
        settings (FunnelImportInputFunnelSettings | Unset):
        conditions (FunnelImportInputFunnelConditions | Unset):
        labels (list[FunnelImportInputFunnelLabelsItem] | Unset): Labels to attach, created by slug when missing.
    """

    title: str
    trigger_name: str
    settings: FunnelImportInputFunnelSettings | Unset = UNSET
    conditions: FunnelImportInputFunnelConditions | Unset = UNSET
    labels: list[FunnelImportInputFunnelLabelsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        trigger_name = self.trigger_name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "trigger_name": trigger_name,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        trigger_name = d.pop("trigger_name")

        _settings = d.pop("settings", UNSET)
        settings: FunnelImportInputFunnelSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = FunnelImportInputFunnelSettings.from_dict(_settings)

        _conditions = d.pop("conditions", UNSET)
        conditions: FunnelImportInputFunnelConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = FunnelImportInputFunnelConditions.from_dict(_conditions)

        _labels = d.pop("labels", UNSET)
        labels: list[FunnelImportInputFunnelLabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = FunnelImportInputFunnelLabelsItem.from_dict(labels_item_data)

                labels.append(labels_item)

        funnel_import_input_funnel = cls(
            title=title,
            trigger_name=trigger_name,
            settings=settings,
            conditions=conditions,
            labels=labels,
        )

        funnel_import_input_funnel.additional_properties = d
        return funnel_import_input_funnel

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
from ..models.funnel_import_input_funnel_conditions import FunnelImportInputFunnelConditions  # noqa: E402
from ..models.funnel_import_input_funnel_labels_item import FunnelImportInputFunnelLabelsItem  # noqa: E402
from ..models.funnel_import_input_funnel_settings import FunnelImportInputFunnelSettings  # noqa: E402
