from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigratorMappingsResponseOptionsContactFieldsItem")


@_attrs_define
class MigratorMappingsResponseOptionsContactFieldsItem:
    """
    Attributes:
        type (str | Unset):
        remote_label (None | str | Unset):
        remote_tag (None | str | Unset):
        fluentcrm_field (str | Unset):
        will_skip (str | Unset):
    """

    type: str | Unset = UNSET
    remote_label: None | str | Unset = UNSET
    remote_tag: None | str | Unset = UNSET
    fluentcrm_field: str | Unset = UNSET
    will_skip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        remote_label: None | str | Unset
        if isinstance(self.remote_label, Unset):
            remote_label = UNSET
        else:
            remote_label = self.remote_label

        remote_tag: None | str | Unset
        if isinstance(self.remote_tag, Unset):
            remote_tag = UNSET
        else:
            remote_tag = self.remote_tag

        fluentcrm_field = self.fluentcrm_field

        will_skip = self.will_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["type"] = type
        if remote_label is not UNSET:
            field_dict["remote_label"] = remote_label
        if remote_tag is not UNSET:
            field_dict["remote_tag"] = remote_tag
        if fluentcrm_field is not UNSET:
            field_dict["fluentcrm_field"] = fluentcrm_field
        if will_skip is not UNSET:
            field_dict["will_skip"] = will_skip

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type", UNSET)

        remote_label = d.pop("remote_label", UNSET)

        remote_tag = d.pop("remote_tag", UNSET)

        fluentcrm_field = d.pop("fluentcrm_field", UNSET)

        will_skip = d.pop("will_skip", UNSET)

        migrator_mappings_response_options_contact_fields_item = cls(
            type=type,
            remote_label=remote_label,
            remote_tag=remote_tag,
            fluentcrm_field=fluentcrm_field,
            will_skip=will_skip,
        )

        migrator_mappings_response_options_contact_fields_item.additional_properties = d
        return migrator_mappings_response_options_contact_fields_item

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
