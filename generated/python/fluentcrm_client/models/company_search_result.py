from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CompanySearchResult")


@_attrs_define
class CompanySearchResult:
    """A company in the compact shape of `GET /companies/search`.

    Attributes:
        id (int):
        name (str):
        email (None | str):
        logo (None | str):
        phone (None | str):
        website (None | str):
    """

    id: int
    name: str
    email: None | str
    logo: None | str
    phone: None | str
    website: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        email: None | str
        email = self.email

        logo: None | str
        logo = self.logo

        phone: None | str
        phone = self.phone

        website: None | str
        website = self.website

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "logo": logo,
                "phone": phone,
                "website": website,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        email = d.pop("email")

        logo = d.pop("logo")

        phone = d.pop("phone")

        website = d.pop("website")

        company_search_result = cls(
            id=id,
            name=name,
            email=email,
            logo=logo,
            phone=phone,
            website=website,
        )

        return company_search_result
