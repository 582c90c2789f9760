from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_subscriber_status_change_status import (
    FunnelSubscriberStatusChangeStatus,
    check_funnel_subscriber_status_change_status,
)

T = TypeVar("T", bound="FunnelSubscriberStatusChange")


@_attrs_define
class FunnelSubscriberStatusChange:
    """The new status of a contact's progress row.

    Attributes:
        status (FunnelSubscriberStatusChangeStatus): FluentCRM's row states a client may set (`completed` is reached,
            not set).
    """

    status: FunnelSubscriberStatusChangeStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_funnel_subscriber_status_change_status(d.pop("status"))

        funnel_subscriber_status_change = cls(
            status=status,
        )

        funnel_subscriber_status_change.additional_properties = d
        return funnel_subscriber_status_change

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
