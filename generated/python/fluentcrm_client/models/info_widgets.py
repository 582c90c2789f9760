from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.info_widgets_other_widgets_item import InfoWidgetsOtherWidgetsItem
    from ..models.info_widgets_top_widgets_item import InfoWidgetsTopWidgetsItem


T = TypeVar("T", bound="InfoWidgets")


@_attrs_define
class InfoWidgets:
    """The widgets of a contact's profile, as integrations supply them; empty on the free plugin alone.

    Attributes:
        top_widgets (list[InfoWidgetsTopWidgetsItem]): Widgets shown at the top (such as commerce figures).
        other_widgets (list[InfoWidgetsOtherWidgetsItem]):
        widgets_count (int):
    """

    top_widgets: list[InfoWidgetsTopWidgetsItem]
    other_widgets: list[InfoWidgetsOtherWidgetsItem]
    widgets_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        top_widgets = []
        for top_widgets_item_data in self.top_widgets:
            top_widgets_item = top_widgets_item_data.to_dict()
            top_widgets.append(top_widgets_item)

        other_widgets = []
        for other_widgets_item_data in self.other_widgets:
            other_widgets_item = other_widgets_item_data.to_dict()
            other_widgets.append(other_widgets_item)

        widgets_count = self.widgets_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top_widgets": top_widgets,
                "other_widgets": other_widgets,
                "widgets_count": widgets_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        top_widgets = []
        _top_widgets = d.pop("top_widgets")
        for top_widgets_item_data in _top_widgets:
            top_widgets_item = InfoWidgetsTopWidgetsItem.from_dict(top_widgets_item_data)

            top_widgets.append(top_widgets_item)

        other_widgets = []
        _other_widgets = d.pop("other_widgets")
        for other_widgets_item_data in _other_widgets:
            other_widgets_item = InfoWidgetsOtherWidgetsItem.from_dict(other_widgets_item_data)

            other_widgets.append(other_widgets_item)

        widgets_count = d.pop("widgets_count")

        info_widgets = cls(
            top_widgets=top_widgets,
            other_widgets=other_widgets,
            widgets_count=widgets_count,
        )

        info_widgets.additional_properties = d
        return info_widgets

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
from ..models.info_widgets_other_widgets_item import InfoWidgetsOtherWidgetsItem  # noqa: E402
from ..models.info_widgets_top_widgets_item import InfoWidgetsTopWidgetsItem  # noqa: E402
