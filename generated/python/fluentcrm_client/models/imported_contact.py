from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_list import ContactList
    from ..models.contact_tag import ContactTag


T = TypeVar("T", bound="ImportedContact")


@_attrs_define
class ImportedContact:
    """A contact as the import saved it: only the columns the import set (the e-mail, the mapped fields, `hash`,
    `source`, `status` and the timestamps), with `id`, `full_name` and `photo`.

        Attributes:
            id (int):
            email (str):
            hash (str):
            status (str):
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            source (None | str | Unset):
            updated_at (datetime.datetime | Unset): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the
                site's local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            full_name (str | Unset):
            photo (str | Unset):
            tags (list[ContactTag] | Unset): Present when the import attached tags.
            lists (list[ContactList] | Unset): Present when the import attached lists.
    """

    id: int
    email: str
    hash: str
    status: str
    created_at: datetime.datetime
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    full_name: str | Unset = UNSET
    photo: str | Unset = UNSET
    tags: list[ContactTag] | Unset = UNSET
    lists: list[ContactList] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        hash = self.hash

        status = self.status

        created_at = _wire.format_datetime(self.created_at)

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = _wire.format_datetime(self.updated_at)

        full_name = self.full_name

        photo = self.photo

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "hash": hash,
                "status": status,
                "created_at": created_at,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if source is not UNSET:
            field_dict["source"] = source
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if photo is not UNSET:
            field_dict["photo"] = photo
        if tags is not UNSET:
            field_dict["tags"] = tags
        if lists is not UNSET:
            field_dict["lists"] = lists

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        hash = d.pop("hash")

        status = d.pop("status")

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        source = d.pop("source", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = _wire.parse_datetime(_updated_at)

        full_name = d.pop("full_name", UNSET)

        photo = d.pop("photo", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: list[ContactTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ContactTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _lists = d.pop("lists", UNSET)
        lists: list[ContactList] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = ContactList.from_dict(lists_item_data)

                lists.append(lists_item)

        imported_contact = cls(
            id=id,
            email=email,
            hash=hash,
            status=status,
            created_at=created_at,
            first_name=first_name,
            last_name=last_name,
            source=source,
            updated_at=updated_at,
            full_name=full_name,
            photo=photo,
            tags=tags,
            lists=lists,
        )

        imported_contact.additional_properties = d
        return imported_contact

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
from ..models.contact_list import ContactList  # noqa: E402
from ..models.contact_tag import ContactTag  # noqa: E402
