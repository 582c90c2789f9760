from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.route_description_route_links_route_link import RouteDescriptionRouteLinksRouteLink


T = TypeVar("T", bound="RouteDescriptionRouteLinks")


@_attrs_define
class RouteDescriptionRouteLinks:
    """
    Attributes:
        self_links (list[RouteDescriptionRouteLinksRouteLink] | Unset):
    """

    self_links: list[RouteDescriptionRouteLinksRouteLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.self_links, Unset):
            self_links = []
            for self_item_data in self.self_links:
                self_item = self_item_data.to_dict()
                self_links.append(self_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_links is not UNSET:
            field_dict["self"] = self_links

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _self_links = d.pop("self", UNSET)
        self_links: list[RouteDescriptionRouteLinksRouteLink] | Unset = UNSET
        if _self_links is not UNSET:
            self_links = []
            for self_item_data in _self_links:
                self_item = RouteDescriptionRouteLinksRouteLink.from_dict(self_item_data)

                self_links.append(self_item)

        route_description_route_links = cls(
            self_links=self_links,
        )

        route_description_route_links.additional_properties = d
        return route_description_route_links

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
from ..models.route_description_route_links_route_link import RouteDescriptionRouteLinksRouteLink  # noqa: E402
