from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..models.company_input_type import CompanyInputType, check_company_input_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyInput")


@_attrs_define
class CompanyInput:
    """The fields of a company, sent flat (not wrapped), as JSON or as a form. `name` is required and must be unique.
    Only the fields that are sent are written. The URL fields must be URLs; one sent without a scheme gets
    `https://` first. `intended_contact_id` is not a column: on create, it attaches that contact to the new company
    (and makes it the contact's primary company when the contact has none).

        Attributes:
            name (str):
            owner_id (int | Unset): Id of the contact who owns the company.
            industry (str | Unset): Company category.
            type (CompanyInputType | Unset): Company type.
            email (str | Unset):
            phone (str | Unset):
            employees_number (int | Unset):
            description (str | Unset):
            website (str | Unset): A URL; `https://` is added when the scheme is missing.
            linkedin_url (str | Unset): A URL; `https://` is added when the scheme is missing.
            facebook_url (str | Unset): A URL; `https://` is added when the scheme is missing.
            twitter_url (str | Unset): A URL; `https://` is added when the scheme is missing.
            logo (str | Unset): A URL; `https://` is added when the scheme is missing.
            address_line_1 (str | Unset):
            address_line_2 (str | Unset):
            postal_code (str | Unset):
            city (str | Unset):
            state (str | Unset):
            country (str | Unset): Two-letter country code.
            timezone (str | Unset):
            date_of_start (datetime.date | Unset): Founding date (`YYYY-MM-DD`).
            intended_contact_id (int | Unset): On create only, a contact to attach to the new company.
    """

    name: str
    owner_id: int | Unset = UNSET
    industry: str | Unset = UNSET
    type: CompanyInputType | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    employees_number: int | Unset = UNSET
    description: str | Unset = UNSET
    website: str | Unset = UNSET
    linkedin_url: str | Unset = UNSET
    facebook_url: str | Unset = UNSET
    twitter_url: str | Unset = UNSET
    logo: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    timezone: str | Unset = UNSET
    date_of_start: datetime.date | Unset = UNSET
    intended_contact_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner_id = self.owner_id

        industry = self.industry

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        email = self.email

        phone = self.phone

        employees_number = self.employees_number

        description = self.description

        website = self.website

        linkedin_url = self.linkedin_url

        facebook_url = self.facebook_url

        twitter_url = self.twitter_url

        logo = self.logo

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        postal_code = self.postal_code

        city = self.city

        state = self.state

        country = self.country

        timezone = self.timezone

        date_of_start: Any = UNSET
        if not isinstance(self.date_of_start, Unset):
            date_of_start = _wire.format_date(self.date_of_start)

        intended_contact_id = self.intended_contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if industry is not UNSET:
            field_dict["industry"] = industry
        if type is not UNSET:
            field_dict["type"] = type
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if employees_number is not UNSET:
            field_dict["employees_number"] = employees_number
        if description is not UNSET:
            field_dict["description"] = description
        if website is not UNSET:
            field_dict["website"] = website
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if facebook_url is not UNSET:
            field_dict["facebook_url"] = facebook_url
        if twitter_url is not UNSET:
            field_dict["twitter_url"] = twitter_url
        if logo is not UNSET:
            field_dict["logo"] = logo
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if date_of_start is not UNSET:
            field_dict["date_of_start"] = date_of_start
        if intended_contact_id is not UNSET:
            field_dict["intended_contact_id"] = intended_contact_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        owner_id = d.pop("owner_id", UNSET)

        industry = d.pop("industry", UNSET)

        _type = d.pop("type", UNSET)
        type: CompanyInputType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_company_input_type(_type)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        employees_number = d.pop("employees_number", UNSET)

        description = d.pop("description", UNSET)

        website = d.pop("website", UNSET)

        linkedin_url = d.pop("linkedin_url", UNSET)

        facebook_url = d.pop("facebook_url", UNSET)

        twitter_url = d.pop("twitter_url", UNSET)

        logo = d.pop("logo", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        country = d.pop("country", UNSET)

        timezone = d.pop("timezone", UNSET)

        _date_of_start = d.pop("date_of_start", UNSET)
        date_of_start: datetime.date | Unset
        if isinstance(_date_of_start, Unset):
            date_of_start = UNSET
        else:
            date_of_start = _wire.parse_date(_date_of_start)

        intended_contact_id = d.pop("intended_contact_id", UNSET)

        company_input = cls(
            name=name,
            owner_id=owner_id,
            industry=industry,
            type=type,
            email=email,
            phone=phone,
            employees_number=employees_number,
            description=description,
            website=website,
            linkedin_url=linkedin_url,
            facebook_url=facebook_url,
            twitter_url=twitter_url,
            logo=logo,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            postal_code=postal_code,
            city=city,
            state=state,
            country=country,
            timezone=timezone,
            date_of_start=date_of_start,
            intended_contact_id=intended_contact_id,
        )

        company_input.additional_properties = d
        return company_input

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
