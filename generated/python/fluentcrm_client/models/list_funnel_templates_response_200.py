from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_funnel_templates_response_200_all_item import ListFunnelTemplatesResponse200AllItem
    from ..models.list_funnel_templates_response_200_cats_item import ListFunnelTemplatesResponse200CatsItem
    from ..models.list_funnel_templates_response_200_templates_item import ListFunnelTemplatesResponse200TemplatesItem


T = TypeVar("T", bound="ListFunnelTemplatesResponse200")


@_attrs_define
class ListFunnelTemplatesResponse200:
    """
    Attributes:
        templates (list[ListFunnelTemplatesResponse200TemplatesItem]): Templates of the allowed categories (remote data,
            free-form).
        all (list[ListFunnelTemplatesResponse200AllItem]): Every template (remote data, free-form).
        cats (list[ListFunnelTemplatesResponse200CatsItem]): Template categories (remote data, free-form).
    """

    templates: list[ListFunnelTemplatesResponse200TemplatesItem]
    all: list[ListFunnelTemplatesResponse200AllItem]
    cats: list[ListFunnelTemplatesResponse200CatsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        templates = []
        for templates_item_data in self.templates:
            templates_item = templates_item_data.to_dict()
            templates.append(templates_item)

        all = []
        for all_item_data in self.all:
            all_item = all_item_data.to_dict()
            all.append(all_item)

        cats = []
        for cats_item_data in self.cats:
            cats_item = cats_item_data.to_dict()
            cats.append(cats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templates": templates,
                "all": all,
                "cats": cats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        templates = []
        _templates = d.pop("templates")
        for templates_item_data in _templates:
            templates_item = ListFunnelTemplatesResponse200TemplatesItem.from_dict(templates_item_data)

            templates.append(templates_item)

        all = []
        _all = d.pop("all")
        for all_item_data in _all:
            all_item = ListFunnelTemplatesResponse200AllItem.from_dict(all_item_data)

            all.append(all_item)

        cats = []
        _cats = d.pop("cats")
        for cats_item_data in _cats:
            cats_item = ListFunnelTemplatesResponse200CatsItem.from_dict(cats_item_data)

            cats.append(cats_item)

        list_funnel_templates_response_200 = cls(
            templates=templates,
            all=all,
            cats=cats,
        )

        list_funnel_templates_response_200.additional_properties = d
        return list_funnel_templates_response_200

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
from ..models.list_funnel_templates_response_200_all_item import ListFunnelTemplatesResponse200AllItem  # noqa: E402
from ..models.list_funnel_templates_response_200_cats_item import ListFunnelTemplatesResponse200CatsItem  # noqa: E402
from ..models.list_funnel_templates_response_200_templates_item import ListFunnelTemplatesResponse200TemplatesItem  # noqa: E402
