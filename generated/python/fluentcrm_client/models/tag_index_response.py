from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_page import TagPage
    from ..models.tag_summary import TagSummary


T = TypeVar("T", bound="TagIndexResponse")


@_attrs_define
class TagIndexResponse:
    """Body of `GET /tags`: a full paginator under `tags` (the prose documentation shows a plain array), optionally every
    tag under `all_tags`, and `__bench`.

        Attributes:
            tags (TagPage): One page of tags in FluentCRM's paginator shape.
            all_tags (list[TagSummary] | Unset): Every tag, unpaginated, with string ids. Present only when `all_tags` is
                set in the request.
    """

    tags: TagPage
    all_tags: list[TagSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags.to_dict()

        all_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_tags, Unset):
            all_tags = []
            for all_tags_item_data in self.all_tags:
                all_tags_item = all_tags_item_data.to_dict()
                all_tags.append(all_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )
        if all_tags is not UNSET:
            field_dict["all_tags"] = all_tags

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tags = TagPage.from_dict(d.pop("tags"))

        _all_tags = d.pop("all_tags", UNSET)
        all_tags: list[TagSummary] | Unset = UNSET
        if _all_tags is not UNSET:
            all_tags = []
            for all_tags_item_data in _all_tags:
                all_tags_item = TagSummary.from_dict(all_tags_item_data)

                all_tags.append(all_tags_item)

        tag_index_response = cls(
            tags=tags,
            all_tags=all_tags,
        )

        tag_index_response.additional_properties = d
        return tag_index_response

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
from ..models.tag_page import TagPage  # noqa: E402
from ..models.tag_summary import TagSummary  # noqa: E402
