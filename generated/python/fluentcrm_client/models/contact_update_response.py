from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_record import ContactRecord
    from ..models.custom_values import CustomValues


T = TypeVar("T", bound="ContactUpdateResponse")


@_attrs_define
class ContactUpdateResponse:
    """Body of a successful `PUT /subscribers/{id}`.

    Attributes:
        message (str):
        contact (ContactRecord): A contact as `POST /subscribers` and `PUT /subscribers/{id}` return it: all columns,
            plus `tags` and `lists` only
            when the request attached or detached some (the relations are not loaded otherwise). It never carries
            `custom_values`.
        is_dirty (bool): Whether a contact column changed. Custom values, tags and lists are not columns: an update that
            only
            changes them reports `false`.
        values (Any | CustomValues): Echo of the submitted `custom_values` as PHP parsed the request; `[]` when none
            were sent. For the
            slug-to-value map the request schema describes, that is a `CustomValues` map. FluentCRM echoes the input
            without checking it, so anything else that was sent comes back too: a form field `custom_values[]=` gives
            `[""]`, a JSON string or number comes back as itself.
    """

    message: str
    contact: ContactRecord
    is_dirty: bool
    values: Any | CustomValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        contact = self.contact.to_dict()

        is_dirty = self.is_dirty

        values: Any | dict[str, Any]
        if isinstance(self.values, CustomValues):
            values = self.values.to_dict()
        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "contact": contact,
                "isDirty": is_dirty,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        contact = ContactRecord.from_dict(d.pop("contact"))

        is_dirty = d.pop("isDirty")

        def _parse_values(data: object) -> Any | CustomValues:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = CustomValues.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | CustomValues, data)

        values = _parse_values(d.pop("values"))

        contact_update_response = cls(
            message=message,
            contact=contact,
            is_dirty=is_dirty,
            values=values,
        )

        contact_update_response.additional_properties = d
        return contact_update_response

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
from ..models.contact_record import ContactRecord  # noqa: E402
from ..models.custom_values import CustomValues  # noqa: E402
