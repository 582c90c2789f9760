from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_field_definition import CustomFieldDefinition


T = TypeVar("T", bound="CustomFieldsSaveResponse")


@_attrs_define
class CustomFieldsSaveResponse:
    """Body of a successful `PUT /custom-fields/contacts`, echoing the set as stored (with generated slugs).

    Attributes:
        fields (list[CustomFieldDefinition]):
        message (str):
    """

    fields: list[CustomFieldDefinition]
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = CustomFieldDefinition.from_dict(fields_item_data)

            fields.append(fields_item)

        message = d.pop("message")

        custom_fields_save_response = cls(
            fields=fields,
            message=message,
        )

        custom_fields_save_response.additional_properties = d
        return custom_fields_save_response

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
from ..models.custom_field_definition import CustomFieldDefinition  # noqa: E402
