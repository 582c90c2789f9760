from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContactStats")


@_attrs_define
class ContactStats:
    """E-mail engagement counters of a contact, returned with `with[]=stats`.

    Attributes:
        emails (int): Campaign e-mails sent to the contact.
        opens (int): Recorded opens.
        clicks (int): Recorded link clicks.
    """

    emails: int
    opens: int
    clicks: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        opens = self.opens

        clicks = self.clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "opens": opens,
                "clicks": clicks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = d.pop("emails")

        opens = d.pop("opens")

        clicks = d.pop("clicks")

        contact_stats = cls(
            emails=emails,
            opens=opens,
            clicks=clicks,
        )

        contact_stats.additional_properties = d
        return contact_stats

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
