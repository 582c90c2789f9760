from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_labels_change_action import FunnelLabelsChangeAction, check_funnel_labels_change_action

T = TypeVar("T", bound="FunnelLabelsChange")


@_attrs_define
class FunnelLabelsChange:
    """Labels to attach to or detach from a funnel.

    Attributes:
        action (FunnelLabelsChangeAction): `attach`; anything else detaches.
        label_ids (int | list[int]): Label ids, or one id.
    """

    action: FunnelLabelsChangeAction
    label_ids: int | list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        label_ids: int | list[int]
        if isinstance(self.label_ids, list):
            label_ids = self.label_ids

        else:
            label_ids = self.label_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "label_ids": label_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_funnel_labels_change_action(d.pop("action"))

        def _parse_label_ids(data: object) -> int | list[int]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                label_ids_type_0 = cast(list[int], data)

                return label_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int], data)

        label_ids = _parse_label_ids(d.pop("label_ids"))

        funnel_labels_change = cls(
            action=action,
            label_ids=label_ids,
        )

        funnel_labels_change.additional_properties = d
        return funnel_labels_change

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
