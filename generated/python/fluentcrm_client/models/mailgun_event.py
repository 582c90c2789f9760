from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailgun_event_data import MailgunEventData


T = TypeVar("T", bound="MailgunEvent")


@_attrs_define
class MailgunEvent:
    """Mailgun's webhook payload.

    Attributes:
        event_data (MailgunEventData | Unset): The event Mailgun reports; only `failed`, `unsubscribed` and `complained`
            change a contact.
    """

    event_data: MailgunEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_data, Unset):
            event_data = self.event_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_data is not UNSET:
            field_dict["event-data"] = event_data

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _event_data = d.pop("event-data", UNSET)
        event_data: MailgunEventData | Unset
        if isinstance(_event_data, Unset):
            event_data = UNSET
        else:
            event_data = MailgunEventData.from_dict(_event_data)

        mailgun_event = cls(
            event_data=event_data,
        )

        mailgun_event.additional_properties = d
        return mailgun_event

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
from ..models.mailgun_event_data import MailgunEventData  # noqa: E402
