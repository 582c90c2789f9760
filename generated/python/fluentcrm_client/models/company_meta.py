from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.company_meta_custom_values import CompanyMetaCustomValues


T = TypeVar("T", bound="CompanyMeta")


@_attrs_define
class CompanyMeta:
    """The company's `meta` column, decoded. `custom_values` holds the company custom-field values keyed by field slug;
    with no values stored PHP encodes the empty map as `[]`.

        Attributes:
            custom_values (CompanyMetaCustomValues | list[str]):
    """

    custom_values: CompanyMetaCustomValues | list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_values: dict[str, Any] | list[str]
        if isinstance(self.custom_values, CompanyMetaCustomValues):
            custom_values = self.custom_values.to_dict()
        else:
            custom_values = self.custom_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_values": custom_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_custom_values(data: object) -> CompanyMetaCustomValues | list[str]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_values_custom_values = CompanyMetaCustomValues.from_dict(data)

                return custom_values_custom_values
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            custom_values_type_1 = cast(list[str], data)

            return custom_values_type_1

        custom_values = _parse_custom_values(d.pop("custom_values"))

        company_meta = cls(
            custom_values=custom_values,
        )

        company_meta.additional_properties = d
        return company_meta

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
from ..models.company_meta_custom_values import CompanyMetaCustomValues  # noqa: E402
