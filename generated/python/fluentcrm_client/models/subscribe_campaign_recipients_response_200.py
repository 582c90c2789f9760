from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscribeCampaignRecipientsResponse200")


@_attrs_define
class SubscribeCampaignRecipientsResponse200:
    """
    Attributes:
        has_more (bool):
        count (int):
        total_items (int | Unset):
        page_total (float | Unset):
        next_page (int | Unset):
        execution_time (float | Unset):
    """

    has_more: bool
    count: int
    total_items: int | Unset = UNSET
    page_total: float | Unset = UNSET
    next_page: int | Unset = UNSET
    execution_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        count = self.count

        total_items = self.total_items

        page_total = self.page_total

        next_page = self.next_page

        execution_time = self.execution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
                "count": count,
            }
        )
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if page_total is not UNSET:
            field_dict["page_total"] = page_total
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_more = d.pop("has_more")

        count = d.pop("count")

        total_items = d.pop("total_items", UNSET)

        page_total = d.pop("page_total", UNSET)

        next_page = d.pop("next_page", UNSET)

        execution_time = d.pop("execution_time", UNSET)

        subscribe_campaign_recipients_response_200 = cls(
            has_more=has_more,
            count=count,
            total_items=total_items,
            page_total=page_total,
            next_page=next_page,
            execution_time=execution_time,
        )

        subscribe_campaign_recipients_response_200.additional_properties = d
        return subscribe_campaign_recipients_response_200

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
