from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_based_tagging_settings_tag_mappings import RoleBasedTaggingSettingsTagMappings


T = TypeVar("T", bound="RoleBasedTaggingSettings")


@_attrs_define
class RoleBasedTaggingSettings:
    """Tags added or removed when a user gets a role. Read-only on the free plugin: only FluentCRM Pro saves it.

    Attributes:
        status (str | Unset): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
            stored, so the response
            side keeps it open; an unexpected value saved earlier comes back unchanged.
        tag_mappings (RoleBasedTaggingSettingsTagMappings | Unset): One entry per WordPress role.
    """

    status: str | Unset = UNSET
    tag_mappings: RoleBasedTaggingSettingsTagMappings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        tag_mappings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag_mappings, Unset):
            tag_mappings = self.tag_mappings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if tag_mappings is not UNSET:
            field_dict["tag_mappings"] = tag_mappings

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _tag_mappings = d.pop("tag_mappings", UNSET)
        tag_mappings: RoleBasedTaggingSettingsTagMappings | Unset
        if isinstance(_tag_mappings, Unset):
            tag_mappings = UNSET
        else:
            tag_mappings = RoleBasedTaggingSettingsTagMappings.from_dict(_tag_mappings)

        role_based_tagging_settings = cls(
            status=status,
            tag_mappings=tag_mappings,
        )

        role_based_tagging_settings.additional_properties = d
        return role_based_tagging_settings

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
from ..models.role_based_tagging_settings_tag_mappings import RoleBasedTaggingSettingsTagMappings  # noqa: E402
