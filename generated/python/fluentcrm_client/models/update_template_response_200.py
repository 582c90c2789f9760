from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

T = TypeVar("T", bound="UpdateTemplateResponse200")


@_attrs_define
class UpdateTemplateResponse200:
    """
    Attributes:
        message (str):
        template_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
            own `id` (for example
            `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
    """

    message: str
    template_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        template_id = _wire.format_int(self.template_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "template_id": template_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        _template_id = d.pop("template_id")
        template_id: int
        template_id = _wire.parse_int(_template_id)

        update_template_response_200 = cls(
            message=message,
            template_id=template_id,
        )

        update_template_response_200.additional_properties = d
        return update_template_response_200

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
