from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="TagFindResponse")


@_attrs_define
class TagFindResponse:
    """Body of `GET /tags/{id}`. `tag` is `null` when no tag has that id (the status is still 200). There is no `__bench`.

    Attributes:
        tag (None | Tag):
    """

    tag: None | Tag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag: dict[str, Any] | None
        if isinstance(self.tag, Tag):
            tag = self.tag.to_dict()
        else:
            tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_tag(data: object) -> None | Tag:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tag_type_0 = Tag.from_dict(data)

                return tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tag, data)

        tag = _parse_tag(d.pop("tag"))

        tag_find_response = cls(
            tag=tag,
        )

        tag_find_response.additional_properties = d
        return tag_find_response

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
from ..models.tag import Tag  # noqa: E402
