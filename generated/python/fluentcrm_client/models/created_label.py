from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.label_settings import LabelSettings


T = TypeVar("T", bound="CreatedLabel")


@_attrs_define
class CreatedLabel:
    """The label `POST /labels` stored, as the model holds it after the insert (no `position` or `parent_id`).

    Attributes:
        id (int):
        slug (str):
        title (str):
        settings (LabelSettings):
        created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    id: int
    slug: str
    title: str
    settings: LabelSettings
    created_at: datetime.datetime
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        title = self.title

        settings = self.settings.to_dict()

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "title": title,
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

        slug = d.pop("slug")

        title = d.pop("title")

        settings = LabelSettings.from_dict(d.pop("settings"))

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        created_label = cls(
            id=id,
            slug=slug,
            title=title,
            settings=settings,
            created_at=created_at,
            updated_at=updated_at,
        )

        return created_label


# The models refer to each other, so these come after the class; at module level they are resolved once, where an
# import inside each method would run again on every call (and a list of contacts calls them hundreds of times).
from ..models.label_settings import LabelSettings  # noqa: E402
