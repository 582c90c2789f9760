from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cron_event import CronEvent
    from ..models.cron_status_server import CronStatusServer


T = TypeVar("T", bound="CronStatus")


@_attrs_define
class CronStatus:
    """The state of FluentCRM's background tasks and of the PHP process.

    Attributes:
        cron_events (list[CronEvent]):
        server (CronStatusServer):
    """

    cron_events: list[CronEvent]
    server: CronStatusServer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cron_events = []
        for cron_events_item_data in self.cron_events:
            cron_events_item = cron_events_item_data.to_dict()
            cron_events.append(cron_events_item)

        server = self.server.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cron_events": cron_events,
                "server": server,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cron_events = []
        _cron_events = d.pop("cron_events")
        for cron_events_item_data in _cron_events:
            cron_events_item = CronEvent.from_dict(cron_events_item_data)

            cron_events.append(cron_events_item)

        server = CronStatusServer.from_dict(d.pop("server"))

        cron_status = cls(
            cron_events=cron_events,
            server=server,
        )

        cron_status.additional_properties = d
        return cron_status

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
from ..models.cron_event import CronEvent  # noqa: E402
from ..models.cron_status_server import CronStatusServer  # noqa: E402
