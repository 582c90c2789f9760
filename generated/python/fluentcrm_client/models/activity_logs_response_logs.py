from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.activity_log_entry import ActivityLogEntry


from .log_page_meta import LogPageMeta

T = TypeVar("T", bound="ActivityLogsResponseLogs")


@_attrs_define
class ActivityLogsResponseLogs(LogPageMeta):
    """
    Attributes:
        total (int):
        per_page (int): `"5"` for `per_page=5`; `20` by default.
        current_page (int):
        last_page (int):
        next_page_url (None | str): Link to a neighbouring page, or `null` when there is none. It is **relative** to the
            host
            (`/wp-json/fluent-crm/v2/subscribers?page=3`, or just `?page=2` under `?rest_route=`) and keeps only `page`:
            every other query parameter (`per_page`, filters, sorting) is dropped, so clients should build their own
            next-page requests rather than follow it.
        prev_page_url (None | str): Link to a neighbouring page, or `null` when there is none. It is **relative** to the
            host
            (`/wp-json/fluent-crm/v2/subscribers?page=3`, or just `?page=2` under `?rest_route=`) and keeps only `page`:
            every other query parameter (`per_page`, filters, sorting) is dropped, so clients should build their own
            next-page requests rather than follow it.
        first_item (int | None):
        last_item (int | None):
        data (list[ActivityLogEntry]):
    """

    total: int
    per_page: int
    current_page: int
    last_page: int
    next_page_url: None | str
    prev_page_url: None | str
    first_item: int | None
    last_item: int | None
    data: list[ActivityLogEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        per_page = _wire.format_int_as_sent(self.per_page)

        current_page = self.current_page

        last_page = self.last_page

        next_page_url: None | str
        next_page_url = self.next_page_url

        prev_page_url: None | str
        prev_page_url = self.prev_page_url

        first_item: int | None
        first_item = self.first_item

        last_item: int | None
        last_item = self.last_item

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "per_page": per_page,
                "current_page": current_page,
                "last_page": last_page,
                "next_page_url": next_page_url,
                "prev_page_url": prev_page_url,
                "from": first_item,
                "to": last_item,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        _per_page = d.pop("per_page")
        per_page: int
        per_page = _wire.parse_int_as_sent(_per_page)

        current_page = d.pop("current_page")

        last_page = d.pop("last_page")

        next_page_url = d.pop("next_page_url")

        prev_page_url = d.pop("prev_page_url")

        def _parse_first_item(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_item = _parse_first_item(d.pop("from"))

        def _parse_last_item(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_item = _parse_last_item(d.pop("to"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ActivityLogEntry.from_dict(data_item_data)

            data.append(data_item)

        activity_logs_response_logs = cls(
            total=total,
            per_page=per_page,
            current_page=current_page,
            last_page=last_page,
            next_page_url=next_page_url,
            prev_page_url=prev_page_url,
            first_item=first_item,
            last_item=last_item,
            data=data,
        )

        activity_logs_response_logs.additional_properties = d
        return activity_logs_response_logs

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
from ..models.activity_log_entry import ActivityLogEntry  # noqa: E402
