from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_property_form_property import ContactPropertyFormProperty, check_contact_property_form_property
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPropertyForm")


@_attrs_define
class ContactPropertyForm:
    """`ContactPropertyInput` as a PHP form, the contacts sent as `subscribers[]=`.

    Attributes:
        property (ContactPropertyFormProperty):
        subscribers (list[int]):
        value (str | Unset):
    """

    property: ContactPropertyFormProperty
    subscribers: list[int]
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property: str = self.property

        subscribers = self.subscribers

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property,
                "subscribers[]": subscribers,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property = check_contact_property_form_property(d.pop("property"))

        subscribers = cast(list[int], d.pop("subscribers[]"))

        value = d.pop("value", UNSET)

        contact_property_form = cls(
            property=property,
            subscribers=subscribers,
            value=value,
        )

        contact_property_form.additional_properties = d
        return contact_property_form

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
