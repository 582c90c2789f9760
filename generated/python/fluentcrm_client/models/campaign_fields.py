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


T = TypeVar("T", bound="CampaignFields")


@_attrs_define
class CampaignFields:
    """The columns of a campaign (`fc_campaigns`) as FluentCRM reads them back. `id` and `recipients_count` are integers,
    other numeric columns strings of digits. The content columns (`email_subject`, `email_body`, ...) are `null` until
    set. `settings` is partly free-form (see `CampaignSettings`). `created_by` is typed by the schemas that use this
    one: an integer on a freshly created or duplicated record, a string of digits when read back.

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
            parent_id (int | None | Unset):
            available_urls (list[str] | None | str | Unset): Tracked URLs of a sent campaign; `null` until FluentCRM
                computes them.
            template_id (int | None | str | Unset): Id of the e-mail template the body was started from, as stored (an
                integer or a string of digits).
            email_subject (None | str | Unset):
            email_pre_header (None | str | Unset):
            email_body (None | str | Unset): The body as HTML, with FluentCRM smart codes (`{{contact.first_name}}`,
                `##crm.unsubscribe_url##`).
            recipients_count (int | Unset):
            delay (int | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            utm_status (bool | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
                model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            utm_source (None | str | Unset):
            utm_medium (None | str | Unset):
            utm_campaign (None | str | Unset):
            utm_term (None | str | Unset):
            utm_content (None | str | Unset):
            design_template (None | str | Unset): Design of the e-mail. Known values `simple`, `plain`, `classic`,
                `raw_classic`, `raw_html`, `visual_builder`.
            scheduled_at (datetime.datetime | None | Unset): When sending starts, once scheduled; `null` for a draft. MySQL
                may print `0000-00-00 00:00:00`.
    """

    id: int
    type: str
    title: str
    slug: str
    status: str
    settings: CampaignSettings | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    parent_id: int | None | Unset = UNSET
    available_urls: list[str] | None | str | Unset = UNSET
    template_id: int | None | str | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    email_pre_header: None | str | Unset = UNSET
    email_body: None | str | Unset = UNSET
    recipients_count: int | Unset = UNSET
    delay: int | Unset = UNSET
    utm_status: bool | Unset = UNSET
    utm_source: None | str | Unset = UNSET
    utm_medium: None | str | Unset = UNSET
    utm_campaign: None | str | Unset = UNSET
    utm_term: None | str | Unset = UNSET
    utm_content: None | str | Unset = UNSET
    design_template: None | str | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
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

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        available_urls: list[str] | None | str | Unset
        if isinstance(self.available_urls, Unset):
            available_urls = UNSET
        elif isinstance(self.available_urls, list):
            available_urls = self.available_urls

        else:
            available_urls = self.available_urls

        template_id: int | None | str | Unset
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
            delay = _wire.format_int(self.delay)

        utm_status: Any = UNSET
        if not isinstance(self.utm_status, Unset):
            utm_status = _wire.format_bool(self.utm_status)

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
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if available_urls is not UNSET:
            field_dict["available_urls"] = available_urls
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

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_available_urls(data: object) -> list[str] | None | str | Unset:
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
            return cast(list[str] | None | str | Unset, data)

        available_urls = _parse_available_urls(d.pop("available_urls", UNSET))

        def _parse_template_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        email_subject = d.pop("email_subject", UNSET)

        email_pre_header = d.pop("email_pre_header", UNSET)

        email_body = d.pop("email_body", UNSET)

        recipients_count = d.pop("recipients_count", UNSET)

        _delay = d.pop("delay", UNSET)
        delay: int | Unset
        if isinstance(_delay, Unset):
            delay = UNSET
        else:
            delay = _wire.parse_int(_delay)

        _utm_status = d.pop("utm_status", UNSET)
        utm_status: bool | Unset
        if isinstance(_utm_status, Unset):
            utm_status = UNSET
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

        campaign_fields = cls(
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
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_term=utm_term,
            utm_content=utm_content,
            design_template=design_template,
            scheduled_at=scheduled_at,
        )

        campaign_fields.additional_properties = d
        return campaign_fields

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
