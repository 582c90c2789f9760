from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_meta import CompanyMeta


T = TypeVar("T", bound="CreatedCompany")


@_attrs_define
class CreatedCompany:
    """The company `POST /companies` (or `PUT /companies/0`) just stored, as the model holds it after the insert: only
    the columns the request sent (sanitised, `website` with a scheme added), then `meta`, `hash`, the timestamps and
    the new integer `id`. Sent numbers (`owner_id`, `employees_number`) come back as JSON integers, unlike on every
    read. Read the company with `GET /companies/{id}` for every column.

        Attributes:
            id (int):
            name (str):
            meta (CompanyMeta): The company's `meta` column, decoded. `custom_values` holds the company custom-field values
                keyed by field slug;
                with no values stored PHP encodes the empty map as `[]`.
            hash (str):
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            owner_id (int | None | Unset): The sent owner id; an integer here (FluentCRM casts it), a numeric string on
                every read.
            employees_number (int | Unset): The sent number of employees; an integer here, a numeric string on every read.
    """

    id: int
    name: str
    meta: CompanyMeta
    hash: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    owner_id: int | None | Unset = UNSET
    employees_number: int | Unset = UNSET
    additional_properties: dict[str, None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        meta = self.meta.to_dict()

        hash = self.hash

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        employees_number = self.employees_number

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update(
            {
                "id": id,
                "name": name,
                "meta": meta,
                "hash": hash,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if employees_number is not UNSET:
            field_dict["employees_number"] = employees_number

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        meta = CompanyMeta.from_dict(d.pop("meta"))

        hash = d.pop("hash")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        employees_number = d.pop("employees_number", UNSET)

        created_company = cls(
            id=id,
            name=name,
            meta=meta,
            hash=hash,
            created_at=created_at,
            updated_at=updated_at,
            owner_id=owner_id,
            employees_number=employees_number,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        created_company.additional_properties = additional_properties
        return created_company

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.company_meta import CompanyMeta  # noqa: E402
