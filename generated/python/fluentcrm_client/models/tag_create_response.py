from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.created_tag import CreatedTag


T = TypeVar("T", bound="TagCreateResponse")


@_attrs_define
class TagCreateResponse:
    """Body of a successful `POST /tags`. The new tag is sent twice: under `lists` (the key really is `lists`, a leftover
    of the list controller) and under `item`.

        Attributes:
            lists (CreatedTag): The tag row exactly as `POST /tags` echoes it after inserting: the columns that were written
                plus the new integer id.
            item (CreatedTag): The tag row exactly as `POST /tags` echoes it after inserting: the columns that were written
                plus the new integer id.
            message (str):
    """

    lists: CreatedTag
    item: CreatedTag
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lists = self.lists.to_dict()

        item = self.item.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lists": lists,
                "item": item,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lists = CreatedTag.from_dict(d.pop("lists"))

        item = CreatedTag.from_dict(d.pop("item"))

        message = d.pop("message")

        tag_create_response = cls(
            lists=lists,
            item=item,
            message=message,
        )

        tag_create_response.additional_properties = d
        return tag_create_response

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
from ..models.created_tag import CreatedTag  # noqa: E402
