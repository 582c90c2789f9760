from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_page import ContactPage


T = TypeVar("T", bound="ContactIndexResponse")


@_attrs_define
class ContactIndexResponse:
    """Body of `GET /subscribers`: the paginator under `subscribers`, next to `custom` (an echo of the request's
    `custom_fields` parameter) and `__bench`. The prose documentation shows a bare paginator at the top level.

        Attributes:
            subscribers (ContactPage): One page of contacts in FluentCRM's paginator shape.
            custom (None | str): The raw `custom_fields` query value (`"true"`, `"1"`, ...), or `null` when it was not sent.
    """

    subscribers: ContactPage
    custom: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscribers = self.subscribers.to_dict()

        custom: None | str
        custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscribers": subscribers,
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscribers = ContactPage.from_dict(d.pop("subscribers"))

        custom = d.pop("custom")

        contact_index_response = cls(
            subscribers=subscribers,
            custom=custom,
        )

        contact_index_response.additional_properties = d
        return contact_index_response

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
from ..models.contact_page import ContactPage  # noqa: E402
