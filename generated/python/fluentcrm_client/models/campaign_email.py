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


T = TypeVar("T", bound="CampaignEmail")


@_attrs_define
class CampaignEmail:
    """One e-mail of a campaign (`fc_campaign_emails`): a recipient's copy with its delivery state. Numeric columns
    other than `id` are strings of digits. `subscriber` is the contact (with `full_name` and `photo`), `null` if
    the contact was deleted.

        Attributes:
            id (int):
            campaign_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            subscriber_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            email_address (str):
            is_open (bool): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
                `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            status (str): Known values `draft`, `pending`, `scheduled`, `scheduling`, `sent`, `failed`, `bounced`, `paused`.
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            email_type (None | str | Unset):
            email_subject_id (int | None | Unset):
            email_subject (None | str | Unset):
            email_body (None | str | Unset):
            email_headers (None | str | Unset):
            is_parsed (bool | Unset): An integer sent as a JSON string. FluentCRM returns database columns that are not a
                model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            click_counter (int | None | Unset):
            note (None | str | Unset):
            scheduled_at (datetime.datetime | None | Unset):
            email_hash (None | str | Unset):
            subscriber (ContactFields | None | Unset):
    """

    id: int
    campaign_id: int
    subscriber_id: int
    email_address: str
    is_open: bool
    status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    email_type: None | str | Unset = UNSET
    email_subject_id: int | None | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    email_body: None | str | Unset = UNSET
    email_headers: None | str | Unset = UNSET
    is_parsed: bool | Unset = UNSET
    click_counter: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    email_hash: None | str | Unset = UNSET
    subscriber: ContactFields | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = _wire.format_int(self.campaign_id)

        subscriber_id = _wire.format_int(self.subscriber_id)

        email_address = self.email_address

        is_open = _wire.format_bool(self.is_open)

        status = self.status

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

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

        is_parsed: Any = UNSET
        if not isinstance(self.is_parsed, Unset):
            is_parsed = _wire.format_bool(self.is_parsed)

        click_counter: Any = UNSET
        if not isinstance(self.click_counter, Unset):
            click_counter = None if self.click_counter is None else _wire.format_int(self.click_counter)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        scheduled_at: Any = UNSET
        if not isinstance(self.scheduled_at, Unset):
            scheduled_at = None if self.scheduled_at is None else _wire.format_datetime(self.scheduled_at)

        email_hash: None | str | Unset
        if isinstance(self.email_hash, Unset):
            email_hash = UNSET
        else:
            email_hash = self.email_hash

        subscriber: dict[str, Any] | None | Unset
        if isinstance(self.subscriber, Unset):
            subscriber = UNSET
        elif isinstance(self.subscriber, ContactFields):
            subscriber = self.subscriber.to_dict()
        else:
            subscriber = self.subscriber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaign_id": campaign_id,
                "subscriber_id": subscriber_id,
                "email_address": email_address,
                "is_open": is_open,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
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
        if is_parsed is not UNSET:
            field_dict["is_parsed"] = is_parsed
        if click_counter is not UNSET:
            field_dict["click_counter"] = click_counter
        if note is not UNSET:
            field_dict["note"] = note
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if email_hash is not UNSET:
            field_dict["email_hash"] = email_hash
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _campaign_id = d.pop("campaign_id")
        campaign_id: int
        campaign_id = _wire.parse_int(_campaign_id)

        _subscriber_id = d.pop("subscriber_id")
        subscriber_id: int
        subscriber_id = _wire.parse_int(_subscriber_id)

        email_address = d.pop("email_address")

        _is_open = d.pop("is_open")
        is_open: bool
        is_open = _wire.parse_bool(_is_open)

        status = d.pop("status")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

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

        _is_parsed = d.pop("is_parsed", UNSET)
        is_parsed: bool | Unset
        if isinstance(_is_parsed, Unset):
            is_parsed = UNSET
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

        _scheduled_at = d.pop("scheduled_at", UNSET)
        scheduled_at: datetime.datetime | None | Unset
        if isinstance(_scheduled_at, Unset):
            scheduled_at = UNSET
        elif _wire.is_blank(_scheduled_at):
            scheduled_at = None
        else:
            scheduled_at = _wire.parse_datetime(_scheduled_at)

        email_hash = d.pop("email_hash", UNSET)

        def _parse_subscriber(data: object) -> ContactFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscriber_type_0 = ContactFields.from_dict(data)

                return subscriber_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFields | None | Unset, data)

        subscriber = _parse_subscriber(d.pop("subscriber", UNSET))

        campaign_email = cls(
            id=id,
            campaign_id=campaign_id,
            subscriber_id=subscriber_id,
            email_address=email_address,
            is_open=is_open,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            email_type=email_type,
            email_subject_id=email_subject_id,
            email_subject=email_subject,
            email_body=email_body,
            email_headers=email_headers,
            is_parsed=is_parsed,
            click_counter=click_counter,
            note=note,
            scheduled_at=scheduled_at,
            email_hash=email_hash,
            subscriber=subscriber,
        )

        campaign_email.additional_properties = d
        return campaign_email

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
