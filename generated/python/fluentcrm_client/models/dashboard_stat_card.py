from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_route import DashboardRoute


T = TypeVar("T", bound="DashboardStatCard")


@_attrs_define
class DashboardStatCard:
    """One counter tile of the dashboard.

    Attributes:
        title (str): Label shown on the tile (translated on non-English sites).
        count (int):
        route (DashboardRoute): A route of the FluentCRM admin single-page app that a dashboard element links to.
    """

    title: str
    count: int
    route: DashboardRoute
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        count = self.count

        route = self.route.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "count": count,
                "route": route,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        count = d.pop("count")

        route = DashboardRoute.from_dict(d.pop("route"))

        dashboard_stat_card = cls(
            title=title,
            count=count,
            route=route,
        )

        dashboard_stat_card.additional_properties = d
        return dashboard_stat_card

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
from ..models.dashboard_route import DashboardRoute  # noqa: E402
