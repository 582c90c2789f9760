from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyBulkActionResponse")


@_attrs_define
class CompanyBulkActionResponse:
    """Body of a successful `POST /companies/do-bulk-action`. When companies matched: `last_company_id` (a string) and
    `completed_companies`; when none did: `is_completed: true` and `completed_companies: 0`.

        Attributes:
            completed_companies (int):
            message (str):
            last_company_id (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not
                a model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            is_completed (bool | Unset): Only when no company matched.
    """

    completed_companies: int
    message: str
    last_company_id: int | Unset = UNSET
    is_completed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_companies = self.completed_companies

        message = self.message

        last_company_id: Any = UNSET
        if not isinstance(self.last_company_id, Unset):
            last_company_id = _wire.format_int(self.last_company_id)

        is_completed = self.is_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed_companies": completed_companies,
                "message": message,
            }
        )
        if last_company_id is not UNSET:
            field_dict["last_company_id"] = last_company_id
        if is_completed is not UNSET:
            field_dict["is_completed"] = is_completed

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed_companies = d.pop("completed_companies")

        message = d.pop("message")

        _last_company_id = d.pop("last_company_id", UNSET)
        last_company_id: int | Unset
        if isinstance(_last_company_id, Unset):
            last_company_id = UNSET
        else:
            last_company_id = _wire.parse_int(_last_company_id)

        is_completed = d.pop("is_completed", UNSET)

        company_bulk_action_response = cls(
            completed_companies=completed_companies,
            message=message,
            last_company_id=last_company_id,
            is_completed=is_completed,
        )

        company_bulk_action_response.additional_properties = d
        return company_bulk_action_response

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
