from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_email_campaign_available_urls import ReportEmailCampaignAvailableUrls
    from ..models.report_email_campaign_settings import ReportEmailCampaignSettings


T = TypeVar("T", bound="ReportEmailCampaign")


@_attrs_define
class ReportEmailCampaign:
    """The campaign an e-mail belongs to, as the e-mail history loads it: the campaign row with its `settings` decoded.
    Numeric columns other than `id` and `recipients_count` are numeric strings.

        Attributes:
            id (int):
            title (str):
            status (str):
            parent_id (int | None | str | Unset):
            type (str | Unset):
            available_urls (list[str] | None | ReportEmailCampaignAvailableUrls | Unset):
            slug (None | str | Unset):
            template_id (None | str | Unset):
            email_subject (None | str | Unset):
            email_pre_header (None | str | Unset):
            email_body (None | str | Unset):
            recipients_count (int | Unset):
            delay (int | None | Unset):
            utm_status (bool | None | Unset):
            utm_source (None | str | Unset):
            utm_medium (None | str | Unset):
            utm_campaign (None | str | Unset):
            utm_term (None | str | Unset):
            utm_content (None | str | Unset):
            design_template (None | str | Unset):
            scheduled_at (datetime.datetime | None | Unset):
            settings (None | ReportEmailCampaignSettings | Unset): The campaign's sending settings (recipients, sender,
                template options).
            created_by (int | None | Unset):
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
    """

    id: int
    title: str
    status: str
    parent_id: int | None | str | Unset = UNSET
    type: str | Unset = UNSET
    available_urls: list[str] | None | ReportEmailCampaignAvailableUrls | Unset = UNSET
    slug: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    email_pre_header: None | str | Unset = UNSET
    email_body: None | str | Unset = UNSET
    recipients_count: int | Unset = UNSET
    delay: int | None | Unset = UNSET
    utm_status: bool | None | Unset = UNSET
    utm_source: None | str | Unset = UNSET
    utm_medium: None | str | Unset = UNSET
    utm_campaign: None | str | Unset = UNSET
    utm_term: None | str | Unset = UNSET
    utm_content: None | str | Unset = UNSET
    design_template: None | str | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    settings: None | ReportEmailCampaignSettings | Unset = UNSET
    created_by: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        status = self.status

        parent_id: int | None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        type = self.type

        available_urls: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.available_urls, Unset):
            available_urls = UNSET
        elif isinstance(self.available_urls, list):
            available_urls = self.available_urls

        elif isinstance(self.available_urls, ReportEmailCampaignAvailableUrls):
            available_urls = self.available_urls.to_dict()
        else:
            available_urls = self.available_urls

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        email_subject: None | str | Unset
        if isinstance(self.email_subject, Unset):
            email_subject = UNSET
        else:
            email_subject = self.email_subject

        email_pre_header: None | str | Unset
        if isinstance(self.email_pre_header, Unset):
            email_pre_header = UNSET
        else:
            email_pre_header = self.email_pre_header

        email_body: None | str | Unset
        if isinstance(self.email_body, Unset):
            email_body = UNSET
        else:
            email_body = self.email_body

        recipients_count = self.recipients_count

        delay: Any = UNSET
        if not isinstance(self.delay, Unset):
            delay = None if self.delay is None else _wire.format_int(self.delay)

        utm_status: Any = UNSET
        if not isinstance(self.utm_status, Unset):
            utm_status = None if self.utm_status is None else _wire.format_bool(self.utm_status)

        utm_source: None | str | Unset
        if isinstance(self.utm_source, Unset):
            utm_source = UNSET
        else:
            utm_source = self.utm_source

        utm_medium: None | str | Unset
        if isinstance(self.utm_medium, Unset):
            utm_medium = UNSET
        else:
            utm_medium = self.utm_medium

        utm_campaign: None | str | Unset
        if isinstance(self.utm_campaign, Unset):
            utm_campaign = UNSET
        else:
            utm_campaign = self.utm_campaign

        utm_term: None | str | Unset
        if isinstance(self.utm_term, Unset):
            utm_term = UNSET
        else:
            utm_term = self.utm_term

        utm_content: None | str | Unset
        if isinstance(self.utm_content, Unset):
            utm_content = UNSET
        else:
            utm_content = self.utm_content

        design_template: None | str | Unset
        if isinstance(self.design_template, Unset):
            design_template = UNSET
        else:
            design_template = self.design_template

        scheduled_at: Any = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = None if self.scheduled_at is None else _wire.format_datetime(self.scheduled_at)

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, ReportEmailCampaignSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        created_by: Any = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = None if self.created_by is None else _wire.format_int(self.created_by)

        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = None if self.created_at is None else _wire.format_datetime(self.created_at)

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = None if self.updated_at is None else _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "status": status,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if type is not UNSET:
            field_dict["type"] = type
        if available_urls is not UNSET:
            field_dict["available_urls"] = available_urls
        if slug is not UNSET:
            field_dict["slug"] = slug
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_pre_header is not UNSET:
            field_dict["email_pre_header"] = email_pre_header
        if email_body is not UNSET:
            field_dict["email_body"] = email_body
        if recipients_count is not UNSET:
            field_dict["recipients_count"] = recipients_count
        if delay is not UNSET:
            field_dict["delay"] = delay
        if utm_status is not UNSET:
            field_dict["utm_status"] = utm_status
        if utm_source is not UNSET:
            field_dict["utm_source"] = utm_source
        if utm_medium is not UNSET:
            field_dict["utm_medium"] = utm_medium
        if utm_campaign is not UNSET:
            field_dict["utm_campaign"] = utm_campaign
        if utm_term is not UNSET:
            field_dict["utm_term"] = utm_term
        if utm_content is not UNSET:
            field_dict["utm_content"] = utm_content
        if design_template is not UNSET:
            field_dict["design_template"] = design_template
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        status = d.pop("status")

        def _parse_parent_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        type = d.pop("type", UNSET)

        def _parse_available_urls(data: object) -> list[str] | None | ReportEmailCampaignAvailableUrls | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_urls_type_0 = cast(list[str], data)

                return available_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                available_urls_available_urls = ReportEmailCampaignAvailableUrls.from_dict(data)

                return available_urls_available_urls
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | ReportEmailCampaignAvailableUrls | Unset, data)

        available_urls = _parse_available_urls(d.pop("available_urls", UNSET))

        slug = d.pop("slug", UNSET)

        template_id = d.pop("template_id", UNSET)

        email_subject = d.pop("email_subject", UNSET)

        email_pre_header = d.pop("email_pre_header", UNSET)

        email_body = d.pop("email_body", UNSET)

        recipients_count = d.pop("recipients_count", UNSET)

        _delay = d.pop("delay", UNSET)
        delay: int | None | Unset
        if isinstance(_delay, Unset):
            delay = UNSET
        elif _wire.is_blank(_delay):
            delay = None
        else:
            delay = _wire.parse_int(_delay)

        _utm_status = d.pop("utm_status", UNSET)
        utm_status: bool | None | Unset
        if isinstance(_utm_status, Unset):
            utm_status = UNSET
        elif _wire.is_blank(_utm_status):
            utm_status = None
        else:
            utm_status = _wire.parse_bool(_utm_status)

        utm_source = d.pop("utm_source", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        utm_term = d.pop("utm_term", UNSET)

        utm_content = d.pop("utm_content", UNSET)

        design_template = d.pop("design_template", UNSET)

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | None | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        elif _wire.is_blank(_scheduled_at):
            scheduled_at = None
        else:
            scheduled_at = _wire.parse_datetime(_scheduled_at)

        def _parse_settings(data: object) -> None | ReportEmailCampaignSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_settings = ReportEmailCampaignSettings.from_dict(data)

                return settings_settings
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportEmailCampaignSettings | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        _created_by = d.pop("created_by", UNSET)
        created_by: int | None | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        elif _wire.is_blank(_created_by):
            created_by = None
        else:
            created_by = _wire.parse_int(_created_by)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        elif _wire.is_blank(_created_at):
            created_at = None
        else:
            created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        elif _wire.is_blank(_updated_at):
            updated_at = None
        else:
            updated_at = _wire.parse_datetime(_updated_at)

        report_email_campaign = cls(
            id=id,
            title=title,
            status=status,
            parent_id=parent_id,
            type=type,
            available_urls=available_urls,
            slug=slug,
            template_id=template_id,
            email_subject=email_subject,
            email_pre_header=email_pre_header,
            email_body=email_body,
            recipients_count=recipients_count,
            delay=delay,
            utm_status=utm_status,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_term=utm_term,
            utm_content=utm_content,
            design_template=design_template,
            scheduled_at=scheduled_at,
            settings=settings,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        report_email_campaign.additional_properties = d
        return report_email_campaign

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
from ..models.report_email_campaign_available_urls import ReportEmailCampaignAvailableUrls  # noqa: E402
from ..models.report_email_campaign_settings import ReportEmailCampaignSettings  # noqa: E402
