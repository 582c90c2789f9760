from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_stat_card import DashboardStatCard


T = TypeVar("T", bound="DashboardCounters")


@_attrs_define
class DashboardCounters:
    """The dashboard's counter tiles, keyed by counter name. The six keys listed are always present on FluentCRM 2.9.84;
    `email_pending` is added while e-mails wait to be sent, and add-ons may add more tiles of the same shape.

        Attributes:
            total_subscribers (DashboardStatCard): One counter tile of the dashboard.
            total_campaigns (DashboardStatCard): One counter tile of the dashboard.
            email_sent (DashboardStatCard): One counter tile of the dashboard.
            tags (DashboardStatCard): One counter tile of the dashboard.
            total_templates (DashboardStatCard): One counter tile of the dashboard.
            total_automations (DashboardStatCard): One counter tile of the dashboard.
            email_pending (DashboardStatCard | Unset): One counter tile of the dashboard.
    """

    total_subscribers: DashboardStatCard
    total_campaigns: DashboardStatCard
    email_sent: DashboardStatCard
    tags: DashboardStatCard
    total_templates: DashboardStatCard
    total_automations: DashboardStatCard
    email_pending: DashboardStatCard | Unset = UNSET
    additional_properties: dict[str, DashboardStatCard] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_subscribers = self.total_subscribers.to_dict()

        total_campaigns = self.total_campaigns.to_dict()

        email_sent = self.email_sent.to_dict()

        tags = self.tags.to_dict()

        total_templates = self.total_templates.to_dict()

        total_automations = self.total_automations.to_dict()

        email_pending: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_pending, Unset):
            email_pending = self.email_pending.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update(
            {
                "total_subscribers": total_subscribers,
                "total_campaigns": total_campaigns,
                "email_sent": email_sent,
                "tags": tags,
                "total_templates": total_templates,
                "total_automations": total_automations,
            }
        )
        if email_pending is not UNSET:
            field_dict["email_pending"] = email_pending

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_subscribers = DashboardStatCard.from_dict(d.pop("total_subscribers"))

        total_campaigns = DashboardStatCard.from_dict(d.pop("total_campaigns"))

        email_sent = DashboardStatCard.from_dict(d.pop("email_sent"))

        tags = DashboardStatCard.from_dict(d.pop("tags"))

        total_templates = DashboardStatCard.from_dict(d.pop("total_templates"))

        total_automations = DashboardStatCard.from_dict(d.pop("total_automations"))

        _email_pending = d.pop("email_pending", UNSET)
        email_pending: DashboardStatCard | Unset
        if isinstance(_email_pending, Unset):
            email_pending = UNSET
        else:
            email_pending = DashboardStatCard.from_dict(_email_pending)

        dashboard_counters = cls(
            total_subscribers=total_subscribers,
            total_campaigns=total_campaigns,
            email_sent=email_sent,
            tags=tags,
            total_templates=total_templates,
            total_automations=total_automations,
            email_pending=email_pending,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DashboardStatCard.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        dashboard_counters.additional_properties = additional_properties
        return dashboard_counters

    @builtins.property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DashboardStatCard:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DashboardStatCard) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.dashboard_stat_card import DashboardStatCard  # noqa: E402
