from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigratorMappingsResponseOptionsTagsItem")


@_attrs_define
class MigratorMappingsResponseOptionsTagsItem:
    """
    Attributes:
        remote_name (str | Unset):
        remote_id (int | str | Unset):
        will_create (str | Unset):
        fluentcrm_id (int | str | Unset):
    """

    remote_name: str | Unset = UNSET
    remote_id: int | str | Unset = UNSET
    will_create: str | Unset = UNSET
    fluentcrm_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remote_name = self.remote_name

        remote_id: int | str | Unset
        if isinstance(self.remote_id, Unset):
            remote_id = UNSET
        else:
            remote_id = self.remote_id

        will_create = self.will_create

        fluentcrm_id: int | str | Unset
        if isinstance(self.fluentcrm_id, Unset):
            fluentcrm_id = UNSET
        else:
            fluentcrm_id = self.fluentcrm_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remote_name is not UNSET:
            field_dict["remote_name"] = remote_name
        if remote_id is not UNSET:
            field_dict["remote_id"] = remote_id
        if will_create is not UNSET:
            field_dict["will_create"] = will_create
        if fluentcrm_id is not UNSET:
            field_dict["fluentcrm_id"] = fluentcrm_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remote_name = d.pop("remote_name", UNSET)

        def _parse_remote_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        remote_id = _parse_remote_id(d.pop("remote_id", UNSET))

        will_create = d.pop("will_create", UNSET)

        def _parse_fluentcrm_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        fluentcrm_id = _parse_fluentcrm_id(d.pop("fluentcrm_id", UNSET))

        migrator_mappings_response_options_tags_item = cls(
            remote_name=remote_name,
            remote_id=remote_id,
            will_create=will_create,
            fluentcrm_id=fluentcrm_id,
        )

        migrator_mappings_response_options_tags_item.additional_properties = d
        return migrator_mappings_response_options_tags_item

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
