from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..models.contact_input_force_update import ContactInputForceUpdate, check_contact_input_force_update
from ..models.contact_status_input import ContactStatusInput, check_contact_status_input
from ..models.contact_type_input import ContactTypeInput, check_contact_type_input
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


from .contact_input_fields import ContactInputFields

T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput(ContactInputFields):
    """JSON body of `POST /subscribers`. `email` and `status` are required. An unknown `status` value is not rejected:
    the contact is created as `subscribed`.

        Attributes:
            status (ContactStatusInput): A status to set or filter by. The server silently drops any other value: on create
                the contact becomes
                `subscribed`, on update the status is left unchanged, and as a filter the whole `statuses[]` filter disappears.
            email (str): Must be a valid address (422 otherwise) and unique among contacts, compared case-insensitively.
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
            contact_type (ContactTypeInput | Unset): Kind of contact to store.
            tags (list[int | str] | Unset): Tags to attach, by id or by title (see `ContactIdOrTitle`).
            lists (list[int] | Unset): Ids of lists to add the contact to; unknown ids are dropped silently.
            custom_values (dict[str, Any] | Unset): Custom-field values by slug. Unknown slugs are accepted and ignored.
            force_update (ContactInputForceUpdate | Unset): Send `yes` to update the existing contact when the e-mail is
                already taken, instead of failing with 422.
                The server compares with `== 'yes'`, so JSON `true` works too (PHP loose comparison), but the form value
                `true` does not. The prose documentation calls this a boolean.
    """

    status: ContactStatusInput
    email: str
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
    contact_type: ContactTypeInput | Unset = UNSET
    tags: list[int | str] | Unset = UNSET
    lists: list[int] | Unset = UNSET
    custom_values: dict[str, Any] | Unset = UNSET
    force_update: ContactInputForceUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        email = self.email

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

        contact_type: str | Unset = UNSET
        if not isinstance(self.contact_type, Unset):
            contact_type = self.contact_type

        tags: list[int | str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item: int | str
                tags_item = tags_item_data
                tags.append(tags_item)

        lists: list[int] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = self.lists

        custom_values: Any = UNSET
        if not isinstance(self.custom_values, Unset):
            custom_values = _wire.format_dict(self.custom_values)

        force_update: str | Unset = UNSET
        if not isinstance(self.force_update, Unset):
            force_update = self.force_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "email": email,
            }
        )
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
        if contact_type is not UNSET:
            field_dict["contact_type"] = contact_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if lists is not UNSET:
            field_dict["lists"] = lists
        if custom_values is not UNSET:
            field_dict["custom_values"] = custom_values
        if force_update is not UNSET:
            field_dict["__force_update"] = force_update

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_contact_status_input(d.pop("status"))

        email = d.pop("email")

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

        _contact_type = d.pop("contact_type", UNSET)
        contact_type: ContactTypeInput | Unset
        if isinstance(_contact_type, Unset):
            contact_type = UNSET
        else:
            contact_type = check_contact_type_input(_contact_type)

        _tags = d.pop("tags", UNSET)
        tags: list[int | str] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:

                def _parse_tags_item(data: object) -> int | str:
                    return cast(int | str, data)

                tags_item = _parse_tags_item(tags_item_data)

                tags.append(tags_item)

        lists = cast(list[int], d.pop("lists", UNSET))

        _custom_values = d.pop("custom_values", UNSET)
        custom_values: dict[str, Any] | Unset
        if isinstance(_custom_values, Unset):
            custom_values = UNSET
        else:
            custom_values = _wire.parse_dict(_custom_values)

        _force_update = d.pop("__force_update", UNSET)
        force_update: ContactInputForceUpdate | Unset
        if isinstance(_force_update, Unset):
            force_update = UNSET
        else:
            force_update = check_contact_input_force_update(_force_update)

        contact_input = cls(
            status=status,
            email=email,
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
            contact_type=contact_type,
            tags=tags,
            lists=lists,
            custom_values=custom_values,
            force_update=force_update,
        )

        contact_input.additional_properties = d
        return contact_input

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
