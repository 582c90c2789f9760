from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_add_update_response_bulk_invalid_contact import BulkAddUpdateResponseBulkInvalidContact
    from ..models.bulk_contact_result import BulkContactResult


T = TypeVar("T", bound="BulkAddUpdateResponse")


@_attrs_define
class BulkAddUpdateResponse:
    """Body of `POST /subscribers/bulk-add-update`. Because of a bug in FluentCRM 2.9.84 every stored contact, new or
    existing, is reported under `updated`, and `created` is always empty.

        Attributes:
            message (str):
            created (list[BulkContactResult]): Always `[]` in 2.9.84; meant for contacts that were created.
            updated (list[BulkContactResult]): Every contact that was stored, created or updated.
            invalids (list[Any | BulkAddUpdateResponseBulkInvalidContact]): Entries that were skipped because their e-mail
                is missing or invalid, echoed after FluentCRM's contact
                sanitiser rather than checked against the input schema. An entry of `contacts` that is not an object at all
                is skipped too and echoed unchanged.
    """

    message: str
    created: list[BulkContactResult]
    updated: list[BulkContactResult]
    invalids: list[Any | BulkAddUpdateResponseBulkInvalidContact]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)

        updated = []
        for updated_item_data in self.updated:
            updated_item = updated_item_data.to_dict()
            updated.append(updated_item)

        invalids = []
        for invalids_item_data in self.invalids:
            invalids_item: Any | dict[str, Any]
            if isinstance(invalids_item_data, BulkAddUpdateResponseBulkInvalidContact):
                invalids_item = invalids_item_data.to_dict()
            else:
                invalids_item = invalids_item_data
            invalids.append(invalids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "created": created,
                "updated": updated,
                "invalids": invalids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        created = []
        _created = d.pop("created")
        for created_item_data in _created:
            created_item = BulkContactResult.from_dict(created_item_data)

            created.append(created_item)

        updated = []
        _updated = d.pop("updated")
        for updated_item_data in _updated:
            updated_item = BulkContactResult.from_dict(updated_item_data)

            updated.append(updated_item)

        invalids = []
        _invalids = d.pop("invalids")
        for invalids_item_data in _invalids:

            def _parse_invalids_item(data: object) -> Any | BulkAddUpdateResponseBulkInvalidContact:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    invalids_item_bulk_invalid_contact = BulkAddUpdateResponseBulkInvalidContact.from_dict(data)

                    return invalids_item_bulk_invalid_contact
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Any | BulkAddUpdateResponseBulkInvalidContact, data)

            invalids_item = _parse_invalids_item(invalids_item_data)

            invalids.append(invalids_item)

        bulk_add_update_response = cls(
            message=message,
            created=created,
            updated=updated,
            invalids=invalids,
        )

        bulk_add_update_response.additional_properties = d
        return bulk_add_update_response

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
from ..models.bulk_add_update_response_bulk_invalid_contact import BulkAddUpdateResponseBulkInvalidContact  # noqa: E402
from ..models.bulk_contact_result import BulkContactResult  # noqa: E402
