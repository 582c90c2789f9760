from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.prev_next_ids_navigation import PrevNextIdsNavigation


T = TypeVar("T", bound="PrevNextIds")


@_attrs_define
class PrevNextIds:
    """Up to ten contact ids on each side of `current_id` in the contact list's order. `has_next` and `has_prev` are
    true only when exactly ten ids came back on that side: they do not mean that more exist.

        Attributes:
            navigation (PrevNextIdsNavigation):
            has_next (bool):
            has_prev (bool):
    """

    navigation: PrevNextIdsNavigation
    has_next: bool
    has_prev: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        navigation = self.navigation.to_dict()

        has_next = self.has_next

        has_prev = self.has_prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "navigation": navigation,
                "has_next": has_next,
                "has_prev": has_prev,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        navigation = PrevNextIdsNavigation.from_dict(d.pop("navigation"))

        has_next = d.pop("has_next")

        has_prev = d.pop("has_prev")

        prev_next_ids = cls(
            navigation=navigation,
            has_next=has_next,
            has_prev=has_prev,
        )

        prev_next_ids.additional_properties = d
        return prev_next_ids

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
from ..models.prev_next_ids_navigation import PrevNextIdsNavigation  # noqa: E402
