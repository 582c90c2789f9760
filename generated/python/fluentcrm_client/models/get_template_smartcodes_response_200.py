from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.smartcodes_item import SmartcodesItem


T = TypeVar("T", bound="GetTemplateSmartcodesResponse200")


@_attrs_define
class GetTemplateSmartcodesResponse200:
    """
    Attributes:
        smartcodes (list[SmartcodesItem]): The smart codes an e-mail may use, in groups (contact fields, custom fields,
            general, ...).
    """

    smartcodes: list[SmartcodesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smartcodes = []
        for componentsschemas_smartcodes_item_data in self.smartcodes:
            componentsschemas_smartcodes_item = componentsschemas_smartcodes_item_data.to_dict()
            smartcodes.append(componentsschemas_smartcodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smartcodes": smartcodes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smartcodes = []
        _smartcodes = d.pop("smartcodes")
        for componentsschemas_smartcodes_item_data in _smartcodes:
            componentsschemas_smartcodes_item = SmartcodesItem.from_dict(componentsschemas_smartcodes_item_data)

            smartcodes.append(componentsschemas_smartcodes_item)

        get_template_smartcodes_response_200 = cls(
            smartcodes=smartcodes,
        )

        get_template_smartcodes_response_200.additional_properties = d
        return get_template_smartcodes_response_200

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
from ..models.smartcodes_item import SmartcodesItem  # noqa: E402
