from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.created_company import CreatedCompany


T = TypeVar("T", bound="CompanyCreateResponse")


@_attrs_define
class CompanyCreateResponse:
    """
    Attributes:
        message (str):
        company (CreatedCompany): The company `POST /companies` (or `PUT /companies/0`) just stored, as the model holds
            it after the insert: only
            the columns the request sent (sanitised, `website` with a scheme added), then `meta`, `hash`, the timestamps and
            the new integer `id`. Sent numbers (`owner_id`, `employees_number`) come back as JSON integers, unlike on every
            read. Read the company with `GET /companies/{id}` for every column.
    """

    message: str
    company: CreatedCompany
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "company": company,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        company = CreatedCompany.from_dict(d.pop("company"))

        company_create_response = cls(
            message=message,
            company=company,
        )

        company_create_response.additional_properties = d
        return company_create_response

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
from ..models.created_company import CreatedCompany  # noqa: E402
