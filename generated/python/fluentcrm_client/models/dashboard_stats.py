from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_counters import DashboardCounters
    from ..models.dashboard_onboarding import DashboardOnboarding
    from ..models.dashboard_quick_link import DashboardQuickLink
    from ..models.dashboard_recommendation import DashboardRecommendation
    from ..models.dashboard_sales_figure import DashboardSalesFigure
    from ..models.dashboard_stats_fluent_forms_config import DashboardStatsFluentFormsConfig
    from ..models.dashboard_system_tip import DashboardSystemTip


T = TypeVar("T", bound="DashboardStats")


@_attrs_define
class DashboardStats:
    """Body of `GET /reports/dashboard-stats`. Several members change type with the site's state: `sales` is `[]` without a
    commerce integration, `onboarding` is `null` once every step is done, `recommendation` is `false` when there is
    nothing to suggest, and `system_tips` is `""` unless a clean-up is advised.

        Attributes:
            stats (DashboardCounters): The dashboard's counter tiles, keyed by counter name. The six keys listed are always
                present on FluentCRM 2.9.84; `email_pending` is added while e-mails wait to be sent, and add-ons may add more
                tiles of the same shape.
            sales (list[DashboardSalesFigure]): Revenue figures from a commerce integration; `[]` on a site without one.
            dashboard_notices (list[str]): HTML notices for the administrator, e.g. a warning that WordPress cron is not
                running on time. Often empty.
            onboarding (DashboardOnboarding | None): First-run checklist, or `null` once every step has been completed.
            quick_links (list[DashboardQuickLink]):
            ff_config (DashboardStatsFluentFormsConfig): State of the Fluent Forms integration.
            recommendation (bool | DashboardRecommendation): An upgrade suggestion, or `false` when there is none (always
                `false` with FluentCRM Pro).
            system_tips (DashboardSystemTip | str): A maintenance suggestion, or `""` when there is none.
    """

    stats: DashboardCounters
    sales: list[DashboardSalesFigure]
    dashboard_notices: list[str]
    onboarding: DashboardOnboarding | None
    quick_links: list[DashboardQuickLink]
    ff_config: DashboardStatsFluentFormsConfig
    recommendation: bool | DashboardRecommendation
    system_tips: DashboardSystemTip | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats = self.stats.to_dict()

        sales = []
        for sales_item_data in self.sales:
            sales_item = sales_item_data.to_dict()
            sales.append(sales_item)

        dashboard_notices = self.dashboard_notices

        onboarding: dict[str, Any] | None
        if isinstance(self.onboarding, DashboardOnboarding):
            onboarding = self.onboarding.to_dict()
        else:
            onboarding = self.onboarding

        quick_links = []
        for quick_links_item_data in self.quick_links:
            quick_links_item = quick_links_item_data.to_dict()
            quick_links.append(quick_links_item)

        ff_config = self.ff_config.to_dict()

        recommendation: bool | dict[str, Any]
        if isinstance(self.recommendation, DashboardRecommendation):
            recommendation = self.recommendation.to_dict()
        else:
            recommendation = self.recommendation

        system_tips: dict[str, Any] | str
        if isinstance(self.system_tips, DashboardSystemTip):
            system_tips = self.system_tips.to_dict()
        else:
            system_tips = self.system_tips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stats": stats,
                "sales": sales,
                "dashboard_notices": dashboard_notices,
                "onboarding": onboarding,
                "quick_links": quick_links,
                "ff_config": ff_config,
                "recommendation": recommendation,
                "system_tips": system_tips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stats = DashboardCounters.from_dict(d.pop("stats"))

        sales = []
        _sales = d.pop("sales")
        for sales_item_data in _sales:
            sales_item = DashboardSalesFigure.from_dict(sales_item_data)

            sales.append(sales_item)

        dashboard_notices = cast(list[str], d.pop("dashboard_notices"))

        def _parse_onboarding(data: object) -> DashboardOnboarding | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                onboarding_type_0 = DashboardOnboarding.from_dict(data)

                return onboarding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardOnboarding | None, data)

        onboarding = _parse_onboarding(d.pop("onboarding"))

        quick_links = []
        _quick_links = d.pop("quick_links")
        for quick_links_item_data in _quick_links:
            quick_links_item = DashboardQuickLink.from_dict(quick_links_item_data)

            quick_links.append(quick_links_item)

        ff_config = DashboardStatsFluentFormsConfig.from_dict(d.pop("ff_config"))

        def _parse_recommendation(data: object) -> bool | DashboardRecommendation:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recommendation_type_0 = DashboardRecommendation.from_dict(data)

                return recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | DashboardRecommendation, data)

        recommendation = _parse_recommendation(d.pop("recommendation"))

        def _parse_system_tips(data: object) -> DashboardSystemTip | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_tips_type_0 = DashboardSystemTip.from_dict(data)

                return system_tips_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardSystemTip | str, data)

        system_tips = _parse_system_tips(d.pop("system_tips"))

        dashboard_stats = cls(
            stats=stats,
            sales=sales,
            dashboard_notices=dashboard_notices,
            onboarding=onboarding,
            quick_links=quick_links,
            ff_config=ff_config,
            recommendation=recommendation,
            system_tips=system_tips,
        )

        dashboard_stats.additional_properties = d
        return dashboard_stats

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
from ..models.dashboard_counters import DashboardCounters  # noqa: E402
from ..models.dashboard_onboarding import DashboardOnboarding  # noqa: E402
from ..models.dashboard_quick_link import DashboardQuickLink  # noqa: E402
from ..models.dashboard_recommendation import DashboardRecommendation  # noqa: E402
from ..models.dashboard_sales_figure import DashboardSalesFigure  # noqa: E402
from ..models.dashboard_stats_fluent_forms_config import DashboardStatsFluentFormsConfig  # noqa: E402
from ..models.dashboard_system_tip import DashboardSystemTip  # noqa: E402
