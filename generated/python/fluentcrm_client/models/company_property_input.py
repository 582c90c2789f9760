from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_property_input_property import CompanyPropertyInputProperty, check_company_property_input_property

T = TypeVar("T", bound="CompanyPropertyInput")


@_attrs_define
class CompanyPropertyInput:
    """One property to set on several companies. `property` must be `type`, `logo`, `owner_id` or `refetch_logo`; for
    `type` the value must be one of the company types. `refetch_logo` fetches the logo from the first company's
    website (an outgoing request from the server) and stops there.

        Attributes:
            property (CompanyPropertyInputProperty):
            value (str): The new value; for `type`, one of `Prospect`, `Partner`, `Reseller`, `Vendor`, `Other`.
            companies (list[int]): Ids of the companies to change; ids with no company are skipped.
    """

    property: CompanyPropertyInputProperty
    value: str
    companies: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property: str = self.property

        value = self.value

        companies = self.companies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property,
                "value": value,
                "companies": companies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property = check_company_property_input_property(d.pop("property"))

        value = d.pop("value")

        companies = cast(list[int], d.pop("companies"))

        company_property_input = cls(
            property=property,
            value=value,
            companies=companies,
        )

        company_property_input.additional_properties = d
        return company_property_input

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
