from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_analytics_object import CampaignAnalyticsObject
    from ..models.campaign_status_count import CampaignStatusCount


T = TypeVar("T", bound="GetCampaignOverviewStatsResponse200")


@_attrs_define
class GetCampaignOverviewStatsResponse200:
    """
    Attributes:
        sent_count (int):
        stat (list[CampaignStatusCount]): E-mails per status.
        analytics (CampaignAnalyticsObject | list[str]): Analytics of a campaign, keyed by figure (`open`, `click`,
            `ctor`, `unsubscribe`, ...); PHP's empty array `[]`
            until the campaign has been sent.
    """

    sent_count: int
    stat: list[CampaignStatusCount]
    analytics: CampaignAnalyticsObject | list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent_count = self.sent_count

        stat = []
        for stat_item_data in self.stat:
            stat_item = stat_item_data.to_dict()
            stat.append(stat_item)

        analytics: dict[str, Any] | list[str]
        if isinstance(self.analytics, CampaignAnalyticsObject):
            analytics = self.analytics.to_dict()
        else:
            analytics = self.analytics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sent_count": sent_count,
                "stat": stat,
                "analytics": analytics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent_count = d.pop("sent_count")

        stat = []
        _stat = d.pop("stat")
        for stat_item_data in _stat:
            stat_item = CampaignStatusCount.from_dict(stat_item_data)

            stat.append(stat_item)

        def _parse_analytics(data: object) -> CampaignAnalyticsObject | list[str]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_analytics_campaign_analytics_object = CampaignAnalyticsObject.from_dict(data)

                return componentsschemas_campaign_analytics_campaign_analytics_object
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_campaign_analytics_type_1 = cast(list[str], data)

            return componentsschemas_campaign_analytics_type_1

        analytics = _parse_analytics(d.pop("analytics"))

        get_campaign_overview_stats_response_200 = cls(
            sent_count=sent_count,
            stat=stat,
            analytics=analytics,
        )

        get_campaign_overview_stats_response_200.additional_properties = d
        return get_campaign_overview_stats_response_200

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
from ..models.campaign_analytics_object import CampaignAnalyticsObject  # noqa: E402
from ..models.campaign_status_count import CampaignStatusCount  # noqa: E402
