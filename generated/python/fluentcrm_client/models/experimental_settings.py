from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExperimentalSettings")


@_attrs_define
class ExperimentalSettings:
    """Feature switches of FluentCRM's "experimental" screen (`_fluentcrm_experimental_settings`), stored values merged
    over the defaults. Three of them add a whole feature and its database table the first time they are switched
    on: `company_module` (companies and the `/companies` routes), `event_tracking` (contact events) and
    `activity_log` (`/setting/activity-logs`). Switching them off again hides the feature but keeps the table.

        Attributes:
            quick_contact_navigation (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean).
                Sent back as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            campaign_archive (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back
                as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            campaign_group_by_month (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent
                back as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            campaign_search (str): Search box on the campaign archive; default empty.
            campaign_max_number (int | str): Campaigns shown on the archive. The default is the integer `50`; after any save
                it is a string (`"50"`),
                because every value except `campaign_ids` is stored as text.
            campaign_ids (list[int]): Campaign ids on the archive.
            campaign_status (str): Which campaigns the archive shows. Default `archived`.
            classic_date_time (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back
                as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            full_navigation (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
                stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            company_module (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
                stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            company_auto_logo (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back
                as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            disable_visual_ai (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back
                as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            multi_threading_emails (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent
                back as stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            system_logs (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
                stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            event_tracking (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
                stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            abandoned_cart (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
                stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
            activity_log (str): A switch as FluentCRM stores it: the string `yes` or `no` (never a boolean). Sent back as
                stored, so the response
                side keeps it open; an unexpected value saved earlier comes back unchanged.
    """

    quick_contact_navigation: str
    campaign_archive: str
    campaign_group_by_month: str
    campaign_search: str
    campaign_max_number: int | str
    campaign_ids: list[int]
    campaign_status: str
    classic_date_time: str
    full_navigation: str
    company_module: str
    company_auto_logo: str
    disable_visual_ai: str
    multi_threading_emails: str
    system_logs: str
    event_tracking: str
    abandoned_cart: str
    activity_log: str

    def to_dict(self) -> dict[str, Any]:
        quick_contact_navigation = self.quick_contact_navigation

        campaign_archive = self.campaign_archive

        campaign_group_by_month = self.campaign_group_by_month

        campaign_search = self.campaign_search

        campaign_max_number: int | str
        campaign_max_number = self.campaign_max_number

        campaign_ids = self.campaign_ids

        campaign_status = self.campaign_status

        classic_date_time = self.classic_date_time

        full_navigation = self.full_navigation

        company_module = self.company_module

        company_auto_logo = self.company_auto_logo

        disable_visual_ai = self.disable_visual_ai

        multi_threading_emails = self.multi_threading_emails

        system_logs = self.system_logs

        event_tracking = self.event_tracking

        abandoned_cart = self.abandoned_cart

        activity_log = self.activity_log

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quick_contact_navigation": quick_contact_navigation,
                "campaign_archive": campaign_archive,
                "campaign_group_by_month": campaign_group_by_month,
                "campaign_search": campaign_search,
                "campaign_max_number": campaign_max_number,
                "campaign_ids": campaign_ids,
                "campaign_status": campaign_status,
                "classic_date_time": classic_date_time,
                "full_navigation": full_navigation,
                "company_module": company_module,
                "company_auto_logo": company_auto_logo,
                "disable_visual_ai": disable_visual_ai,
                "multi_threading_emails": multi_threading_emails,
                "system_logs": system_logs,
                "event_tracking": event_tracking,
                "abandoned_cart": abandoned_cart,
                "activity_log": activity_log,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quick_contact_navigation = d.pop("quick_contact_navigation")

        campaign_archive = d.pop("campaign_archive")

        campaign_group_by_month = d.pop("campaign_group_by_month")

        campaign_search = d.pop("campaign_search")

        def _parse_campaign_max_number(data: object) -> int | str:
            return cast(int | str, data)

        campaign_max_number = _parse_campaign_max_number(d.pop("campaign_max_number"))

        campaign_ids = cast(list[int], d.pop("campaign_ids"))

        campaign_status = d.pop("campaign_status")

        classic_date_time = d.pop("classic_date_time")

        full_navigation = d.pop("full_navigation")

        company_module = d.pop("company_module")

        company_auto_logo = d.pop("company_auto_logo")

        disable_visual_ai = d.pop("disable_visual_ai")

        multi_threading_emails = d.pop("multi_threading_emails")

        system_logs = d.pop("system_logs")

        event_tracking = d.pop("event_tracking")

        abandoned_cart = d.pop("abandoned_cart")

        activity_log = d.pop("activity_log")

        experimental_settings = cls(
            quick_contact_navigation=quick_contact_navigation,
            campaign_archive=campaign_archive,
            campaign_group_by_month=campaign_group_by_month,
            campaign_search=campaign_search,
            campaign_max_number=campaign_max_number,
            campaign_ids=campaign_ids,
            campaign_status=campaign_status,
            classic_date_time=classic_date_time,
            full_navigation=full_navigation,
            company_module=company_module,
            company_auto_logo=company_auto_logo,
            disable_visual_ai=disable_visual_ai,
            multi_threading_emails=multi_threading_emails,
            system_logs=system_logs,
            event_tracking=event_tracking,
            abandoned_cart=abandoned_cart,
            activity_log=activity_log,
        )

        return experimental_settings
