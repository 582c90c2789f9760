from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire

if TYPE_CHECKING:
    from ..models.webhook_value import WebhookValue


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """An incoming contact webhook as stored (`fc_meta` row with `object_type` `webhook`).

    Attributes:
        id (int):
        object_type (str):
        object_id (None):
        key (UUID): The UUID in the webhook's URL.
        value (WebhookValue): The settings of an incoming contact webhook (stored serialised in `fc_meta`). `name`,
            `status`, `lists`, `tags` and
            `url` are what FluentCRM's screen writes; `companies` appears once the webhook was updated. The create operation
            stores **every** parameter of the request here, so any other key a client sent comes back as well, and it does
            not check types: a `name` or `status` sent as a list, a number or a boolean is stored as such (the emulator
            refuses it with 422). This
            description covers the string values FluentCRM's screen writes.
        created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
        updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
            local time zone, with no zone
            designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
    """

    id: int
    object_type: str
    object_id: None
    key: UUID
    value: WebhookValue
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_type = self.object_type

        object_id = self.object_id

        key = str(self.key)

        value = self.value.to_dict()

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object_type": object_type,
                "object_id": object_id,
                "key": key,
                "value": value,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_type = d.pop("object_type")

        object_id = d.pop("object_id")

        key = UUID(d.pop("key"))

        value = WebhookValue.from_dict(d.pop("value"))

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        webhook = cls(
            id=id,
            object_type=object_type,
            object_id=object_id,
            key=key,
            value=value,
            created_at=created_at,
            updated_at=updated_at,
        )

        webhook.additional_properties = d
        return webhook

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
from ..models.webhook_value import WebhookValue  # noqa: E402
