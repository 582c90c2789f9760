from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.funnel_import_input_sequences_item_settings import FunnelImportInputSequencesItemSettings


T = TypeVar("T", bound="FunnelImportInputSequencesItem")


@_attrs_define
class FunnelImportInputSequencesItem:
    """
    Attributes:
        action_name (str):
        type (str):
        title (str | Unset):
        settings (FunnelImportInputSequencesItemSettings | Unset):
    """

    action_name: str
    type: str
    title: str | Unset = UNSET
    settings: FunnelImportInputSequencesItemSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name = self.action_name

        type = self.type

        title = self.title

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_name": action_name,
                "type": type,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_name = d.pop("action_name")

        type = d.pop("type")

        title = d.pop("title", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: FunnelImportInputSequencesItemSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = FunnelImportInputSequencesItemSettings.from_dict(_settings)

        funnel_import_input_sequences_item = cls(
            action_name=action_name,
            type=type,
            title=title,
            settings=settings,
        )

        funnel_import_input_sequences_item.additional_properties = d
        return funnel_import_input_sequences_item

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
from ..models.funnel_import_input_sequences_item_settings import FunnelImportInputSequencesItemSettings  # noqa: E402
