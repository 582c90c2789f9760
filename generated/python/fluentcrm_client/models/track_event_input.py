from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackEventInput")


@_attrs_define
class TrackEventInput:
    """An event to record for the contact with this `email` (or `subscriber_id`). `event_key` and `title` are required.
    With `repeatable` left at its default, an event with a key the contact already has updates that row.

        Attributes:
            event_key (str):
            title (str):
            email (str | Unset):
            subscriber_id (int | Unset):
            value (str | Unset):
            provider (str | Unset):
            repeatable (bool | Unset):
    """

    event_key: str
    title: str
    email: str | Unset = UNSET
    subscriber_id: int | Unset = UNSET
    value: str | Unset = UNSET
    provider: str | Unset = UNSET
    repeatable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_key = self.event_key

        title = self.title

        email = self.email

        subscriber_id = self.subscriber_id

        value = self.value

        provider = self.provider

        repeatable = self.repeatable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_key": event_key,
                "title": title,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if subscriber_id is not UNSET:
            field_dict["subscriber_id"] = subscriber_id
        if value is not UNSET:
            field_dict["value"] = value
        if provider is not UNSET:
            field_dict["provider"] = provider
        if repeatable is not UNSET:
            field_dict["repeatable"] = repeatable

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_key = d.pop("event_key")

        title = d.pop("title")

        email = d.pop("email", UNSET)

        subscriber_id = d.pop("subscriber_id", UNSET)

        value = d.pop("value", UNSET)

        provider = d.pop("provider", UNSET)

        repeatable = d.pop("repeatable", UNSET)

        track_event_input = cls(
            event_key=event_key,
            title=title,
            email=email,
            subscriber_id=subscriber_id,
            value=value,
            provider=provider,
            repeatable=repeatable,
        )

        track_event_input.additional_properties = d
        return track_event_input

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
