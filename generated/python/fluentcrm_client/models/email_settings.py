from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailSettings")


@_attrs_define
class EmailSettings:
    """The e-mail sending defaults (`email_settings` of `GET /setting`). FluentCRM computes this object on every read:
    stored values are merged over the defaults, so every key is present even on a fresh install.

        Attributes:
            from_name (str): Sender name of campaign e-mails; empty means WordPress's default.
            from_email (str): Sender address; empty means WordPress's default.
            emails_per_second (int | str): Sending speed limit. The default is the integer `15`; a saved value comes back as
                it was sent.
            email_footer (str): HTML footer of every marketing e-mail. A save is refused unless it contains
                `##crm.unsubscribe_url##` or
                `##crm.manage_subscription_url##`.
            pref_list_type (str): Which lists the subscription-management page offers (`no`, `filtered_only`, `all`).
            pref_list_items (list[int | str]): List ids offered when `pref_list_type` is `filtered_only`.
            pref_form (str): Whether contacts may edit their profile on the management page (`yes`/`no`).
            pref_general (list[str]): Profile fields shown on the management page.
            pref_custom (list[str]): Custom-field slugs shown on the management page.
            reply_to_name (str | Unset): Reply-to name, present once saved.
            reply_to_email (str | Unset): Reply-to address, present once saved.
    """

    from_name: str
    from_email: str
    emails_per_second: int | str
    email_footer: str
    pref_list_type: str
    pref_list_items: list[int | str]
    pref_form: str
    pref_general: list[str]
    pref_custom: list[str]
    reply_to_name: str | Unset = UNSET
    reply_to_email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_name = self.from_name

        from_email = self.from_email

        emails_per_second: int | str
        emails_per_second = self.emails_per_second

        email_footer = self.email_footer

        pref_list_type = self.pref_list_type

        pref_list_items = []
        for pref_list_items_item_data in self.pref_list_items:
            pref_list_items_item: int | str
            pref_list_items_item = pref_list_items_item_data
            pref_list_items.append(pref_list_items_item)

        pref_form = self.pref_form

        pref_general = self.pref_general

        pref_custom = self.pref_custom

        reply_to_name = self.reply_to_name

        reply_to_email = self.reply_to_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_name": from_name,
                "from_email": from_email,
                "emails_per_second": emails_per_second,
                "email_footer": email_footer,
                "pref_list_type": pref_list_type,
                "pref_list_items": pref_list_items,
                "pref_form": pref_form,
                "pref_general": pref_general,
                "pref_custom": pref_custom,
            }
        )
        if reply_to_name is not UNSET:
            field_dict["reply_to_name"] = reply_to_name
        if reply_to_email is not UNSET:
            field_dict["reply_to_email"] = reply_to_email

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_name = d.pop("from_name")

        from_email = d.pop("from_email")

        def _parse_emails_per_second(data: object) -> int | str:
            return cast(int | str, data)

        emails_per_second = _parse_emails_per_second(d.pop("emails_per_second"))

        email_footer = d.pop("email_footer")

        pref_list_type = d.pop("pref_list_type")

        pref_list_items = []
        _pref_list_items = d.pop("pref_list_items")
        for pref_list_items_item_data in _pref_list_items:

            def _parse_pref_list_items_item(data: object) -> int | str:
                return cast(int | str, data)

            pref_list_items_item = _parse_pref_list_items_item(pref_list_items_item_data)

            pref_list_items.append(pref_list_items_item)

        pref_form = d.pop("pref_form")

        pref_general = cast(list[str], d.pop("pref_general"))

        pref_custom = cast(list[str], d.pop("pref_custom"))

        reply_to_name = d.pop("reply_to_name", UNSET)

        reply_to_email = d.pop("reply_to_email", UNSET)

        email_settings = cls(
            from_name=from_name,
            from_email=from_email,
            emails_per_second=emails_per_second,
            email_footer=email_footer,
            pref_list_type=pref_list_type,
            pref_list_items=pref_list_items,
            pref_form=pref_form,
            pref_general=pref_general,
            pref_custom=pref_custom,
            reply_to_name=reply_to_name,
            reply_to_email=reply_to_email,
        )

        email_settings.additional_properties = d
        return email_settings

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
