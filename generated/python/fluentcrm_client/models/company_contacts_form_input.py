from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompanyContactsFormInput")


@_attrs_define
class CompanyContactsFormInput:
    """The form-encoded equivalent of `CompanyContactsInput`: the ids repeated under their PHP array names.
    Contacts and companies to link or unlink: every contact of `subscriber_ids` with every company of `company_ids`.
    Both arrays are required; without them FluentCRM 2.9.84 crashes.

        Attributes:
            subscriber_ids (list[int]):
            company_ids (list[int]):
    """

    subscriber_ids: list[int]
    company_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_ids = self.subscriber_ids

        company_ids = self.company_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber_ids[]": subscriber_ids,
                "company_ids[]": company_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_ids = cast(list[int], d.pop("subscriber_ids[]"))

        company_ids = cast(list[int], d.pop("company_ids[]"))

        company_contacts_form_input = cls(
            subscriber_ids=subscriber_ids,
            company_ids=company_ids,
        )

        company_contacts_form_input.additional_properties = d
        return company_contacts_form_input

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
