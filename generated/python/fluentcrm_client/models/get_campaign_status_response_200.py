from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.campaign import Campaign
    from ..models.campaign_analytics_object import CampaignAnalyticsObject
    from ..models.campaign_status_count import CampaignStatusCount
    from ..models.get_campaign_status_response_200_subject_analytics import GetCampaignStatusResponse200SubjectAnalytics
    from ..models.get_campaign_status_response_200_subject_analytics_item import (
        GetCampaignStatusResponse200SubjectAnalyticsItem,
    )


T = TypeVar("T", bound="GetCampaignStatusResponse200")


@_attrs_define
class GetCampaignStatusResponse200:
    """
    Attributes:
        current_timestamp (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the
            site's local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        stat (list[CampaignStatusCount]): E-mails per status.
        campaign (Campaign): A stored campaign as the read routes return it. The extra keys appear only where said:
            `server_time` on
            `GET /campaigns/{id}`, `subjects` with `with[]=subjects`, `sent_by` on `GET /campaigns/{id}/status`,
            `scheduling_range` on `GET /campaigns/{id}/processing-stat` while processing.
        sent_count (int):
        analytics (CampaignAnalyticsObject | list[str]): Analytics of a campaign, keyed by figure (`open`, `click`,
            `ctor`, `unsubscribe`, ...); PHP's empty array `[]`
            until the campaign has been sent.
        subject_analytics (GetCampaignStatusResponse200SubjectAnalytics |
            list[GetCampaignStatusResponse200SubjectAnalyticsItem]): Per A/B subject figures; `[]` when none.
    """

    current_timestamp: datetime.datetime
    stat: list[CampaignStatusCount]
    campaign: Campaign
    sent_count: int
    analytics: CampaignAnalyticsObject | list[str]
    subject_analytics: (
        GetCampaignStatusResponse200SubjectAnalytics | list[GetCampaignStatusResponse200SubjectAnalyticsItem]
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_timestamp = _wire.format_datetime(self.current_timestamp)

        stat = []
        for stat_item_data in self.stat:
            stat_item = stat_item_data.to_dict()
            stat.append(stat_item)

        campaign = self.campaign.to_dict()

        sent_count = self.sent_count

        analytics: dict[str, Any] | list[str]
        if isinstance(self.analytics, CampaignAnalyticsObject):
            analytics = self.analytics.to_dict()
        else:
            analytics = self.analytics

        subject_analytics: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.subject_analytics, list):
            subject_analytics = []
            for subject_analytics_type_0_item_data in self.subject_analytics:
                subject_analytics_type_0_item = subject_analytics_type_0_item_data.to_dict()
                subject_analytics.append(subject_analytics_type_0_item)

        else:
            subject_analytics = self.subject_analytics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_timestamp": current_timestamp,
                "stat": stat,
                "campaign": campaign,
                "sent_count": sent_count,
                "analytics": analytics,
                "subject_analytics": subject_analytics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _current_timestamp = d.pop("current_timestamp")
        current_timestamp: datetime.datetime
        current_timestamp = _wire.parse_datetime(_current_timestamp)

        stat = []
        _stat = d.pop("stat")
        for stat_item_data in _stat:
            stat_item = CampaignStatusCount.from_dict(stat_item_data)

            stat.append(stat_item)

        campaign = Campaign.from_dict(d.pop("campaign"))

        sent_count = d.pop("sent_count")

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

        def _parse_subject_analytics(
            data: object,
        ) -> GetCampaignStatusResponse200SubjectAnalytics | list[GetCampaignStatusResponse200SubjectAnalyticsItem]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subject_analytics_type_0 = []
                _subject_analytics_type_0 = data
                for subject_analytics_type_0_item_data in _subject_analytics_type_0:
                    subject_analytics_type_0_item = GetCampaignStatusResponse200SubjectAnalyticsItem.from_dict(
                        subject_analytics_type_0_item_data
                    )

                    subject_analytics_type_0.append(subject_analytics_type_0_item)

                return subject_analytics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            subject_analytics_subject_analytics = GetCampaignStatusResponse200SubjectAnalytics.from_dict(data)

            return subject_analytics_subject_analytics

        subject_analytics = _parse_subject_analytics(d.pop("subject_analytics"))

        get_campaign_status_response_200 = cls(
            current_timestamp=current_timestamp,
            stat=stat,
            campaign=campaign,
            sent_count=sent_count,
            analytics=analytics,
            subject_analytics=subject_analytics,
        )

        get_campaign_status_response_200.additional_properties = d
        return get_campaign_status_response_200

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
from ..models.campaign import Campaign  # noqa: E402
from ..models.campaign_analytics_object import CampaignAnalyticsObject  # noqa: E402
from ..models.campaign_status_count import CampaignStatusCount  # noqa: E402
from ..models.get_campaign_status_response_200_subject_analytics import GetCampaignStatusResponse200SubjectAnalytics  # noqa: E402
from ..models.get_campaign_status_response_200_subject_analytics_item import (
    GetCampaignStatusResponse200SubjectAnalyticsItem,  # noqa: E402
)
