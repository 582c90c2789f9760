from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.company import Company


T = TypeVar("T", bound="CompanyDetachResponse")


@_attrs_define
class CompanyDetachResponse:
    """Body of a successful `POST /companies/detach-subscribers`.

    Attributes:
        companies (list[Company]): The companies that exist among `company_ids`.
        last_primary_company_id (bool | int | None | str): The primary company (`company_id`) of the last contact
            handled, after the change: its id, or `false` when
            the contact no longer has a primary company (detaching a contact from its primary company moves the
            contact to another of its companies, if any).
        message (str):
    """

    companies: list[Company]
    last_primary_company_id: bool | int | None | str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        companies = []
        for companies_item_data in self.companies:
            companies_item = companies_item_data.to_dict()
            companies.append(companies_item)

        last_primary_company_id: bool | int | None | str
        last_primary_company_id = self.last_primary_company_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companies": companies,
                "last_primary_company_id": last_primary_company_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        companies = []
        _companies = d.pop("companies")
        for companies_item_data in _companies:
            companies_item = Company.from_dict(companies_item_data)

            companies.append(companies_item)

        def _parse_last_primary_company_id(data: object) -> bool | int | None | str:
            if data is None:
                return data
            return cast(bool | int | None | str, data)

        last_primary_company_id = _parse_last_primary_company_id(d.pop("last_primary_company_id"))

        message = d.pop("message")

        company_detach_response = cls(
            companies=companies,
            last_primary_company_id=last_primary_company_id,
            message=message,
        )

        company_detach_response.additional_properties = d
        return company_detach_response

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
from ..models.company import Company  # noqa: E402
