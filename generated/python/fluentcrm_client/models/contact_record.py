from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_list import ContactList
    from ..models.contact_tag import ContactTag


from .contact_fields import ContactFields

T = TypeVar("T", bound="ContactRecord")


@_attrs_define
class ContactRecord(ContactFields):
    """A contact as `POST /subscribers` and `PUT /subscribers/{id}` return it: all columns, plus `tags` and `lists` only
    when the request attached or detached some (the relations are not loaded otherwise). It never carries
    `custom_values`.

        Attributes:
            id (int): Primary key of the contact (an integer; the prose documentation shows a string).
            user_id (int | None): Id of the linked WordPress user, as a numeric string, or `null` when the contact has no
                account.
            hash (str): MD5 of the lower-cased e-mail address; used in unsubscribe and preference links.
            contact_owner (int | None): Id of the WordPress user who owns the contact (a FluentCRM Pro feature), or `null`.
            company_id (int | None): Id of the contact's primary company (a FluentCRM Pro feature), or `null`.
            prefix (None | str): Name prefix such as `Mr` or `Dr`.
            first_name (None | str):
            last_name (None | str):
            email (str): E-mail address; unique among contacts, compared case-insensitively.
            timezone (None | str):
            address_line_1 (None | str):
            address_line_2 (None | str):
            postal_code (None | str):
            city (None | str):
            state (None | str):
            country (None | str): Country as sent (for example the ISO code `GB`); the server does not expand it to a name.
            ip (None | str): IP address the contact signed up from.
            latitude (None | str): Decimal latitude as a string.
            longitude (None | str): Decimal longitude as a string.
            total_points (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            life_time_value (Decimal): An integer sent as a JSON string. FluentCRM returns database columns that are not a
                model's own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            phone (None | str): Phone number as stored. A `+` sent in a form-encoded body arrives as a space.
            status (str): Subscription status of a contact. FluentCRM 2.9.84 knows seven values: `subscribed`, `pending`,
                `unsubscribed`,
                `transactional`, `bounced`, `complained` and `spammed`. The list is deliberately not a closed `enum` in
                responses:
                treat an unknown value as a status a newer server added, not as an error.
            contact_type (str): Kind of contact: `lead` (the default) or `customer`. Not a closed `enum` in responses, so
                that a value added by a
                newer server or an extension does not break clients.
            source (None | str): Free-text origin of the contact (`wp_users`, `woocommerce`, a form name, ...).
            avatar (None | str): URL of a custom avatar; `photo` uses it when set.
            date_of_birth (None | str): `YYYY-MM-DD`, or `null` when unknown. An unparsable date sent on create is stored
                and returned as `0000-00-00`;
                `GET /subscribers/{id}` shows such a date as `""`.
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            last_activity (datetime.datetime | None): When the contact last interacted (opened, clicked, submitted), or
                `null`.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            full_name (str): `first_name` and `last_name` joined by a space; `""` when both are empty.
            photo (str): Avatar URL: `avatar` when set, otherwise FluentCRM's bundled placeholder image (Gravatar is off by
                default in
                2.9.84, so it is not a Gravatar URL as the prose documentation shows).
            campaign_id (int | str | Unset): Only on the contact inside a campaign e-mail preview (`GET
                /campaigns/emails/{id}/preview`), where FluentCRM sets the id of the e-mail's campaign on it: the column as read
                (a string of digits) or as just set (an integer); both were recorded.
            tags (list[ContactTag] | Unset):
            lists (list[ContactList] | Unset):
    """

    id: int
    user_id: int | None
    hash: str
    contact_owner: int | None
    company_id: int | None
    prefix: None | str
    first_name: None | str
    last_name: None | str
    email: str
    timezone: None | str
    address_line_1: None | str
    address_line_2: None | str
    postal_code: None | str
    city: None | str
    state: None | str
    country: None | str
    ip: None | str
    latitude: None | str
    longitude: None | str
    total_points: int
    life_time_value: Decimal
    phone: None | str
    status: str
    contact_type: str
    source: None | str
    avatar: None | str
    date_of_birth: None | str
    created_at: datetime.datetime
    last_activity: datetime.datetime | None
    updated_at: datetime.datetime
    full_name: str
    photo: str
    campaign_id: int | str | Unset = UNSET
    tags: list[ContactTag] | Unset = UNSET
    lists: list[ContactList] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = None if self.user_id is None else _wire.format_int(self.user_id)

        hash = self.hash

        contact_owner = None if self.contact_owner is None else _wire.format_int(self.contact_owner)

        company_id = None if self.company_id is None else _wire.format_int(self.company_id)

        prefix: None | str
        prefix = self.prefix

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        email = self.email

        timezone: None | str
        timezone = self.timezone

        address_line_1: None | str
        address_line_1 = self.address_line_1

        address_line_2: None | str
        address_line_2 = self.address_line_2

        postal_code: None | str
        postal_code = self.postal_code

        city: None | str
        city = self.city

        state: None | str
        state = self.state

        country: None | str
        country = self.country

        ip: None | str
        ip = self.ip

        latitude: None | str
        latitude = self.latitude

        longitude: None | str
        longitude = self.longitude

        total_points = _wire.format_int(self.total_points)

        life_time_value = _wire.format_decimal(self.life_time_value)

        phone: None | str
        phone = self.phone

        status = self.status

        contact_type = self.contact_type

        source: None | str
        source = self.source

        avatar: None | str
        avatar = self.avatar

        date_of_birth: None | str
        date_of_birth = self.date_of_birth

        created_at = _wire.format_datetime(self.created_at)

        last_activity = None if self.last_activity is None else _wire.format_datetime(self.last_activity)

        updated_at = _wire.format_datetime(self.updated_at)

        full_name = self.full_name

        photo = self.photo

        campaign_id: int | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "hash": hash,
                "contact_owner": contact_owner,
                "company_id": company_id,
                "prefix": prefix,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "timezone": timezone,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "postal_code": postal_code,
                "city": city,
                "state": state,
                "country": country,
                "ip": ip,
                "latitude": latitude,
                "longitude": longitude,
                "total_points": total_points,
                "life_time_value": life_time_value,
                "phone": phone,
                "status": status,
                "contact_type": contact_type,
                "source": source,
                "avatar": avatar,
                "date_of_birth": date_of_birth,
                "created_at": created_at,
                "last_activity": last_activity,
                "updated_at": updated_at,
                "full_name": full_name,
                "photo": photo,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if lists is not UNSET:
            field_dict["lists"] = lists

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _user_id = d.pop("user_id")
        user_id: int | None
        if _wire.is_blank(_user_id):
            user_id = None
        else:
            user_id = _wire.parse_int(_user_id)

        hash = d.pop("hash")

        _contact_owner = d.pop("contact_owner")
        contact_owner: int | None
        if _wire.is_blank(_contact_owner):
            contact_owner = None
        else:
            contact_owner = _wire.parse_int(_contact_owner)

        _company_id = d.pop("company_id")
        company_id: int | None
        if _wire.is_blank(_company_id):
            company_id = None
        else:
            company_id = _wire.parse_int(_company_id)

        prefix = d.pop("prefix")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        timezone = d.pop("timezone")

        address_line_1 = d.pop("address_line_1")

        address_line_2 = d.pop("address_line_2")

        postal_code = d.pop("postal_code")

        city = d.pop("city")

        state = d.pop("state")

        country = d.pop("country")

        ip = d.pop("ip")

        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        _total_points = d.pop("total_points")
        total_points: int
        total_points = _wire.parse_int(_total_points)

        _life_time_value = d.pop("life_time_value")
        life_time_value: Decimal
        life_time_value = _wire.parse_decimal(_life_time_value)

        phone = d.pop("phone")

        status = d.pop("status")

        contact_type = d.pop("contact_type")

        source = d.pop("source")

        avatar = d.pop("avatar")

        date_of_birth = d.pop("date_of_birth")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _last_activity = d.pop("last_activity")
        last_activity: datetime.datetime | None
        if _wire.is_blank(_last_activity):
            last_activity = None
        else:
            last_activity = _wire.parse_datetime(_last_activity)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        full_name = d.pop("full_name")

        photo = d.pop("photo")

        def _parse_campaign_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[ContactTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ContactTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _lists = d.pop("lists", UNSET)
        lists: list[ContactList] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = ContactList.from_dict(lists_item_data)

                lists.append(lists_item)

        contact_record = cls(
            id=id,
            user_id=user_id,
            hash=hash,
            contact_owner=contact_owner,
            company_id=company_id,
            prefix=prefix,
            first_name=first_name,
            last_name=last_name,
            email=email,
            timezone=timezone,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            postal_code=postal_code,
            city=city,
            state=state,
            country=country,
            ip=ip,
            latitude=latitude,
            longitude=longitude,
            total_points=total_points,
            life_time_value=life_time_value,
            phone=phone,
            status=status,
            contact_type=contact_type,
            source=source,
            avatar=avatar,
            date_of_birth=date_of_birth,
            created_at=created_at,
            last_activity=last_activity,
            updated_at=updated_at,
            full_name=full_name,
            photo=photo,
            campaign_id=campaign_id,
            tags=tags,
            lists=lists,
        )

        contact_record.additional_properties = d
        return contact_record

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
from ..models.contact_list import ContactList  # noqa: E402
from ..models.contact_tag import ContactTag  # noqa: E402
