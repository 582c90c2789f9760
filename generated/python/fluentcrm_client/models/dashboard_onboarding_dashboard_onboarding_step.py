from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_route import DashboardRoute


T = TypeVar("T", bound="DashboardOnboardingDashboardOnboardingStep")


@_attrs_define
class DashboardOnboardingDashboardOnboardingStep:
    """
    Attributes:
        label (str):
        completed (bool):
        route (DashboardRoute): A route of the FluentCRM admin single-page app that a dashboard element links to.
    """

    label: str
    completed: bool
    route: DashboardRoute
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        completed = self.completed

        route = self.route.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "completed": completed,
                "route": route,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        completed = d.pop("completed")

        route = DashboardRoute.from_dict(d.pop("route"))

        dashboard_onboarding_dashboard_onboarding_step = cls(
            label=label,
            completed=completed,
            route=route,
        )

        dashboard_onboarding_dashboard_onboarding_step.additional_properties = d
        return dashboard_onboarding_dashboard_onboarding_step

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
