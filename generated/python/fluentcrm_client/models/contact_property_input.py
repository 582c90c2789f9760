from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_property_input_property import ContactPropertyInputProperty, check_contact_property_input_property
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPropertyInput")


@_attrs_define
class ContactPropertyInput:
    """One column to set on several contacts at once. `property` must be `status`, `contact_type`, `avatar` or
    `company_id` (else 422 `Column is not valid`); a `status` or `contact_type` the server does not know gives 422
    `Value is not valid`, and a `company_id` of no company 404. Ids of missing contacts are skipped.

        Attributes:
            property (ContactPropertyInputProperty):
            subscribers (list[int]): The contacts to change.
            value (int | str | Unset): The new value (a status, a contact type, an avatar URL or a company id).
    """

    property: ContactPropertyInputProperty
    subscribers: list[int]
    value: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property: str = self.property

        subscribers = self.subscribers

        value: int | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property,
                "subscribers": subscribers,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property = check_contact_property_input_property(d.pop("property"))

        subscribers = cast(list[int], d.pop("subscribers"))

        def _parse_value(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        contact_property_input = cls(
            property=property,
            subscribers=subscribers,
            value=value,
        )

        contact_property_input.additional_properties = d
        return contact_property_input

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
