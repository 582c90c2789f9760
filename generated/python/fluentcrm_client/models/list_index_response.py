from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_index_response_list_pagination import ListIndexResponseListPagination
    from ..models.list_item import ListItem
    from ..models.list_summary import ListSummary


T = TypeVar("T", bound="ListIndexResponse")


@_attrs_define
class ListIndexResponse:
    """Body of `GET /lists`: one page of lists and the total number of lists that match the search. There is no full
    paginator (no page numbers or links) and no `__bench` field.

        Attributes:
            lists (list[ListItem]): The lists on the requested page, newest first unless `sort_by`/`sort_order` say
                otherwise.
            pagination (ListIndexResponseListPagination): Only the total is given; derive the page count from it and
                `per_page`.
            all_lists (list[ListSummary] | Unset): Every list, unpaginated, with string ids. Present only when `all_lists`
                is set in the request.
    """

    lists: list[ListItem]
    pagination: ListIndexResponseListPagination
    all_lists: list[ListSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        pagination = self.pagination.to_dict()

        all_lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_lists, Unset):
            all_lists = []
            for all_lists_item_data in self.all_lists:
                all_lists_item = all_lists_item_data.to_dict()
                all_lists.append(all_lists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lists": lists,
                "pagination": pagination,
            }
        )
        if all_lists is not UNSET:
            field_dict["all_lists"] = all_lists

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lists = []
        _lists = d.pop("lists")
        for lists_item_data in _lists:
            lists_item = ListItem.from_dict(lists_item_data)

            lists.append(lists_item)

        pagination = ListIndexResponseListPagination.from_dict(d.pop("pagination"))

        _all_lists = d.pop("all_lists", UNSET)
        all_lists: list[ListSummary] | Unset = UNSET
        if _all_lists is not UNSET:
            all_lists = []
            for all_lists_item_data in _all_lists:
                all_lists_item = ListSummary.from_dict(all_lists_item_data)

                all_lists.append(all_lists_item)

        list_index_response = cls(
            lists=lists,
            pagination=pagination,
            all_lists=all_lists,
        )

        list_index_response.additional_properties = d
        return list_index_response

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
from ..models.list_index_response_list_pagination import ListIndexResponseListPagination  # noqa: E402
from ..models.list_item import ListItem  # noqa: E402
from ..models.list_summary import ListSummary  # noqa: E402
