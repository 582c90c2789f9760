from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.contact_email_email_headers import ContactEmailEmailHeaders


T = TypeVar("T", bound="ContactEmail")


@_attrs_define
class ContactEmail:
    """One e-mail sent (or queued) to a contact: a row of `fc_campaign_emails` as the database gives it. The primary key
    is an integer; `campaign_id`, `subscriber_id`, `is_open`, `is_parsed` and `click_counter` are numeric strings.
    `email_body` is `null` for campaign e-mails (the body lives on the campaign) and `""` once a custom e-mail has
    been sent; `email_headers` is `null` or, after a send, an empty PHP map (`[]`).

        Attributes:
            id (int):
            campaign_id (int | None): The campaign (or hidden custom-e-mail campaign) the e-mail belongs to.
            email_type (str):
            subscriber_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            email_subject_id (int | None):
            email_address (str):
            email_subject (None | str):
            email_body (None | str):
            email_headers (ContactEmailEmailHeaders | list[str] | None): `null`, or `[]` (an empty PHP map) after a custom
                e-mail was sent.
            is_open (bool): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
                `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            is_parsed (bool): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            click_counter (int | None): Number of tracked clicks, `null` when nothing was clicked.
            status (str): Delivery status. Known values are `draft`, `pending`, `scheduled`, `sending`, `sent`, `failed`,
                `bounced`.
            note (None | str):
            scheduled_at (datetime.datetime | None):
            email_hash (str): Tracking hash of the e-mail (an MD5 hex string or a UUID).
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    id: int
    campaign_id: int | None
    email_type: str
    subscriber_id: int
    email_subject_id: int | None
    email_address: str
    email_subject: None | str
    email_body: None | str
    email_headers: ContactEmailEmailHeaders | list[str] | None
    is_open: bool
    is_parsed: bool
    click_counter: int | None
    status: str
    note: None | str
    scheduled_at: datetime.datetime | None
    email_hash: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = None if self.campaign_id is None else _wire.format_int(self.campaign_id)

        email_type = self.email_type

        subscriber_id = _wire.format_int(self.subscriber_id)

        email_subject_id = None if self.email_subject_id is None else _wire.format_int(self.email_subject_id)

        email_address = self.email_address

        email_subject: None | str
        email_subject = self.email_subject

        email_body: None | str
        email_body = self.email_body

        email_headers: dict[str, Any] | list[str] | None
        if isinstance(self.email_headers, list):
            email_headers = self.email_headers

        elif isinstance(self.email_headers, ContactEmailEmailHeaders):
            email_headers = self.email_headers.to_dict()
        else:
            email_headers = self.email_headers

        is_open = _wire.format_bool(self.is_open)

        is_parsed = _wire.format_bool(self.is_parsed)

        click_counter = None if self.click_counter is None else _wire.format_int(self.click_counter)

        status = self.status

        note: None | str
        note = self.note

        scheduled_at = None if self.scheduled_at is None else _wire.format_datetime(self.scheduled_at)

        email_hash = self.email_hash

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaign_id": campaign_id,
                "email_type": email_type,
                "subscriber_id": subscriber_id,
                "email_subject_id": email_subject_id,
                "email_address": email_address,
                "email_subject": email_subject,
                "email_body": email_body,
                "email_headers": email_headers,
                "is_open": is_open,
                "is_parsed": is_parsed,
                "click_counter": click_counter,
                "status": status,
                "note": note,
                "scheduled_at": scheduled_at,
                "email_hash": email_hash,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

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

        email_type = d.pop("email_type")

        _subscriber_id = d.pop("subscriber_id")
        subscriber_id: int
        subscriber_id = _wire.parse_int(_subscriber_id)

        _email_subject_id = d.pop("email_subject_id")
        email_subject_id: int | None
        if _wire.is_blank(_email_subject_id):
            email_subject_id = None
        else:
            email_subject_id = _wire.parse_int(_email_subject_id)

        email_address = d.pop("email_address")

        email_subject = d.pop("email_subject")

        email_body = d.pop("email_body")

        def _parse_email_headers(data: object) -> ContactEmailEmailHeaders | list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_headers_type_1 = cast(list[str], data)

                return email_headers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_headers_email_headers = ContactEmailEmailHeaders.from_dict(data)

                return email_headers_email_headers
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactEmailEmailHeaders | list[str] | None, data)

        email_headers = _parse_email_headers(d.pop("email_headers"))

        _is_open = d.pop("is_open")
        is_open: bool
        is_open = _wire.parse_bool(_is_open)

        _is_parsed = d.pop("is_parsed")
        is_parsed: bool
        is_parsed = _wire.parse_bool(_is_parsed)

        _click_counter = d.pop("click_counter")
        click_counter: int | None
        if _wire.is_blank(_click_counter):
            click_counter = None
        else:
            click_counter = _wire.parse_int(_click_counter)

        status = d.pop("status")

        note = d.pop("note")

        _scheduled_at = d.pop("scheduled_at")
        scheduled_at: datetime.datetime | None
        if _wire.is_blank(_scheduled_at):
            scheduled_at = None
        else:
            scheduled_at = _wire.parse_datetime(_scheduled_at)

        email_hash = d.pop("email_hash")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        contact_email = cls(
            id=id,
            campaign_id=campaign_id,
            email_type=email_type,
            subscriber_id=subscriber_id,
            email_subject_id=email_subject_id,
            email_address=email_address,
            email_subject=email_subject,
            email_body=email_body,
            email_headers=email_headers,
            is_open=is_open,
            is_parsed=is_parsed,
            click_counter=click_counter,
            status=status,
            note=note,
            scheduled_at=scheduled_at,
            email_hash=email_hash,
            created_at=created_at,
            updated_at=updated_at,
        )

        contact_email.additional_properties = d
        return contact_email

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
from ..models.contact_email_email_headers import ContactEmailEmailHeaders  # noqa: E402
