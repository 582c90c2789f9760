from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_add_update_input_bulk_contact_entry import BulkAddUpdateInputBulkContactEntry


T = TypeVar("T", bound="BulkAddUpdateInput")


@_attrs_define
class BulkAddUpdateInput:
    """Body of `POST /subscribers/bulk-add-update`.

    Attributes:
        contacts (list[BulkAddUpdateInputBulkContactEntry]): Contacts to create or update, matched by e-mail. Entries
            with an invalid e-mail are reported in `invalids`.
        force_update (bool | Unset): Overwrite the fields of contacts that already exist. Default: False.
    """

    contacts: list[BulkAddUpdateInputBulkContactEntry]
    force_update: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        force_update = self.force_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
            }
        )
        if force_update is not UNSET:
            field_dict["force_update"] = force_update

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contacts = []
        _contacts = d.pop("contacts")
        for contacts_item_data in _contacts:
            contacts_item = BulkAddUpdateInputBulkContactEntry.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        force_update = d.pop("force_update", UNSET)

        bulk_add_update_input = cls(
            contacts=contacts,
            force_update=force_update,
        )

        bulk_add_update_input.additional_properties = d
        return bulk_add_update_input

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
from ..models.bulk_add_update_input_bulk_contact_entry import BulkAddUpdateInputBulkContactEntry  # noqa: E402
