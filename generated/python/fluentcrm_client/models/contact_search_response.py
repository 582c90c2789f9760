from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_search_response_contacts import ContactSearchResponseContacts


T = TypeVar("T", bound="ContactSearchResponse")


@_attrs_define
class ContactSearchResponse:
    """The matching contacts in an object keyed by contact id (`{}` when nothing matched: the server casts the map to
    an object, so it is never `[]`).

        Attributes:
            contacts (ContactSearchResponseContacts):
    """

    contacts: ContactSearchResponseContacts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = self.contacts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contacts = ContactSearchResponseContacts.from_dict(d.pop("contacts"))

        contact_search_response = cls(
            contacts=contacts,
        )

        contact_search_response.additional_properties = d
        return contact_search_response

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
from ..models.contact_search_response_contacts import ContactSearchResponseContacts  # noqa: E402
