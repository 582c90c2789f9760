from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.csv_import_response_invalid_contacts_item import CsvImportResponseInvalidContactsItem
    from ..models.csv_import_response_result import CsvImportResponseResult
    from ..models.csv_import_response_skipped_contacts_item import CsvImportResponseSkippedContactsItem


T = TypeVar("T", bound="CsvImportResponse")


@_attrs_define
class CsvImportResponse:
    """The outcome of one page of a CSV import, and where the next page starts.

    Attributes:
        total (int): Rows in the file (the header row aside).
        completed (int): Rows handled so far, this page included.
        total_page (int): Pages of 500 rows in the file.
        skipped (int): Rows not imported on this page because their e-mail is invalid (existing contacts left alone are
            not counted).
        invalid_contacts (list[CsvImportResponseInvalidContactsItem]): The rows of this page whose e-mail is not valid,
            as they were mapped.
        skipped_contacts (list[CsvImportResponseSkippedContactsItem]): `result.skips`, echoed.
        invalid_email_counts (int):
        inserted (int): Contacts created on this page.
        updated (int): Contacts updated on this page.
        has_more (bool): Whether rows remain; once it is false the server deletes the staged file.
        last_page (int | str): The `importing_page` of the request, echoed as sent (1 when absent).
        tags (list[Any]): The `tags` of the request, echoed.
        lists (list[Any]): The `lists` of the request, echoed.
        offset (int): Index of the first row of this page.
        result (CsvImportResponseResult):
    """

    total: int
    completed: int
    total_page: int
    skipped: int
    invalid_contacts: list[CsvImportResponseInvalidContactsItem]
    skipped_contacts: list[CsvImportResponseSkippedContactsItem]
    invalid_email_counts: int
    inserted: int
    updated: int
    has_more: bool
    last_page: int | str
    tags: list[Any]
    lists: list[Any]
    offset: int
    result: CsvImportResponseResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        completed = self.completed

        total_page = self.total_page

        skipped = self.skipped

        invalid_contacts = []
        for invalid_contacts_item_data in self.invalid_contacts:
            invalid_contacts_item = invalid_contacts_item_data.to_dict()
            invalid_contacts.append(invalid_contacts_item)

        skipped_contacts = []
        for skipped_contacts_item_data in self.skipped_contacts:
            skipped_contacts_item = skipped_contacts_item_data.to_dict()
            skipped_contacts.append(skipped_contacts_item)

        invalid_email_counts = self.invalid_email_counts

        inserted = self.inserted

        updated = self.updated

        has_more = self.has_more

        last_page: int | str
        last_page = self.last_page

        tags = self.tags

        lists = self.lists

        offset = self.offset

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "completed": completed,
                "total_page": total_page,
                "skipped": skipped,
                "invalid_contacts": invalid_contacts,
                "skipped_contacts": skipped_contacts,
                "invalid_email_counts": invalid_email_counts,
                "inserted": inserted,
                "updated": updated,
                "has_more": has_more,
                "last_page": last_page,
                "tags": tags,
                "lists": lists,
                "offset": offset,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        completed = d.pop("completed")

        total_page = d.pop("total_page")

        skipped = d.pop("skipped")

        invalid_contacts = []
        _invalid_contacts = d.pop("invalid_contacts")
        for invalid_contacts_item_data in _invalid_contacts:
            invalid_contacts_item = CsvImportResponseInvalidContactsItem.from_dict(invalid_contacts_item_data)

            invalid_contacts.append(invalid_contacts_item)

        skipped_contacts = []
        _skipped_contacts = d.pop("skipped_contacts")
        for skipped_contacts_item_data in _skipped_contacts:
            skipped_contacts_item = CsvImportResponseSkippedContactsItem.from_dict(skipped_contacts_item_data)

            skipped_contacts.append(skipped_contacts_item)

        invalid_email_counts = d.pop("invalid_email_counts")

        inserted = d.pop("inserted")

        updated = d.pop("updated")

        has_more = d.pop("has_more")

        def _parse_last_page(data: object) -> int | str:
            return cast(int | str, data)

        last_page = _parse_last_page(d.pop("last_page"))

        tags = d.pop("tags")

        lists = d.pop("lists")

        offset = d.pop("offset")

        result = CsvImportResponseResult.from_dict(d.pop("result"))

        csv_import_response = cls(
            total=total,
            completed=completed,
            total_page=total_page,
            skipped=skipped,
            invalid_contacts=invalid_contacts,
            skipped_contacts=skipped_contacts,
            invalid_email_counts=invalid_email_counts,
            inserted=inserted,
            updated=updated,
            has_more=has_more,
            last_page=last_page,
            tags=tags,
            lists=lists,
            offset=offset,
            result=result,
        )

        csv_import_response.additional_properties = d
        return csv_import_response

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
from ..models.csv_import_response_invalid_contacts_item import CsvImportResponseInvalidContactsItem  # noqa: E402
from ..models.csv_import_response_result import CsvImportResponseResult  # noqa: E402
from ..models.csv_import_response_skipped_contacts_item import CsvImportResponseSkippedContactsItem  # noqa: E402
