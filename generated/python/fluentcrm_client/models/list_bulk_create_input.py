from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.taxonomy_bulk_item import TaxonomyBulkItem


T = TypeVar("T", bound="ListBulkCreateInput")


@_attrs_define
class ListBulkCreateInput:
    """The lists to create, under `lists` (or, when `lists` is empty or missing, under `items`).

    Attributes:
        lists (list[TaxonomyBulkItem] | Unset):
        items (list[TaxonomyBulkItem] | Unset):
    """

    lists: list[TaxonomyBulkItem] | Unset = UNSET
    items: list[TaxonomyBulkItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lists is not UNSET:
            field_dict["lists"] = lists
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _lists = d.pop("lists", UNSET)
        lists: list[TaxonomyBulkItem] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = TaxonomyBulkItem.from_dict(lists_item_data)

                lists.append(lists_item)

        _items = d.pop("items", UNSET)
        items: list[TaxonomyBulkItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = TaxonomyBulkItem.from_dict(items_item_data)

                items.append(items_item)

        list_bulk_create_input = cls(
            lists=lists,
            items=items,
        )

        list_bulk_create_input.additional_properties = d
        return list_bulk_create_input

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
from ..models.taxonomy_bulk_item import TaxonomyBulkItem  # noqa: E402
