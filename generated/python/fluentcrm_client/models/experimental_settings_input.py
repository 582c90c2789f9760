from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experimental_settings_input_campaign_status import (
    ExperimentalSettingsInputCampaignStatus,
    check_experimental_settings_input_campaign_status,
)
from ..models.yes_no_input import YesNoInput, check_yes_no_input
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExperimentalSettingsInput")


@_attrs_define
class ExperimentalSettingsInput:
    """The switches to store, at the top level of the body. The stored option is replaced by the known keys that were
    sent (a key left out falls back to its default); unknown keys are ignored.

        Attributes:
            quick_contact_navigation (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string
                `yes` as on.
            campaign_archive (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            campaign_group_by_month (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string
                `yes` as on.
            campaign_search (str | Unset):
            campaign_max_number (int | Unset):
            campaign_ids (list[int] | Unset):
            campaign_status (ExperimentalSettingsInputCampaignStatus | Unset):
            classic_date_time (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            full_navigation (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            company_module (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            company_auto_logo (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            disable_visual_ai (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            multi_threading_emails (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string
                `yes` as on.
            system_logs (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
            event_tracking (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            abandoned_cart (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as
                on.
            activity_log (YesNoInput | Unset): A switch a client sends; FluentCRM only treats the exact string `yes` as on.
    """

    quick_contact_navigation: YesNoInput | Unset = UNSET
    campaign_archive: YesNoInput | Unset = UNSET
    campaign_group_by_month: YesNoInput | Unset = UNSET
    campaign_search: str | Unset = UNSET
    campaign_max_number: int | Unset = UNSET
    campaign_ids: list[int] | Unset = UNSET
    campaign_status: ExperimentalSettingsInputCampaignStatus | Unset = UNSET
    classic_date_time: YesNoInput | Unset = UNSET
    full_navigation: YesNoInput | Unset = UNSET
    company_module: YesNoInput | Unset = UNSET
    company_auto_logo: YesNoInput | Unset = UNSET
    disable_visual_ai: YesNoInput | Unset = UNSET
    multi_threading_emails: YesNoInput | Unset = UNSET
    system_logs: YesNoInput | Unset = UNSET
    event_tracking: YesNoInput | Unset = UNSET
    abandoned_cart: YesNoInput | Unset = UNSET
    activity_log: YesNoInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quick_contact_navigation: str | Unset = UNSET
        if not isinstance(self.quick_contact_navigation, Unset):
            quick_contact_navigation = self.quick_contact_navigation

        campaign_archive: str | Unset = UNSET
        if not isinstance(self.campaign_archive, Unset):
            campaign_archive = self.campaign_archive

        campaign_group_by_month: str | Unset = UNSET
        if not isinstance(self.campaign_group_by_month, Unset):
            campaign_group_by_month = self.campaign_group_by_month

        campaign_search = self.campaign_search

        campaign_max_number = self.campaign_max_number

        campaign_ids: list[int] | Unset = UNSET
        if not isinstance(self.campaign_ids, Unset):
            campaign_ids = self.campaign_ids

        campaign_status: str | Unset = UNSET
        if not isinstance(self.campaign_status, Unset):
            campaign_status = self.campaign_status

        classic_date_time: str | Unset = UNSET
        if not isinstance(self.classic_date_time, Unset):
            classic_date_time = self.classic_date_time

        full_navigation: str | Unset = UNSET
        if not isinstance(self.full_navigation, Unset):
            full_navigation = self.full_navigation

        company_module: str | Unset = UNSET
        if not isinstance(self.company_module, Unset):
            company_module = self.company_module

        company_auto_logo: str | Unset = UNSET
        if not isinstance(self.company_auto_logo, Unset):
            company_auto_logo = self.company_auto_logo

        disable_visual_ai: str | Unset = UNSET
        if not isinstance(self.disable_visual_ai, Unset):
            disable_visual_ai = self.disable_visual_ai

        multi_threading_emails: str | Unset = UNSET
        if not isinstance(self.multi_threading_emails, Unset):
            multi_threading_emails = self.multi_threading_emails

        system_logs: str | Unset = UNSET
        if not isinstance(self.system_logs, Unset):
            system_logs = self.system_logs

        event_tracking: str | Unset = UNSET
        if not isinstance(self.event_tracking, Unset):
            event_tracking = self.event_tracking

        abandoned_cart: str | Unset = UNSET
        if not isinstance(self.abandoned_cart, Unset):
            abandoned_cart = self.abandoned_cart

        activity_log: str | Unset = UNSET
        if not isinstance(self.activity_log, Unset):
            activity_log = self.activity_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quick_contact_navigation is not UNSET:
            field_dict["quick_contact_navigation"] = quick_contact_navigation
        if campaign_archive is not UNSET:
            field_dict["campaign_archive"] = campaign_archive
        if campaign_group_by_month is not UNSET:
            field_dict["campaign_group_by_month"] = campaign_group_by_month
        if campaign_search is not UNSET:
            field_dict["campaign_search"] = campaign_search
        if campaign_max_number is not UNSET:
            field_dict["campaign_max_number"] = campaign_max_number
        if campaign_ids is not UNSET:
            field_dict["campaign_ids"] = campaign_ids
        if campaign_status is not UNSET:
            field_dict["campaign_status"] = campaign_status
        if classic_date_time is not UNSET:
            field_dict["classic_date_time"] = classic_date_time
        if full_navigation is not UNSET:
            field_dict["full_navigation"] = full_navigation
        if company_module is not UNSET:
            field_dict["company_module"] = company_module
        if company_auto_logo is not UNSET:
            field_dict["company_auto_logo"] = company_auto_logo
        if disable_visual_ai is not UNSET:
            field_dict["disable_visual_ai"] = disable_visual_ai
        if multi_threading_emails is not UNSET:
            field_dict["multi_threading_emails"] = multi_threading_emails
        if system_logs is not UNSET:
            field_dict["system_logs"] = system_logs
        if event_tracking is not UNSET:
            field_dict["event_tracking"] = event_tracking
        if abandoned_cart is not UNSET:
            field_dict["abandoned_cart"] = abandoned_cart
        if activity_log is not UNSET:
            field_dict["activity_log"] = activity_log

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _quick_contact_navigation = d.pop("quick_contact_navigation", UNSET)
        quick_contact_navigation: YesNoInput | Unset
        if isinstance(_quick_contact_navigation, Unset):
            quick_contact_navigation = UNSET
        else:
            quick_contact_navigation = check_yes_no_input(_quick_contact_navigation)

        _campaign_archive = d.pop("campaign_archive", UNSET)
        campaign_archive: YesNoInput | Unset
        if isinstance(_campaign_archive, Unset):
            campaign_archive = UNSET
        else:
            campaign_archive = check_yes_no_input(_campaign_archive)

        _campaign_group_by_month = d.pop("campaign_group_by_month", UNSET)
        campaign_group_by_month: YesNoInput | Unset
        if isinstance(_campaign_group_by_month, Unset):
            campaign_group_by_month = UNSET
        else:
            campaign_group_by_month = check_yes_no_input(_campaign_group_by_month)

        campaign_search = d.pop("campaign_search", UNSET)

        campaign_max_number = d.pop("campaign_max_number", UNSET)

        campaign_ids = cast(list[int], d.pop("campaign_ids", UNSET))

        _campaign_status = d.pop("campaign_status", UNSET)
        campaign_status: ExperimentalSettingsInputCampaignStatus | Unset
        if isinstance(_campaign_status, Unset):
            campaign_status = UNSET
        else:
            campaign_status = check_experimental_settings_input_campaign_status(_campaign_status)

        _classic_date_time = d.pop("classic_date_time", UNSET)
        classic_date_time: YesNoInput | Unset
        if isinstance(_classic_date_time, Unset):
            classic_date_time = UNSET
        else:
            classic_date_time = check_yes_no_input(_classic_date_time)

        _full_navigation = d.pop("full_navigation", UNSET)
        full_navigation: YesNoInput | Unset
        if isinstance(_full_navigation, Unset):
            full_navigation = UNSET
        else:
            full_navigation = check_yes_no_input(_full_navigation)

        _company_module = d.pop("company_module", UNSET)
        company_module: YesNoInput | Unset
        if isinstance(_company_module, Unset):
            company_module = UNSET
        else:
            company_module = check_yes_no_input(_company_module)

        _company_auto_logo = d.pop("company_auto_logo", UNSET)
        company_auto_logo: YesNoInput | Unset
        if isinstance(_company_auto_logo, Unset):
            company_auto_logo = UNSET
        else:
            company_auto_logo = check_yes_no_input(_company_auto_logo)

        _disable_visual_ai = d.pop("disable_visual_ai", UNSET)
        disable_visual_ai: YesNoInput | Unset
        if isinstance(_disable_visual_ai, Unset):
            disable_visual_ai = UNSET
        else:
            disable_visual_ai = check_yes_no_input(_disable_visual_ai)

        _multi_threading_emails = d.pop("multi_threading_emails", UNSET)
        multi_threading_emails: YesNoInput | Unset
        if isinstance(_multi_threading_emails, Unset):
            multi_threading_emails = UNSET
        else:
            multi_threading_emails = check_yes_no_input(_multi_threading_emails)

        _system_logs = d.pop("system_logs", UNSET)
        system_logs: YesNoInput | Unset
        if isinstance(_system_logs, Unset):
            system_logs = UNSET
        else:
            system_logs = check_yes_no_input(_system_logs)

        _event_tracking = d.pop("event_tracking", UNSET)
        event_tracking: YesNoInput | Unset
        if isinstance(_event_tracking, Unset):
            event_tracking = UNSET
        else:
            event_tracking = check_yes_no_input(_event_tracking)

        _abandoned_cart = d.pop("abandoned_cart", UNSET)
        abandoned_cart: YesNoInput | Unset
        if isinstance(_abandoned_cart, Unset):
            abandoned_cart = UNSET
        else:
            abandoned_cart = check_yes_no_input(_abandoned_cart)

        _activity_log = d.pop("activity_log", UNSET)
        activity_log: YesNoInput | Unset
        if isinstance(_activity_log, Unset):
            activity_log = UNSET
        else:
            activity_log = check_yes_no_input(_activity_log)

        experimental_settings_input = cls(
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

        experimental_settings_input.additional_properties = d
        return experimental_settings_input

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
