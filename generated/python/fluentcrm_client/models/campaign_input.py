from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..models.campaign_input_design_template import CampaignInputDesignTemplate, check_campaign_input_design_template
from ..models.campaign_input_utm_status import CampaignInputUtmStatus, check_campaign_input_utm_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_input_settings import CampaignInputSettings
    from ..models.campaign_input_subjects_item import CampaignInputSubjectsItem


T = TypeVar("T", bound="CampaignInput")


@_attrs_define
class CampaignInput:
    """The editor fields `PUT /campaigns/{id}` saves. Only `title` is required; keys left out keep their stored values.

    Attributes:
        title (str): Required, unique among campaigns.
        slug (str | Unset):
        template_id (int | Unset):
        email_subject (str | Unset):
        email_pre_header (str | Unset):
        email_body (str | Unset): HTML with smart codes.
        utm_status (CampaignInputUtmStatus | Unset):
        utm_source (str | Unset):
        utm_medium (str | Unset):
        utm_campaign (str | Unset):
        utm_term (str | Unset):
        utm_content (str | Unset):
        scheduled_at (datetime.datetime | Unset): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in
            the site's local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        design_template (CampaignInputDesignTemplate | Unset):
        settings (CampaignInputSettings | Unset): Replaces the stored settings when not empty (free-form; see
            `CampaignSettings`).
        next_step (int | Unset): Editor step being left. `2` checks the compliance rule (see 422).
        update_subjects (bool | Unset): When present, `subjects` replaces the A/B subject lines.
        subjects (list[CampaignInputSubjectsItem] | Unset):
    """

    title: str
    slug: str | Unset = UNSET
    template_id: int | Unset = UNSET
    email_subject: str | Unset = UNSET
    email_pre_header: str | Unset = UNSET
    email_body: str | Unset = UNSET
    utm_status: CampaignInputUtmStatus | Unset = UNSET
    utm_source: str | Unset = UNSET
    utm_medium: str | Unset = UNSET
    utm_campaign: str | Unset = UNSET
    utm_term: str | Unset = UNSET
    utm_content: str | Unset = UNSET
    scheduled_at: datetime.datetime | Unset = UNSET
    design_template: CampaignInputDesignTemplate | Unset = UNSET
    settings: CampaignInputSettings | Unset = UNSET
    next_step: int | Unset = UNSET
    update_subjects: bool | Unset = UNSET
    subjects: list[CampaignInputSubjectsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        slug = self.slug

        template_id = self.template_id

        email_subject = self.email_subject

        email_pre_header = self.email_pre_header

        email_body = self.email_body

        utm_status: int | Unset = UNSET
        if not isinstance(self.utm_status, Unset):
            utm_status = self.utm_status

        utm_source = self.utm_source

        utm_medium = self.utm_medium

        utm_campaign = self.utm_campaign

        utm_term = self.utm_term

        utm_content = self.utm_content

        scheduled_at: Any = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = _wire.format_datetime(self.scheduled_at)

        design_template: str | Unset = UNSET
        if not isinstance(self.design_template, Unset):
            design_template = self.design_template

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        next_step = self.next_step

        update_subjects = self.update_subjects

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
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
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if design_template is not UNSET:
            field_dict["design_template"] = design_template
        if settings is not UNSET:
            field_dict["settings"] = settings
        if next_step is not UNSET:
            field_dict["next_step"] = next_step
        if update_subjects is not UNSET:
            field_dict["update_subjects"] = update_subjects
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        slug = d.pop("slug", UNSET)

        template_id = d.pop("template_id", UNSET)

        email_subject = d.pop("email_subject", UNSET)

        email_pre_header = d.pop("email_pre_header", UNSET)

        email_body = d.pop("email_body", UNSET)

        _utm_status = d.pop("utm_status", UNSET)
        utm_status: CampaignInputUtmStatus | Unset
        if isinstance(_utm_status, Unset):
            utm_status = UNSET
        else:
            utm_status = check_campaign_input_utm_status(_utm_status)

        utm_source = d.pop("utm_source", UNSET)

        utm_medium = d.pop("utm_medium", UNSET)

        utm_campaign = d.pop("utm_campaign", UNSET)

        utm_term = d.pop("utm_term", UNSET)

        utm_content = d.pop("utm_content", UNSET)

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = _wire.parse_datetime(_scheduled_at)

        _design_template = d.pop("design_template", UNSET)
        design_template: CampaignInputDesignTemplate | Unset
        if isinstance(_design_template, Unset):
            design_template = UNSET
        else:
            design_template = check_campaign_input_design_template(_design_template)

        _settings = d.pop("settings", UNSET)
        settings: CampaignInputSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = CampaignInputSettings.from_dict(_settings)

        next_step = d.pop("next_step", UNSET)

        update_subjects = d.pop("update_subjects", UNSET)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[CampaignInputSubjectsItem] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = CampaignInputSubjectsItem.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        campaign_input = cls(
            title=title,
            slug=slug,
            template_id=template_id,
            email_subject=email_subject,
            email_pre_header=email_pre_header,
            email_body=email_body,
            utm_status=utm_status,
            utm_source=utm_source,
            utm_medium=utm_medium,
            utm_campaign=utm_campaign,
            utm_term=utm_term,
            utm_content=utm_content,
            scheduled_at=scheduled_at,
            design_template=design_template,
            settings=settings,
            next_step=next_step,
            update_subjects=update_subjects,
            subjects=subjects,
        )

        campaign_input.additional_properties = d
        return campaign_input

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
from ..models.campaign_input_settings import CampaignInputSettings  # noqa: E402
from ..models.campaign_input_subjects_item import CampaignInputSubjectsItem  # noqa: E402
