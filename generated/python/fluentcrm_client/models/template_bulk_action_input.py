from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_bulk_action_input_action_name import (
    TemplateBulkActionInputActionName,
    check_template_bulk_action_input_action_name,
)
from ..models.template_bulk_action_input_status import (
    TemplateBulkActionInputStatus,
    check_template_bulk_action_input_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateBulkActionInput")


@_attrs_define
class TemplateBulkActionInput:
    """A bulk action on several templates.

    Attributes:
        action_name (TemplateBulkActionInputActionName):
        template_ids (list[int]):
        status (TemplateBulkActionInputStatus | Unset): For `change_template_status`.
    """

    action_name: TemplateBulkActionInputActionName
    template_ids: list[int]
    status: TemplateBulkActionInputStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name: str = self.action_name

        template_ids = self.template_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_name": action_name,
                "template_ids": template_ids,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_name = check_template_bulk_action_input_action_name(d.pop("action_name"))

        template_ids = cast(list[int], d.pop("template_ids"))

        _status = d.pop("status", UNSET)
        status: TemplateBulkActionInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_template_bulk_action_input_status(_status)

        template_bulk_action_input = cls(
            action_name=action_name,
            template_ids=template_ids,
            status=status,
        )

        template_bulk_action_input.additional_properties = d
        return template_bulk_action_input

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
