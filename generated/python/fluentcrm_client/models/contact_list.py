from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.contact_pivot import ContactPivot


from .list_object import ListObject

T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList(ListObject):
    """A list the contact belongs to, with the link row in `pivot`. Its `id` is an integer (the prose documentation shows a
    string).

        Attributes:
            id (int): Primary key of the list.
            title (str): Human readable name.
            slug (str): Unique, URL-safe identifier. Always lower-case and hyphenated for lists.
            description (None | str): Internal note; `""` when none was given, `null` on lists created without the field.
            is_public (bool): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            pivot (ContactPivot): The row that links a contact to a tag or list (`fc_subscriber_pivot`). Both ids are
                numeric strings, unlike the
                integer `id` of the tag or list that carries this pivot.
    """

    id: int
    title: str
    slug: str
    description: None | str
    is_public: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    pivot: ContactPivot
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        slug = self.slug

        description: None | str
        description = self.description

        is_public = _wire.format_bool(self.is_public)

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        pivot = self.pivot.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "slug": slug,
                "description": description,
                "is_public": is_public,
                "created_at": created_at,
                "updated_at": updated_at,
                "pivot": pivot,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        slug = d.pop("slug")

        description = d.pop("description")

        _is_public = d.pop("is_public")
        is_public: bool
        is_public = _wire.parse_bool(_is_public)

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        pivot = ContactPivot.from_dict(d.pop("pivot"))

        contact_list = cls(
            id=id,
            title=title,
            slug=slug,
            description=description,
            is_public=is_public,
            created_at=created_at,
            updated_at=updated_at,
            pivot=pivot,
        )

        contact_list.additional_properties = d
        return contact_list

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
from ..models.contact_pivot import ContactPivot  # noqa: E402
