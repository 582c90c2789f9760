from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleBasedTaggingSettingsTagMappingsAdditionalProperty")


@_attrs_define
class RoleBasedTaggingSettingsTagMappingsAdditionalProperty:
    """
    Attributes:
        add_tags (list[int | str] | Unset):
        remove_tags (list[int | str] | Unset):
    """

    add_tags: list[int | str] | Unset = UNSET
    remove_tags: list[int | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_tags: list[int | str] | Unset = UNSET
        if not isinstance(self.add_tags, Unset):
            add_tags = []
            for add_tags_item_data in self.add_tags:
                add_tags_item: int | str
                add_tags_item = add_tags_item_data
                add_tags.append(add_tags_item)

        remove_tags: list[int | str] | Unset = UNSET
        if not isinstance(self.remove_tags, Unset):
            remove_tags = []
            for remove_tags_item_data in self.remove_tags:
                remove_tags_item: int | str
                remove_tags_item = remove_tags_item_data
                remove_tags.append(remove_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_tags is not UNSET:
            field_dict["add_tags"] = add_tags
        if remove_tags is not UNSET:
            field_dict["remove_tags"] = remove_tags

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _add_tags = d.pop("add_tags", UNSET)
        add_tags: list[int | str] | Unset = UNSET
        if _add_tags is not UNSET:
            add_tags = []
            for add_tags_item_data in _add_tags:

                def _parse_add_tags_item(data: object) -> int | str:
                    return cast(int | str, data)

                add_tags_item = _parse_add_tags_item(add_tags_item_data)

                add_tags.append(add_tags_item)

        _remove_tags = d.pop("remove_tags", UNSET)
        remove_tags: list[int | str] | Unset = UNSET
        if _remove_tags is not UNSET:
            remove_tags = []
            for remove_tags_item_data in _remove_tags:

                def _parse_remove_tags_item(data: object) -> int | str:
                    return cast(int | str, data)

                remove_tags_item = _parse_remove_tags_item(remove_tags_item_data)

                remove_tags.append(remove_tags_item)

        role_based_tagging_settings_tag_mappings_additional_property = cls(
            add_tags=add_tags,
            remove_tags=remove_tags,
        )

        role_based_tagging_settings_tag_mappings_additional_property.additional_properties = d
        return role_based_tagging_settings_tag_mappings_additional_property

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
