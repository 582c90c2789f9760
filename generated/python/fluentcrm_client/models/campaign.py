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
    from ..models.campaign_settings import CampaignSettings
    from ..models.campaign_subject import CampaignSubject


from .campaign_fields import CampaignFields

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign(CampaignFields):
    """A stored campaign as the read routes return it. The extra keys appear only where said: `server_time` on
    `GET /campaigns/{id}`, `subjects` with `with[]=subjects`, `sent_by` on `GET /campaigns/{id}/status`,
    `scheduling_range` on `GET /campaigns/{id}/processing-stat` while processing.

        Attributes:
            id (int):
            type (str): Always `campaign` on these routes (automation and custom e-mail campaigns share the table but are
                hidden).
            title (str):
            slug (str):
            status (str): Life-cycle state. Known values: `draft`, `pending-scheduled` (scheduled for later), `scheduled`,
                `processing`
                (recipients being prepared), `working` (sending), `paused`, `archived` (sent), `incomplete`, `purged`.
            settings (CampaignSettings | None): The campaign's settings; `null` on rows created outside the editor.
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            parent_id (int | None):
            available_urls (list[str] | None | str): Tracked URLs of a sent campaign; `null` until FluentCRM computes them.
            template_id (int | None | str): Id of the e-mail template the body was started from, as stored (an integer or a
                string of digits).
            email_subject (None | str):
            email_pre_header (None | str):
            email_body (None | str): The body as HTML, with FluentCRM smart codes (`{{contact.first_name}}`,
                `##crm.unsubscribe_url##`).
            recipients_count (int):
            delay (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
                `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            utm_status (bool): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            design_template (None | str): Design of the e-mail. Known values `simple`, `plain`, `classic`, `raw_classic`,
                `raw_html`, `visual_builder`.
            scheduled_at (datetime.datetime | None): When sending starts, once scheduled; `null` for a draft. MySQL may
                print `0000-00-00 00:00:00`.
            created_by (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            utm_source (None | str | Unset):
            utm_medium (None | str | Unset):
            utm_campaign (None | str | Unset):
            utm_term (None | str | Unset):
            utm_content (None | str | Unset):
            server_time (datetime.datetime | Unset): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the
                site's local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            subjects (list[CampaignSubject] | Unset): A/B test subject lines (only with `with[]=subjects`).
            sent_by (bool | str | Unset): "Name (e-mail)" of the user who started sending, or `false` (only on the status
                route).
            scheduling_range (Any | Unset): The sending window of a range-scheduled campaign (processing-stat only).
    """

    id: int
    type: str
    title: str
    slug: str
    status: str
    settings: CampaignSettings | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    parent_id: int | None
    available_urls: list[str] | None | str
    template_id: int | None | str
    email_subject: None | str
    email_pre_header: None | str
    email_body: None | str
    recipients_count: int
    delay: int
    utm_status: bool
    design_template: None | str
    scheduled_at: datetime.datetime | None
    created_by: int
    utm_source: None | str | Unset = UNSET
    utm_medium: None | str | Unset = UNSET
    utm_campaign: None | str | Unset = UNSET
    utm_term: None | str | Unset = UNSET
    utm_content: None | str | Unset = UNSET
    server_time: datetime.datetime | Unset = UNSET
    subjects: list[CampaignSubject] | Unset = UNSET
    sent_by: bool | str | Unset = UNSET
    scheduling_range: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type = self.type

        title = self.title

        slug = self.slug

        status = self.status

        settings: dict[str, Any] | None
        if isinstance(self.settings, CampaignSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        parent_id: int | None
        parent_id = self.parent_id

        available_urls: list[str] | None | str
        if isinstance(self.available_urls, list):
            available_urls = self.available_urls

        else:
            available_urls = self.available_urls

        template_id: int | None | str
        template_id = self.template_id

        email_subject: None | str
        email_subject = self.email_subject

        email_pre_header: None | str
        email_pre_header = self.email_pre_header

        email_body: None | str
        email_body = self.email_body

        recipients_count = self.recipients_count

        delay = _wire.format_int(self.delay)

        utm_status = _wire.format_bool(self.utm_status)

        design_template: None | str
        design_template = self.design_template

        scheduled_at = None if self.scheduled_at is None else _wire.format_datetime(self.scheduled_at)

        created_by = _wire.format_int(self.created_by)

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

        server_time: Any = UNSET
        if not isinstance(self.server_time, Unset):
            server_time = _wire.format_datetime(self.server_time)

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        sent_by: bool | str | Unset
        if isinstance(self.sent_by, Unset):
            sent_by = UNSET
        else:
            sent_by = self.sent_by

        scheduling_range = self.scheduling_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type,
                "title": title,
                "slug": slug,
                "status": status,
                "settings": settings,
                "created_at": created_at,
                "updated_at": updated_at,
                "parent_id": parent_id,
                "available_urls": available_urls,
                "template_id": template_id,
                "email_subject": email_subject,
                "email_pre_header": email_pre_header,
                "email_body": email_body,
                "recipients_count": recipients_count,
                "delay": delay,
                "utm_status": utm_status,
                "design_template": design_template,
                "scheduled_at": scheduled_at,
                "created_by": created_by,
            }
        )
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
        if server_time is not UNSET:
            field_dict["server_time"] = server_time
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if sent_by is not UNSET:
            field_dict["sent_by"] = sent_by
        if scheduling_range is not UNSET:
            field_dict["scheduling_range"] = scheduling_range

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type = d.pop("type")

        title = d.pop("title")

        slug = d.pop("slug")

        status = d.pop("status")

        def _parse_settings(data: object) -> CampaignSettings | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = CampaignSettings.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignSettings | None, data)

        settings = _parse_settings(d.pop("settings"))

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_available_urls(data: object) -> list[str] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                available_urls_type_0 = cast(list[str], data)

                return available_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str, data)

        available_urls = _parse_available_urls(d.pop("available_urls"))

        def _parse_template_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        template_id = _parse_template_id(d.pop("template_id"))

        email_subject = d.pop("email_subject")

        email_pre_header = d.pop("email_pre_header")

        email_body = d.pop("email_body")

        recipients_count = d.pop("recipients_count")

        _delay = d.pop("delay")
        delay: int
        delay = _wire.parse_int(_delay)

        _utm_status = d.pop("utm_status")
        utm_status: bool
        utm_status = _wire.parse_bool(_utm_status)

        design_template = d.pop("design_template")

        _scheduled_at = d.pop("scheduled_at")
        scheduled_at: datetime.datetime | None
        if _wire.is_blank(_scheduled_at):
            scheduled_at = None
        else:
            scheduled_at = _wire.parse_datetime(_scheduled_at)

        _created_by = d.pop("created_by")
        created_by: int
        created_by = _wire.parse_int(_created_by)

        utm_source = d.pop("utm_source", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        utm_term = d.pop("utm_term", UNSET)

        utm_content = d.pop("utm_content", UNSET)

        _server_time = d.pop("server_time", UNSET)
        server_time: datetime.datetime | Unset
        if isinstance(_server_time, Unset):
            server_time = UNSET
        else:
            server_time = _wire.parse_datetime(_server_time)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[CampaignSubject] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = CampaignSubject.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        def _parse_sent_by(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        sent_by = _parse_sent_by(d.pop("sent_by", UNSET))

        scheduling_range = d.pop("scheduling_range", UNSET)

        campaign = cls(
            id=id,
            type=type,
            title=title,
            slug=slug,
            status=status,
            settings=settings,
            created_at=created_at,
            updated_at=updated_at,
            parent_id=parent_id,
            available_urls=available_urls,
            template_id=template_id,
            email_subject=email_subject,
            email_pre_header=email_pre_header,
            email_body=email_body,
            recipients_count=recipients_count,
            delay=delay,
            utm_status=utm_status,
            design_template=design_template,
            scheduled_at=scheduled_at,
            created_by=created_by,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_term=utm_term,
            utm_content=utm_content,
            server_time=server_time,
            subjects=subjects,
            sent_by=sent_by,
            scheduling_range=scheduling_range,
        )

        campaign.additional_properties = d
        return campaign

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
from ..models.campaign_settings import CampaignSettings  # noqa: E402
from ..models.campaign_subject import CampaignSubject  # noqa: E402
