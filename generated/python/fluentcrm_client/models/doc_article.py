from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.doc_article_category import DocArticleCategory


T = TypeVar("T", bound="DocArticle")


@_attrs_define
class DocArticle:
    """One article of FluentCRM's online documentation, fetched from fluentcrm.com.

    Attributes:
        title (str):
        content (str): The article as sanitised HTML.
        link (str):
        category (DocArticleCategory | Unset):
    """

    title: str
    content: str
    link: str
    category: DocArticleCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        content = self.content

        link = self.link

        category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "content": content,
                "link": link,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        content = d.pop("content")

        link = d.pop("link")

        _category = d.pop("category", UNSET)
        category: DocArticleCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = DocArticleCategory.from_dict(_category)

        doc_article = cls(
            title=title,
            content=content,
            link=link,
            category=category,
        )

        doc_article.additional_properties = d
        return doc_article

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
from ..models.doc_article_category import DocArticleCategory  # noqa: E402
