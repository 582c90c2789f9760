from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_update_fields import ContactUpdateFields


T = TypeVar("T", bound="WrappedContactUpdate")


@_attrs_define
class WrappedContactUpdate:
    """
    Attributes:
        subscriber (ContactUpdateFields): Fields of `PUT /subscribers/{id}`. Nothing is required (not even `email`,
            despite the prose documentation). Tags
            and lists change only through `attach_*`/`detach_*`; `tags` and `lists` are ignored on update. An unknown
            `status` value is ignored.
    """

    subscriber: ContactUpdateFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber = self.subscriber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber": subscriber,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber = ContactUpdateFields.from_dict(d.pop("subscriber"))

        wrapped_contact_update = cls(
            subscriber=subscriber,
        )

        wrapped_contact_update.additional_properties = d
        return wrapped_contact_update

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
from ..models.contact_update_fields import ContactUpdateFields  # noqa: E402
