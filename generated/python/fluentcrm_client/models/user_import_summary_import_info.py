from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_import_summary_import_info_subscribers_item import UserImportSummaryImportInfoSubscribersItem


T = TypeVar("T", bound="UserImportSummaryImportInfo")


@_attrs_define
class UserImportSummaryImportInfo:
    """
    Attributes:
        subscribers (list[UserImportSummaryImportInfoSubscribersItem]):
        total (int):
        has_list_config (bool | Unset):
        has_tag_config (bool | Unset):
        has_status_config (bool | Unset):
        has_update_config (bool | Unset):
        has_silent_config (bool | Unset):
    """

    subscribers: list[UserImportSummaryImportInfoSubscribersItem]
    total: int
    has_list_config: bool | Unset = UNSET
    has_tag_config: bool | Unset = UNSET
    has_status_config: bool | Unset = UNSET
    has_update_config: bool | Unset = UNSET
    has_silent_config: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscribers = []
        for subscribers_item_data in self.subscribers:
            subscribers_item = subscribers_item_data.to_dict()
            subscribers.append(subscribers_item)

        total = self.total

        has_list_config = self.has_list_config

        has_tag_config = self.has_tag_config

        has_status_config = self.has_status_config

        has_update_config = self.has_update_config

        has_silent_config = self.has_silent_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscribers": subscribers,
                "total": total,
            }
        )
        if has_list_config is not UNSET:
            field_dict["has_list_config"] = has_list_config
        if has_tag_config is not UNSET:
            field_dict["has_tag_config"] = has_tag_config
        if has_status_config is not UNSET:
            field_dict["has_status_config"] = has_status_config
        if has_update_config is not UNSET:
            field_dict["has_update_config"] = has_update_config
        if has_silent_config is not UNSET:
            field_dict["has_silent_config"] = has_silent_config

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscribers = []
        _subscribers = d.pop("subscribers")
        for subscribers_item_data in _subscribers:
            subscribers_item = UserImportSummaryImportInfoSubscribersItem.from_dict(subscribers_item_data)

            subscribers.append(subscribers_item)

        total = d.pop("total")

        has_list_config = d.pop("has_list_config", UNSET)

        has_tag_config = d.pop("has_tag_config", UNSET)

        has_status_config = d.pop("has_status_config", UNSET)

        has_update_config = d.pop("has_update_config", UNSET)

        has_silent_config = d.pop("has_silent_config", UNSET)

        user_import_summary_import_info = cls(
            subscribers=subscribers,
            total=total,
            has_list_config=has_list_config,
            has_tag_config=has_tag_config,
            has_status_config=has_status_config,
            has_update_config=has_update_config,
            has_silent_config=has_silent_config,
        )

        user_import_summary_import_info.additional_properties = d
        return user_import_summary_import_info

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
from ..models.user_import_summary_import_info_subscribers_item import UserImportSummaryImportInfoSubscribersItem  # noqa: E402
