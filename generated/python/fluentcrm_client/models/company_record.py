from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.company_meta import CompanyMeta


from .company_columns import CompanyColumns

T = TypeVar("T", bound="CompanyRecord")


@_attrs_define
class CompanyRecord(CompanyColumns):
    """A company as the model holds it after `PUT /companies/{id}`: every column of the row, but `owner_id` and
    `employees_number` are JSON integers when the request just set them (numeric strings otherwise).

        Attributes:
            id (int):
            hash (str): A random 32-character hexadecimal identifier.
            name (str): Unique company name.
            industry (None | str): The company category (the bulk action `change_company_category` sets it).
            email (None | str):
            timezone (None | str):
            address_line_1 (None | str):
            address_line_2 (None | str):
            postal_code (None | str):
            city (None | str):
            state (None | str):
            country (None | str):
            description (None | str):
            phone (None | str):
            type (str): Company type: one of the site's company types (`Prospect`, `Partner`, `Reseller`, `Vendor`, `Other`
                by default; plugins may add more), or `""` when none was chosen.
            logo (None | str): URL of the logo image.
            website (None | str): Website URL; an address sent without a scheme is stored with `https://`.
            linkedin_url (None | str):
            facebook_url (None | str):
            twitter_url (None | str):
            date_of_start (None | str): Founding date, as sent.
            meta (CompanyMeta): The company's `meta` column, decoded. `custom_values` holds the company custom-field values
                keyed by field slug;
                with no values stored PHP encodes the empty map as `[]`.
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            owner_id (int | None): `owner_id` or `employees_number` in a response to a write. When the request sent the
                field, the model still
                holds the value PHP received, so it comes back as a JSON integer; otherwise it was read from the database and
                is a numeric string. `owner_id` may also be `null`.
            employees_number (int | None): `owner_id` or `employees_number` in a response to a write. When the request sent
                the field, the model still
                holds the value PHP received, so it comes back as a JSON integer; otherwise it was read from the database and
                is a numeric string. `owner_id` may also be `null`.
    """

    id: int
    hash: str
    name: str
    industry: None | str
    email: None | str
    timezone: None | str
    address_line_1: None | str
    address_line_2: None | str
    postal_code: None | str
    city: None | str
    state: None | str
    country: None | str
    description: None | str
    phone: None | str
    type: str
    logo: None | str
    website: None | str
    linkedin_url: None | str
    facebook_url: None | str
    twitter_url: None | str
    date_of_start: None | str
    meta: CompanyMeta
    created_at: datetime.datetime
    updated_at: datetime.datetime
    owner_id: int | None
    employees_number: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hash = self.hash

        name = self.name

        industry: None | str
        industry = self.industry

        email: None | str
        email = self.email

        timezone: None | str
        timezone = self.timezone

        address_line_1: None | str
        address_line_1 = self.address_line_1

        address_line_2: None | str
        address_line_2 = self.address_line_2

        postal_code: None | str
        postal_code = self.postal_code

        city: None | str
        city = self.city

        state: None | str
        state = self.state

        country: None | str
        country = self.country

        description: None | str
        description = self.description

        phone: None | str
        phone = self.phone

        type = self.type

        logo: None | str
        logo = self.logo

        website: None | str
        website = self.website

        linkedin_url: None | str
        linkedin_url = self.linkedin_url

        facebook_url: None | str
        facebook_url = self.facebook_url

        twitter_url: None | str
        twitter_url = self.twitter_url

        date_of_start: None | str
        date_of_start = self.date_of_start

        meta = self.meta.to_dict()

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        owner_id = None if self.owner_id is None else _wire.format_int_as_sent(self.owner_id)

        employees_number = None if self.employees_number is None else _wire.format_int_as_sent(self.employees_number)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "hash": hash,
                "name": name,
                "industry": industry,
                "email": email,
                "timezone": timezone,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "postal_code": postal_code,
                "city": city,
                "state": state,
                "country": country,
                "description": description,
                "phone": phone,
                "type": type,
                "logo": logo,
                "website": website,
                "linkedin_url": linkedin_url,
                "facebook_url": facebook_url,
                "twitter_url": twitter_url,
                "date_of_start": date_of_start,
                "meta": meta,
                "created_at": created_at,
                "updated_at": updated_at,
                "owner_id": owner_id,
                "employees_number": employees_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        hash = d.pop("hash")

        name = d.pop("name")

        industry = d.pop("industry")

        email = d.pop("email")

        timezone = d.pop("timezone")

        address_line_1 = d.pop("address_line_1")

        address_line_2 = d.pop("address_line_2")

        postal_code = d.pop("postal_code")

        city = d.pop("city")

        state = d.pop("state")

        country = d.pop("country")

        description = d.pop("description")

        phone = d.pop("phone")

        type = d.pop("type")

        logo = d.pop("logo")

        website = d.pop("website")

        linkedin_url = d.pop("linkedin_url")

        facebook_url = d.pop("facebook_url")

        twitter_url = d.pop("twitter_url")

        date_of_start = d.pop("date_of_start")

        meta = CompanyMeta.from_dict(d.pop("meta"))

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        _owner_id = d.pop("owner_id")
        owner_id: int | None
        if _wire.is_blank(_owner_id):
            owner_id = None
        else:
            owner_id = _wire.parse_int_as_sent(_owner_id)

        _employees_number = d.pop("employees_number")
        employees_number: int | None
        if _wire.is_blank(_employees_number):
            employees_number = None
        else:
            employees_number = _wire.parse_int_as_sent(_employees_number)

        company_record = cls(
            id=id,
            hash=hash,
            name=name,
            industry=industry,
            email=email,
            timezone=timezone,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            postal_code=postal_code,
            city=city,
            state=state,
            country=country,
            description=description,
            phone=phone,
            type=type,
            logo=logo,
            website=website,
            linkedin_url=linkedin_url,
            facebook_url=facebook_url,
            twitter_url=twitter_url,
            date_of_start=date_of_start,
            meta=meta,
            created_at=created_at,
            updated_at=updated_at,
            owner_id=owner_id,
            employees_number=employees_number,
        )

        company_record.additional_properties = d
        return company_record

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
from ..models.company_meta import CompanyMeta  # noqa: E402
