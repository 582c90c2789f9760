from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..models.contact_status_input import ContactStatusInput, check_contact_status_input
from ..models.contact_type_input import ContactTypeInput, check_contact_type_input
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_update_fields_custom_values import ContactUpdateFieldsCustomValues


from .contact_input_fields import ContactInputFields

T = TypeVar("T", bound="ContactUpdateFields")


@_attrs_define
class ContactUpdateFields(ContactInputFields):
    """Fields of `PUT /subscribers/{id}`. Nothing is required (not even `email`, despite the prose documentation). Tags
    and lists change only through `attach_*`/`detach_*`; `tags` and `lists` are ignored on update. An unknown
    `status` value is ignored.

        Attributes:
            prefix (str | Unset): Name prefix such as `Mr` or `Dr`.
            first_name (str | Unset):
            last_name (str | Unset):
            phone (str | Unset):
            date_of_birth (datetime.date | Unset): `YYYY-MM-DD`. An unparsable date is not rejected: it is stored as
                `0000-00-00`.
            address_line_1 (str | Unset):
            address_line_2 (str | Unset):
            city (str | Unset):
            state (str | Unset):
            postal_code (str | Unset):
            country (str | Unset): Stored exactly as sent; an ISO 3166-1 alpha-2 code is what the FluentCRM admin uses.
            timezone (str | Unset):
            source (str | Unset): Free-text origin of the contact.
            avatar (str | Unset): URL of a custom avatar. (The prose documentation's `photo` parameter is ignored.)
            status (ContactStatusInput | Unset): A status to set or filter by. The server silently drops any other value: on
                create the contact becomes
                `subscribed`, on update the status is left unchanged, and as a filter the whole `statuses[]` filter disappears.
            contact_type (ContactTypeInput | Unset): Kind of contact to store.
            email (str | Unset): Must be a valid address (422 otherwise) and unique among contacts, compared case-
                insensitively.
            attach_tags (list[int] | Unset): Ids of tags to add.
            detach_tags (list[int] | Unset): Ids of tags to remove.
            attach_lists (list[int] | Unset): Ids of lists to add the contact to.
            detach_lists (list[int] | Unset): Ids of lists to remove the contact from.
            custom_values (ContactUpdateFieldsCustomValues | Unset): Custom-field values to set, by slug. They are saved,
                but do not make `isDirty` true.
    """

    prefix: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    timezone: str | Unset = UNSET
    source: str | Unset = UNSET
    avatar: str | Unset = UNSET
    status: ContactStatusInput | Unset = UNSET
    contact_type: ContactTypeInput | Unset = UNSET
    email: str | Unset = UNSET
    attach_tags: list[int] | Unset = UNSET
    detach_tags: list[int] | Unset = UNSET
    attach_lists: list[int] | Unset = UNSET
    detach_lists: list[int] | Unset = UNSET
    custom_values: ContactUpdateFieldsCustomValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        first_name = self.first_name

        last_name = self.last_name

        phone = self.phone

        date_of_birth: Any = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = _wire.format_date(self.date_of_birth)

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        city = self.city

        state = self.state

        postal_code = self.postal_code

        country = self.country

        timezone = self.timezone

        source = self.source

        avatar = self.avatar

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        contact_type: str | Unset = UNSET
        if not isinstance(self.contact_type, Unset):
            contact_type = self.contact_type

        email = self.email

        attach_tags: list[int] | Unset = UNSET
        if not isinstance(self.attach_tags, Unset):
            attach_tags = self.attach_tags

        detach_tags: list[int] | Unset = UNSET
        if not isinstance(self.detach_tags, Unset):
            detach_tags = self.detach_tags

        attach_lists: list[int] | Unset = UNSET
        if not isinstance(self.attach_lists, Unset):
            attach_lists = self.attach_lists

        detach_lists: list[int] | Unset = UNSET
        if not isinstance(self.detach_lists, Unset):
            detach_lists = self.detach_lists

        custom_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_values, Unset):
            custom_values = self.custom_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if source is not UNSET:
            field_dict["source"] = source
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if status is not UNSET:
            field_dict["status"] = status
        if contact_type is not UNSET:
            field_dict["contact_type"] = contact_type
        if email is not UNSET:
            field_dict["email"] = email
        if attach_tags is not UNSET:
            field_dict["attach_tags"] = attach_tags
        if detach_tags is not UNSET:
            field_dict["detach_tags"] = detach_tags
        if attach_lists is not UNSET:
            field_dict["attach_lists"] = attach_lists
        if detach_lists is not UNSET:
            field_dict["detach_lists"] = detach_lists
        if custom_values is not UNSET:
            field_dict["custom_values"] = custom_values

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prefix = d.pop("prefix", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        phone = d.pop("phone", UNSET)

        _date_of_birth = d.pop("date_of_birth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = _wire.parse_date(_date_of_birth)

        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country = d.pop("country", UNSET)

        timezone = d.pop("timezone", UNSET)

        source = d.pop("source", UNSET)

        avatar = d.pop("avatar", UNSET)

        _status = d.pop("status", UNSET)
        status: ContactStatusInput | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_contact_status_input(_status)

        _contact_type = d.pop("contact_type", UNSET)
        contact_type: ContactTypeInput | Unset
        if isinstance(_contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = check_contact_type_input(_contact_type)

        email = d.pop("email", UNSET)

        attach_tags = cast(list[int], d.pop("attach_tags", UNSET))

        detach_tags = cast(list[int], d.pop("detach_tags", UNSET))

        attach_lists = cast(list[int], d.pop("attach_lists", UNSET))

        detach_lists = cast(list[int], d.pop("detach_lists", UNSET))

        _custom_values = d.pop("custom_values", UNSET)
        custom_values: ContactUpdateFieldsCustomValues | Unset
        if isinstance(_custom_values, Unset):
            custom_values = UNSET
        else:
            custom_values = ContactUpdateFieldsCustomValues.from_dict(_custom_values)

        contact_update_fields = cls(
            prefix=prefix,
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            date_of_birth=date_of_birth,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            state=state,
            postal_code=postal_code,
            country=country,
            timezone=timezone,
            source=source,
            avatar=avatar,
            status=status,
            contact_type=contact_type,
            email=email,
            attach_tags=attach_tags,
            detach_tags=detach_tags,
            attach_lists=attach_lists,
            detach_lists=detach_lists,
            custom_values=custom_values,
        )

        contact_update_fields.additional_properties = d
        return contact_update_fields

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
from ..models.contact_update_fields_custom_values import ContactUpdateFieldsCustomValues  # noqa: E402
