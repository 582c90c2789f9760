from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.csv_import_response_invalid_contacts_item_custom_values import (
        CsvImportResponseInvalidContactsItemCustomValues,
    )


T = TypeVar("T", bound="CsvImportResponseInvalidContactsItem")


@_attrs_define
class CsvImportResponseInvalidContactsItem:
    """
    Attributes:
        email (str):
        custom_values (CsvImportResponseInvalidContactsItemCustomValues | list[str] | Unset):
    """

    email: str
    custom_values: CsvImportResponseInvalidContactsItemCustomValues | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        custom_values: dict[str, Any] | list[str] | Unset
        if isinstance(self.custom_values, Unset):
            custom_values = UNSET
        elif isinstance(self.custom_values, CsvImportResponseInvalidContactsItemCustomValues):
            custom_values = self.custom_values.to_dict()
        else:
            custom_values = self.custom_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if custom_values is not UNSET:
            field_dict["custom_values"] = custom_values

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_custom_values(data: object) -> CsvImportResponseInvalidContactsItemCustomValues | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_values_custom_values = CsvImportResponseInvalidContactsItemCustomValues.from_dict(data)

                return custom_values_custom_values
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            custom_values_type_1 = cast(list[str], data)

            return custom_values_type_1

        custom_values = _parse_custom_values(d.pop("custom_values", UNSET))

        csv_import_response_invalid_contacts_item = cls(
            email=email,
            custom_values=custom_values,
        )

        csv_import_response_invalid_contacts_item.additional_properties = d
        return csv_import_response_invalid_contacts_item

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
from ..models.csv_import_response_invalid_contacts_item_custom_values import (
    CsvImportResponseInvalidContactsItemCustomValues,  # noqa: E402
)
