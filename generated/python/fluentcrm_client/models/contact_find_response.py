from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.custom_field_definition import CustomFieldDefinition


T = TypeVar("T", bound="ContactFindResponse")


@_attrs_define
class ContactFindResponse:
    """Body of `GET /subscribers/{id}`.

    Attributes:
        subscriber (Contact): A contact with its tags and lists, as returned by `GET /subscribers/{id}`. The keys
            marked optional appear only in some cases: the `with[]` extras (`stats`, `custom_values`, `commerce_stat`), the
            WordPress-user keys for a contact linked to a user, and the unsubscribe keys for a contact whose status is
            `unsubscribed`, `bounced` or `complained`.
        custom_fields (list[CustomFieldDefinition] | Unset): Only with `with[]=custom_fields`; the definitions of all
            contact custom fields (at the top level, not inside `subscriber`).
    """

    subscriber: Contact
    custom_fields: list[CustomFieldDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber = self.subscriber.to_dict()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber": subscriber,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber = Contact.from_dict(d.pop("subscriber"))

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[CustomFieldDefinition] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldDefinition.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        contact_find_response = cls(
            subscriber=subscriber,
            custom_fields=custom_fields,
        )

        contact_find_response.additional_properties = d
        return contact_find_response

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
from ..models.contact import Contact  # noqa: E402
from ..models.custom_field_definition import CustomFieldDefinition  # noqa: E402
