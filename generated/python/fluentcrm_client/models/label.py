from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.label_settings import LabelSettings


T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """A global label (used to group automations and other items), as read from the database. `position` is a decimal
    string (`"1.00"`); `settings.color` is a hex colour or `null`.

        Attributes:
            id (int):
            parent_id (int | None):
            slug (str):
            title (str):
            position (Decimal):
            description (None | str):
            settings (LabelSettings):
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    id: int
    parent_id: int | None
    slug: str
    title: str
    position: Decimal
    description: None | str
    settings: LabelSettings
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_id = None if self.parent_id is None else _wire.format_int(self.parent_id)

        slug = self.slug

        title = self.title

        position = _wire.format_decimal(self.position)

        description: None | str
        description = self.description

        settings = self.settings.to_dict()

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parent_id": parent_id,
                "slug": slug,
                "title": title,
                "position": position,
                "description": description,
                "settings": settings,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _parent_id = d.pop("parent_id")
        parent_id: int | None
        if _wire.is_blank(_parent_id):
            parent_id = None
        else:
            parent_id = _wire.parse_int(_parent_id)

        slug = d.pop("slug")

        title = d.pop("title")

        _position = d.pop("position")
        position: Decimal
        position = _wire.parse_decimal(_position)

        description = d.pop("description")

        settings = LabelSettings.from_dict(d.pop("settings"))

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        label = cls(
            id=id,
            parent_id=parent_id,
            slug=slug,
            title=title,
            position=position,
            description=description,
            settings=settings,
            created_at=created_at,
            updated_at=updated_at,
        )

        label.additional_properties = d
        return label

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
from ..models.label_settings import LabelSettings  # noqa: E402
