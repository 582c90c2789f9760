from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserImportProgress")


@_attrs_define
class UserImportProgress:
    """How far a WordPress-user import got. `has_more` is true whenever the page held users, so the last page with users
    still says `true` (FluentCRM 2.9.84 bug); the import is finished when a further page answers `false`.

        Attributes:
            page_total (int): Pages of 100 users with the selected roles.
            record_total (int): Users with the selected roles.
            has_more (bool):
            current_page (int):
            next_page (int):
            message (str | Unset): Always `Processing` (only `POST /import/users` sends it).
    """

    page_total: int
    record_total: int
    has_more: bool
    current_page: int
    next_page: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_total = self.page_total

        record_total = self.record_total

        has_more = self.has_more

        current_page = self.current_page

        next_page = self.next_page

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_total": page_total,
                "record_total": record_total,
                "has_more": has_more,
                "current_page": current_page,
                "next_page": next_page,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_total = d.pop("page_total")

        record_total = d.pop("record_total")

        has_more = d.pop("has_more")

        current_page = d.pop("current_page")

        next_page = d.pop("next_page")

        message = d.pop("message", UNSET)

        user_import_progress = cls(
            page_total=page_total,
            record_total=record_total,
            has_more=has_more,
            current_page=current_page,
            next_page=next_page,
            message=message,
        )

        user_import_progress.additional_properties = d
        return user_import_progress

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
