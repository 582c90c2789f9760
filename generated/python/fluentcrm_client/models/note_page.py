from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.note_list_item import NoteListItem


from .paginator_meta import PaginatorMeta

T = TypeVar("T", bound="NotePage")


@_attrs_define
class NotePage(PaginatorMeta):
    """One page of a contact's notes, newest first, in FluentCRM's paginator shape (15 per page).

    Attributes:
        total (int): Number of matching items over all pages.
        per_page (int): Page size actually used.
        current_page (int): The page returned (a `page` of 0 or a non-number is served as page 1).
        last_page (int): Number of the last page; `0` when nothing matched.
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
        first_item (int | None): 1-based position of the first item on this page, `null` on an empty page.
        last_item (int | None): 1-based position of the last item on this page, `null` on an empty page.
        data (list[NoteListItem]):
    """

    total: int
    per_page: int
    current_page: int
    last_page: int
    next_page_url: None | str
    prev_page_url: None | str
    first_item: int | None
    last_item: int | None
    data: list[NoteListItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        per_page = self.per_page

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

        per_page = d.pop("per_page")

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
            data_item = NoteListItem.from_dict(data_item_data)

            data.append(data_item)

        note_page = cls(
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

        note_page.additional_properties = d
        return note_page

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
from ..models.note_list_item import NoteListItem  # noqa: E402
