from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_bulk_action_input_action_name import (
    CompanyBulkActionInputActionName,
    check_company_bulk_action_input_action_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyBulkActionInput")


@_attrs_define
class CompanyBulkActionInput:
    """A bulk action on companies. Send the ids in `company_ids`: with an empty or missing `company_ids`, FluentCRM
    applies the action to the next 50 companies (id above `last_id`, optionally filtered by `search`), i.e. to every
    company when called repeatedly.

        Attributes:
            action_name (CompanyBulkActionInputActionName): `change_company_status` is also accepted by the controller but
                fails with 423 because companies have no `status` column; any other name changes nothing and still reports
                success.
            company_ids (list[int]):
            new_status (str | Unset): The new type (`change_company_type`) or category (`change_company_category`); required
                for those.
    """

    action_name: CompanyBulkActionInputActionName
    company_ids: list[int]
    new_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_name: str = self.action_name

        company_ids = self.company_ids

        new_status = self.new_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_name": action_name,
                "company_ids": company_ids,
            }
        )
        if new_status is not UNSET:
            field_dict["new_status"] = new_status

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_name = check_company_bulk_action_input_action_name(d.pop("action_name"))

        company_ids = cast(list[int], d.pop("company_ids"))

        new_status = d.pop("new_status", UNSET)

        company_bulk_action_input = cls(
            action_name=action_name,
            company_ids=company_ids,
            new_status=new_status,
        )

        company_bulk_action_input.additional_properties = d
        return company_bulk_action_input

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
