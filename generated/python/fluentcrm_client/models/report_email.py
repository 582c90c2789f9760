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
    from ..models.contact_fields import ContactFields
    from ..models.report_email_campaign import ReportEmailCampaign


T = TypeVar("T", bound="ReportEmail")


@_attrs_define
class ReportEmail:
    """One row of the campaign e-mail table (`fc_campaign_emails`) with its contact and campaign. The foreign keys and
    counters (`campaign_id`, `subscriber_id`, `is_open`, `is_parsed`, `click_counter`) are numeric strings;
    `subscriber` and `campaign` are `null` when the row points at a record that no longer exists.

        Attributes:
            id (int):
            campaign_id (int | None):
            subscriber_id (int | None):
            email_address (str):
            status (str): The delivery state; known values `draft`, `pending`, `scheduled`, `sending`, `sent`, `failed`.
            scheduled_at (datetime.datetime | None):
            created_at (datetime.datetime | None):
            updated_at (datetime.datetime | None):
            subscriber (ContactFields | None):
            campaign (None | ReportEmailCampaign):
            email_type (None | str | Unset):
            email_subject_id (int | None | Unset):
            email_subject (None | str | Unset):
            email_body (None | str | Unset):
            email_headers (None | str | Unset):
            is_open (bool | None | Unset):
            is_parsed (bool | None | Unset):
            click_counter (int | None | Unset):
            note (None | str | Unset):
            email_hash (None | str | Unset):
    """

    id: int
    campaign_id: int | None
    subscriber_id: int | None
    email_address: str
    status: str
    scheduled_at: datetime.datetime | None
    created_at: datetime.datetime | None
    updated_at: datetime.datetime | None
    subscriber: ContactFields | None
    campaign: None | ReportEmailCampaign
    email_type: None | str | Unset = UNSET
    email_subject_id: int | None | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    email_body: None | str | Unset = UNSET
    email_headers: None | str | Unset = UNSET
    is_open: bool | None | Unset = UNSET
    is_parsed: bool | None | Unset = UNSET
    click_counter: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    email_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = None if self.campaign_id is None else _wire.format_int(self.campaign_id)

        subscriber_id = None if self.subscriber_id is None else _wire.format_int(self.subscriber_id)

        email_address = self.email_address

        status = self.status

        scheduled_at = None if self.scheduled_at is None else _wire.format_datetime(self.scheduled_at)

        created_at = None if self.created_at is None else _wire.format_datetime(self.created_at)

        updated_at = None if self.updated_at is None else _wire.format_datetime(self.updated_at)

        subscriber: dict[str, Any] | None
        if isinstance(self.subscriber, ContactFields):
            subscriber = self.subscriber.to_dict()
        else:
            subscriber = self.subscriber

        campaign: dict[str, Any] | None
        if isinstance(self.campaign, ReportEmailCampaign):
            campaign = self.campaign.to_dict()
        else:
            campaign = self.campaign

        email_type: None | str | Unset
        if isinstance(self.email_type, Unset):
            email_type = UNSET
        else:
            email_type = self.email_type

        email_subject_id: Any = UNSET
        if not isinstance(self.email_subject_id, Unset):
            email_subject_id = None if self.email_subject_id is None else _wire.format_int(self.email_subject_id)

        email_subject: None | str | Unset
        if isinstance(self.email_subject, Unset):
            email_subject = UNSET
        else:
            email_subject = self.email_subject

        email_body: None | str | Unset
        if isinstance(self.email_body, Unset):
            email_body = UNSET
        else:
            email_body = self.email_body

        email_headers: None | str | Unset
        if isinstance(self.email_headers, Unset):
            email_headers = UNSET
        else:
            email_headers = self.email_headers

        is_open: Any = UNSET
        if not isinstance(self.is_open, Unset):
            is_open = None if self.is_open is None else _wire.format_bool(self.is_open)

        is_parsed: Any = UNSET
        if not isinstance(self.is_parsed, Unset):
            is_parsed = None if self.is_parsed is None else _wire.format_bool(self.is_parsed)

        click_counter: Any = UNSET
        if not isinstance(self.click_counter, Unset):
            click_counter = None if self.click_counter is None else _wire.format_int(self.click_counter)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        email_hash: None | str | Unset
        if isinstance(self.email_hash, Unset):
            email_hash = UNSET
        else:
            email_hash = self.email_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaign_id": campaign_id,
                "subscriber_id": subscriber_id,
                "email_address": email_address,
                "status": status,
                "scheduled_at": scheduled_at,
                "created_at": created_at,
                "updated_at": updated_at,
                "subscriber": subscriber,
                "campaign": campaign,
            }
        )
        if email_type is not UNSET:
            field_dict["email_type"] = email_type
        if email_subject_id is not UNSET:
            field_dict["email_subject_id"] = email_subject_id
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_body is not UNSET:
            field_dict["email_body"] = email_body
        if email_headers is not UNSET:
            field_dict["email_headers"] = email_headers
        if is_open is not UNSET:
            field_dict["is_open"] = is_open
        if is_parsed is not UNSET:
            field_dict["is_parsed"] = is_parsed
        if click_counter is not UNSET:
            field_dict["click_counter"] = click_counter
        if note is not UNSET:
            field_dict["note"] = note
        if email_hash is not UNSET:
            field_dict["email_hash"] = email_hash

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _campaign_id = d.pop("campaign_id")
        campaign_id: int | None
        if _wire.is_blank(_campaign_id):
            campaign_id = None
        else:
            campaign_id = _wire.parse_int(_campaign_id)

        _subscriber_id = d.pop("subscriber_id")
        subscriber_id: int | None
        if _wire.is_blank(_subscriber_id):
            subscriber_id = None
        else:
            subscriber_id = _wire.parse_int(_subscriber_id)

        email_address = d.pop("email_address")

        status = d.pop("status")

        _scheduled_at = d.pop("scheduled_at")
        scheduled_at: datetime.datetime | None
        if _wire.is_blank(_scheduled_at):
            scheduled_at = None
        else:
            scheduled_at = _wire.parse_datetime(_scheduled_at)

        _created_at = d.pop("created_at")
        created_at: datetime.datetime | None
        if _wire.is_blank(_created_at):
            created_at = None
        else:
            created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime | None
        if _wire.is_blank(_updated_at):
            updated_at = None
        else:
            updated_at = _wire.parse_datetime(_updated_at)

        def _parse_subscriber(data: object) -> ContactFields | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscriber_type_0 = ContactFields.from_dict(data)

                return subscriber_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFields | None, data)

        subscriber = _parse_subscriber(d.pop("subscriber"))

        def _parse_campaign(data: object) -> None | ReportEmailCampaign:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_0 = ReportEmailCampaign.from_dict(data)

                return campaign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportEmailCampaign, data)

        campaign = _parse_campaign(d.pop("campaign"))

        email_type = d.pop("email_type", UNSET)

        _email_subject_id = d.pop("email_subject_id", UNSET)
        email_subject_id: int | None | Unset
        if isinstance(_email_subject_id, Unset):
            email_subject_id = UNSET
        elif _wire.is_blank(_email_subject_id):
            email_subject_id = None
        else:
            email_subject_id = _wire.parse_int(_email_subject_id)

        email_subject = d.pop("email_subject", UNSET)

        email_body = d.pop("email_body", UNSET)

        email_headers = d.pop("email_headers", UNSET)

        _is_open = d.pop("is_open", UNSET)
        is_open: bool | None | Unset
        if isinstance(_is_open, Unset):
            is_open = UNSET
        elif _wire.is_blank(_is_open):
            is_open = None
        else:
            is_open = _wire.parse_bool(_is_open)

        _is_parsed = d.pop("is_parsed", UNSET)
        is_parsed: bool | None | Unset
        if isinstance(_is_parsed, Unset):
            is_parsed = UNSET
        elif _wire.is_blank(_is_parsed):
            is_parsed = None
        else:
            is_parsed = _wire.parse_bool(_is_parsed)

        _click_counter = d.pop("click_counter", UNSET)
        click_counter: int | None | Unset
        if isinstance(_click_counter, Unset):
            click_counter = UNSET
        elif _wire.is_blank(_click_counter):
            click_counter = None
        else:
            click_counter = _wire.parse_int(_click_counter)

        note = d.pop("note", UNSET)

        email_hash = d.pop("email_hash", UNSET)

        report_email = cls(
            id=id,
            campaign_id=campaign_id,
            subscriber_id=subscriber_id,
            email_address=email_address,
            status=status,
            scheduled_at=scheduled_at,
            created_at=created_at,
            updated_at=updated_at,
            subscriber=subscriber,
            campaign=campaign,
            email_type=email_type,
            email_subject_id=email_subject_id,
            email_subject=email_subject,
            email_body=email_body,
            email_headers=email_headers,
            is_open=is_open,
            is_parsed=is_parsed,
            click_counter=click_counter,
            note=note,
            email_hash=email_hash,
        )

        report_email.additional_properties = d
        return report_email

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
from ..models.contact_fields import ContactFields  # noqa: E402
from ..models.report_email_campaign import ReportEmailCampaign  # noqa: E402
