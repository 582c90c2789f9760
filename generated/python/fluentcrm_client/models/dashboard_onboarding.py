from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_onboarding_dashboard_onboarding_step import DashboardOnboardingDashboardOnboardingStep


T = TypeVar("T", bound="DashboardOnboarding")


@_attrs_define
class DashboardOnboarding:
    """Progress of the first-run checklist.

    Attributes:
        total (int):
        completed (int):
        steps (list[DashboardOnboardingDashboardOnboardingStep]):
    """

    total: int
    completed: int
    steps: list[DashboardOnboardingDashboardOnboardingStep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        completed = self.completed

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "completed": completed,
                "steps": steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        completed = d.pop("completed")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = DashboardOnboardingDashboardOnboardingStep.from_dict(steps_item_data)

            steps.append(steps_item)

        dashboard_onboarding = cls(
            total=total,
            completed=completed,
            steps=steps,
        )

        dashboard_onboarding.additional_properties = d
        return dashboard_onboarding

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
from ..models.dashboard_onboarding_dashboard_onboarding_step import DashboardOnboardingDashboardOnboardingStep  # noqa: E402
