from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import wire as _wire
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_fields import ContactFields
    from ..models.funnel import Funnel
    from ..models.funnel_metric import FunnelMetric
    from ..models.funnel_sequence import FunnelSequence


T = TypeVar("T", bound="FunnelSubscriber")


@_attrs_define
class FunnelSubscriber:
    """A contact's passage through a funnel (`fc_funnel_subscribers`). Foreign keys are numeric strings. The relations
    (`subscriber`, `funnel`, `last_sequence`, `next_sequence_item`, `metrics`) appear only where the operation loads
    them.

        Attributes:
            id (int): Row id (what `POST /funnels/remove-bulk-subscribers` takes), not the contact id.
            funnel_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's own
                `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            starting_sequence_id (int | None):
            next_sequence (int | None): Position of the next step, `null` when none is due.
            subscriber_id (int): An integer sent as a JSON string. FluentCRM returns database columns that are not a model's
                own `id` (for example
                `user_id`, `total_points`, pivot ids) exactly as the MySQL driver gives them, which is as text.
            last_sequence_id (int | None):
            next_sequence_id (int | None):
            last_sequence_status (None | str):
            status (str): Open set; FluentCRM uses `active`, `waiting`, `completed` and `cancelled`.
            type (str):
            last_executed_time (datetime.datetime | None):
            next_execution_time (datetime.datetime | None):
            notes (None | str):
            source_trigger_name (None | str):
            source_ref_id (int | None):
            created_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            updated_at (datetime.datetime): A MySQL `DATETIME` as FluentCRM prints it: `YYYY-MM-DD HH:MM:SS` in the site's
                local time zone, with no zone
                designator and a space instead of `T`. It is deliberately not `format: date-time`, which requires RFC 3339.
            subscriber (ContactFields | None | Unset):
            funnel (Funnel | None | Unset):
            last_sequence (FunnelSequence | None | Unset):
            next_sequence_item (FunnelSequence | None | Unset):
            metrics (list[FunnelMetric] | Unset):
    """

    id: int
    funnel_id: int
    starting_sequence_id: int | None
    next_sequence: int | None
    subscriber_id: int
    last_sequence_id: int | None
    next_sequence_id: int | None
    last_sequence_status: None | str
    status: str
    type: str
    last_executed_time: datetime.datetime | None
    next_execution_time: datetime.datetime | None
    notes: None | str
    source_trigger_name: None | str
    source_ref_id: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    subscriber: ContactFields | None | Unset = UNSET
    funnel: Funnel | None | Unset = UNSET
    last_sequence: FunnelSequence | None | Unset = UNSET
    next_sequence_item: FunnelSequence | None | Unset = UNSET
    metrics: list[FunnelMetric] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        funnel_id = _wire.format_int(self.funnel_id)

        starting_sequence_id = (
            None if self.starting_sequence_id is None else _wire.format_int(self.starting_sequence_id)
        )

        next_sequence = None if self.next_sequence is None else _wire.format_int(self.next_sequence)

        subscriber_id = _wire.format_int(self.subscriber_id)

        last_sequence_id = None if self.last_sequence_id is None else _wire.format_int(self.last_sequence_id)

        next_sequence_id = None if self.next_sequence_id is None else _wire.format_int(self.next_sequence_id)

        last_sequence_status: None | str
        last_sequence_status = self.last_sequence_status

        status = self.status

        type = self.type

        last_executed_time = None if self.last_executed_time is None else _wire.format_datetime(self.last_executed_time)

        next_execution_time = (
            None if self.next_execution_time is None else _wire.format_datetime(self.next_execution_time)
        )

        notes: None | str
        notes = self.notes

        source_trigger_name: None | str
        source_trigger_name = self.source_trigger_name

        source_ref_id = None if self.source_ref_id is None else _wire.format_int(self.source_ref_id)

        created_at = _wire.format_datetime(self.created_at)

        updated_at = _wire.format_datetime(self.updated_at)

        subscriber: dict[str, Any] | None | Unset
        if isinstance(self.subscriber, Unset):
            subscriber = UNSET
        elif isinstance(self.subscriber, ContactFields):
            subscriber = self.subscriber.to_dict()
        else:
            subscriber = self.subscriber

        funnel: dict[str, Any] | None | Unset
        if isinstance(self.funnel, Unset):
            funnel = UNSET
        elif isinstance(self.funnel, Funnel):
            funnel = self.funnel.to_dict()
        else:
            funnel = self.funnel

        last_sequence: dict[str, Any] | None | Unset
        if isinstance(self.last_sequence, Unset):
            last_sequence = UNSET
        elif isinstance(self.last_sequence, FunnelSequence):
            last_sequence = self.last_sequence.to_dict()
        else:
            last_sequence = self.last_sequence

        next_sequence_item: dict[str, Any] | None | Unset
        if isinstance(self.next_sequence_item, Unset):
            next_sequence_item = UNSET
        elif isinstance(self.next_sequence_item, FunnelSequence):
            next_sequence_item = self.next_sequence_item.to_dict()
        else:
            next_sequence_item = self.next_sequence_item

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "funnel_id": funnel_id,
                "starting_sequence_id": starting_sequence_id,
                "next_sequence": next_sequence,
                "subscriber_id": subscriber_id,
                "last_sequence_id": last_sequence_id,
                "next_sequence_id": next_sequence_id,
                "last_sequence_status": last_sequence_status,
                "status": status,
                "type": type,
                "last_executed_time": last_executed_time,
                "next_execution_time": next_execution_time,
                "notes": notes,
                "source_trigger_name": source_trigger_name,
                "source_ref_id": source_ref_id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if funnel is not UNSET:
            field_dict["funnel"] = funnel
        if last_sequence is not UNSET:
            field_dict["last_sequence"] = last_sequence
        if next_sequence_item is not UNSET:
            field_dict["next_sequence_item"] = next_sequence_item
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _funnel_id = d.pop("funnel_id")
        funnel_id: int
        funnel_id = _wire.parse_int(_funnel_id)

        _starting_sequence_id = d.pop("starting_sequence_id")
        starting_sequence_id: int | None
        if _wire.is_blank(_starting_sequence_id):
            starting_sequence_id = None
        else:
            starting_sequence_id = _wire.parse_int(_starting_sequence_id)

        _next_sequence = d.pop("next_sequence")
        next_sequence: int | None
        if _wire.is_blank(_next_sequence):
            next_sequence = None
        else:
            next_sequence = _wire.parse_int(_next_sequence)

        _subscriber_id = d.pop("subscriber_id")
        subscriber_id: int
        subscriber_id = _wire.parse_int(_subscriber_id)

        _last_sequence_id = d.pop("last_sequence_id")
        last_sequence_id: int | None
        if _wire.is_blank(_last_sequence_id):
            last_sequence_id = None
        else:
            last_sequence_id = _wire.parse_int(_last_sequence_id)

        _next_sequence_id = d.pop("next_sequence_id")
        next_sequence_id: int | None
        if _wire.is_blank(_next_sequence_id):
            next_sequence_id = None
        else:
            next_sequence_id = _wire.parse_int(_next_sequence_id)

        last_sequence_status = d.pop("last_sequence_status")

        status = d.pop("status")

        type = d.pop("type")

        _last_executed_time = d.pop("last_executed_time")
        last_executed_time: datetime.datetime | None
        if _wire.is_blank(_last_executed_time):
            last_executed_time = None
        else:
            last_executed_time = _wire.parse_datetime(_last_executed_time)

        _next_execution_time = d.pop("next_execution_time")
        next_execution_time: datetime.datetime | None
        if _wire.is_blank(_next_execution_time):
            next_execution_time = None
        else:
            next_execution_time = _wire.parse_datetime(_next_execution_time)

        notes = d.pop("notes")

        source_trigger_name = d.pop("source_trigger_name")

        _source_ref_id = d.pop("source_ref_id")
        source_ref_id: int | None
        if _wire.is_blank(_source_ref_id):
            source_ref_id = None
        else:
            source_ref_id = _wire.parse_int(_source_ref_id)

        _created_at = d.pop("created_at")
        created_at: datetime.datetime
        created_at = _wire.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at")
        updated_at: datetime.datetime
        updated_at = _wire.parse_datetime(_updated_at)

        def _parse_subscriber(data: object) -> ContactFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscriber_type_0 = ContactFields.from_dict(data)

                return subscriber_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactFields | None | Unset, data)

        subscriber = _parse_subscriber(d.pop("subscriber", UNSET))

        def _parse_funnel(data: object) -> Funnel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                funnel_type_0 = Funnel.from_dict(data)

                return funnel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Funnel | None | Unset, data)

        funnel = _parse_funnel(d.pop("funnel", UNSET))

        def _parse_last_sequence(data: object) -> FunnelSequence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_sequence_type_0 = FunnelSequence.from_dict(data)

                return last_sequence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunnelSequence | None | Unset, data)

        last_sequence = _parse_last_sequence(d.pop("last_sequence", UNSET))

        def _parse_next_sequence_item(data: object) -> FunnelSequence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_sequence_item_type_0 = FunnelSequence.from_dict(data)

                return next_sequence_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunnelSequence | None | Unset, data)

        next_sequence_item = _parse_next_sequence_item(d.pop("next_sequence_item", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: list[FunnelMetric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = FunnelMetric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        funnel_subscriber = cls(
            id=id,
            funnel_id=funnel_id,
            starting_sequence_id=starting_sequence_id,
            next_sequence=next_sequence,
            subscriber_id=subscriber_id,
            last_sequence_id=last_sequence_id,
            next_sequence_id=next_sequence_id,
            last_sequence_status=last_sequence_status,
            status=status,
            type=type,
            last_executed_time=last_executed_time,
            next_execution_time=next_execution_time,
            notes=notes,
            source_trigger_name=source_trigger_name,
            source_ref_id=source_ref_id,
            created_at=created_at,
            updated_at=updated_at,
            subscriber=subscriber,
            funnel=funnel,
            last_sequence=last_sequence,
            next_sequence_item=next_sequence_item,
            metrics=metrics,
        )

        funnel_subscriber.additional_properties = d
        return funnel_subscriber

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
from ..models.contact_fields import ContactFields  # noqa: E402
from ..models.funnel import Funnel  # noqa: E402
from ..models.funnel_metric import FunnelMetric  # noqa: E402
from ..models.funnel_sequence import FunnelSequence  # noqa: E402
